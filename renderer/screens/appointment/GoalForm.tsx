import { goalKinds, lenses, type Discussion } from '../../../core/plan';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormButtons } from '../../components/FormButtons';
import { Radios } from '../../components/Radios';
import { TextInput } from '../../components/TextInput';
import { usePlan } from '../../stores/plan';
import { usePlanItemForm } from './plan-item-form';
import { SaveStatus } from './SaveStatus';
import { ScopeCheck } from './ScopeCheck';

type Goal = Discussion['goals'][number];

export const lensLabels = { past: 'Past', present: 'Present', future: 'Future' } as const;
export const kindLabels = { work: 'Work goal', lifestyle: 'Lifestyle goal' } as const;

/** Adds a goal, or changes the one given; what is typed is kept as a draft until then. */
export function GoalForm({
  caseId,
  goal,
  onDone,
}: {
  caseId: string;
  goal?: Goal;
  onDone?: () => void;
}) {
  const change = usePlan((state) => state.change);
  const form = goal ? `goal-${goal.id}` : 'goal';
  const draft = usePlanItemForm(
    caseId,
    form,
    { text: goal?.text ?? '', lens: goal?.lens ?? '', kind: goal?.kind ?? '' },
    {
      onDone,
      save: ({ text, lens, kind }) =>
        change('plan.saveGoal', {
          id: goal?.id,
          caseId,
          lens: lens as never,
          kind: kind as never,
          text,
        }),
      // The next goal often comes from the same prompt: lens and kind stay.
      next: (fields) => ({ ...fields, text: '' }),
    },
  );
  const { text, lens, kind } = draft.fields;
  const { prefix, errors, byField } = draft;

  return (
    <form onSubmit={draft.onSubmit} noValidate>
      <ErrorSummary errors={errors} />
      <TextInput
        id={`${prefix}text`}
        label={goal ? 'Goal' : 'New goal'}
        value={text}
        onChange={(value) => draft.update({ text: value })}
        error={byField[`${prefix}text`]}
      />
      <ScopeCheck caseId={caseId} field={`${prefix}text`} text={text} />
      <Radios
        id={`${prefix}lens`}
        label="Which prompt did it come from?"
        inline
        value={lens}
        options={lenses.map((value) => ({ value, label: lensLabels[value] }))}
        onChange={(value) => draft.update({ lens: value })}
        error={byField[`${prefix}lens`]}
      />
      <Radios
        id={`${prefix}kind`}
        label="Kind of goal"
        inline
        value={kind}
        options={goalKinds.map((value) => ({ value, label: kindLabels[value] }))}
        onChange={(value) => draft.update({ kind: value })}
        error={byField[`${prefix}kind`]}
      />
      <SaveStatus status={draft.status} saved="Draft kept" />
      <FormButtons submit={goal ? 'Save goal' : 'Add goal'} onCancel={draft.cancel} />
    </form>
  );
}
