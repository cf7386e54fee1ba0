import { beliefApproaches, type Discussion, type Heading } from '../../../core/plan';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormButtons } from '../../components/FormButtons';
import { Select } from '../../components/Select';
import { TextInput } from '../../components/TextInput';
import { usePlan } from '../../stores/plan';
import { usePlanItemForm } from './plan-item-form';
import { SaveStatus } from './SaveStatus';
import { ScopeCheck } from './ScopeCheck';

type Obstacle = Discussion['obstacles'][number];

/** Adds an obstacle under a heading, or changes the one given; personal ones may carry a limiting belief. */
export function ObstacleForm({
  caseId,
  heading,
  obstacle,
  onDone,
}: {
  caseId: string;
  heading: Heading;
  obstacle?: Obstacle;
  onDone?: () => void;
}) {
  const change = usePlan((state) => state.change);
  const form = obstacle ? `obstacle-${obstacle.id}` : `obstacle-${heading}`;
  const draft = usePlanItemForm(
    caseId,
    form,
    {
      text: obstacle?.text ?? '',
      belief: obstacle?.limitingBelief ?? '',
      approach: obstacle?.beliefApproach ?? '',
    },
    {
      onDone,
      save: ({ text, belief, approach }) =>
        change('plan.saveObstacle', {
          id: obstacle?.id,
          caseId,
          heading,
          text,
          limitingBelief: belief || null,
          beliefApproach: belief && approach ? approach : null,
        }),
    },
  );
  const { text, belief, approach } = draft.fields;
  const { prefix, errors, byField } = draft;

  return (
    <form onSubmit={draft.onSubmit} noValidate>
      <ErrorSummary errors={errors} />
      <TextInput
        id={`${prefix}text`}
        label={obstacle ? `${heading} obstacle` : `New ${heading} obstacle`}
        value={text}
        onChange={(value) => draft.update({ text: value })}
        error={byField[`${prefix}text`]}
      />
      <ScopeCheck caseId={caseId} field={`${prefix}text`} text={text} />
      {heading === 'personal' && (
        <>
          <TextInput
            id={`${prefix}limitingBelief`}
            label="Limiting belief (optional)"
            hint="In the customer's words, for example “my fit note means I can't work at all”"
            value={belief}
            onChange={(value) => draft.update({ belief: value })}
            error={byField[`${prefix}limitingBelief`]}
          />
          <Select
            id={`${prefix}beliefApproach`}
            label="Approach used"
            value={approach}
            options={[
              { value: '', label: 'Choose an approach' },
              ...beliefApproaches.map((a) => ({ value: a.id, label: a.text })),
            ]}
            onChange={(value) => draft.update({ approach: value })}
            error={byField[`${prefix}beliefApproach`]}
          />
        </>
      )}
      <SaveStatus status={draft.status} saved="Draft kept" />
      <FormButtons
        submit={obstacle ? 'Save obstacle' : `Add ${heading} obstacle`}
        onCancel={draft.cancel}
      />
    </form>
  );
}
