import { stepTypes, type Discussion } from '../../../core/plan';
import { Checkbox } from '../../components/Checkbox';
import { DateInput } from '../../components/DateInput';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormButtons } from '../../components/FormButtons';
import { Radios } from '../../components/Radios';
import { Select } from '../../components/Select';
import { TextInput } from '../../components/TextInput';
import { usePlan } from '../../stores/plan';
import { usePlanItemForm } from './plan-item-form';
import { headingLabels } from './CoverageBar';
import { SaveStatus } from './SaveStatus';
import { ScopeCheck } from './ScopeCheck';

export const stepTypeLabels = {
  signpost: 'Signpost to a service',
  'online-resource': 'Online resource',
  'practical-step': 'Practical step',
} as const;

type Step = Discussion['obstacles'][number]['steps'][number];

/** A step always answers an obstacle, and may serve a goal. Adds one, or changes the one given. */
export function StepForm({
  caseId,
  step,
  onDone,
}: {
  caseId: string;
  step?: Step;
  onDone?: () => void;
}) {
  const { discussion, change } = usePlan();
  const form = step ? `step-${step.id}` : 'step';
  const draft = usePlanItemForm(
    caseId,
    form,
    {
      obstacleId: step?.obstacleId ?? '',
      goalId: step?.goalId ?? '',
      text: step?.text ?? '',
      type: step?.type ?? '',
      who: step?.who ?? 'You',
      byWhen: step?.byWhen ?? '',
      interim: step?.interim ?? false,
    },
    {
      onDone,
      save: (fields) =>
        change('plan.saveStep', {
          id: step?.id,
          caseId,
          ...fields,
          goalId: fields.goalId || null,
          type: fields.type as never,
          byWhen: fields.byWhen || null,
        }),
      // The next step often answers the same obstacle, of the same type, by the same person.
      next: (fields) => ({ ...fields, text: '', byWhen: '', goalId: '', interim: false }),
    },
  );
  const { obstacleId, goalId, text, type, who, byWhen, interim } = draft.fields;
  const { prefix, errors, byField } = draft;

  return (
    <form onSubmit={draft.onSubmit} noValidate>
      <ErrorSummary errors={errors} />
      {!step && <h3 className="govuk-heading-s">Add a step</h3>}
      <Select
        id={`${prefix}obstacleId`}
        label="Which obstacle does it answer?"
        value={obstacleId}
        options={[
          { value: '', label: 'Choose an obstacle' },
          ...discussion!.obstacles.map((o) => ({
            value: o.id,
            label: `${headingLabels[o.heading]}: ${o.text}`,
          })),
        ]}
        onChange={(value) => draft.update({ obstacleId: value })}
        error={byField[`${prefix}obstacleId`]}
      />
      <TextInput
        id={`${prefix}text`}
        label="What the customer will do"
        hint="Written to the customer: “Go to …”, “Call …”"
        value={text}
        onChange={(value) => draft.update({ text: value })}
        error={byField[`${prefix}text`]}
      />
      <ScopeCheck caseId={caseId} field={`${prefix}text`} text={text} />
      <Radios
        id={`${prefix}type`}
        label="Type of step"
        value={type}
        options={stepTypes.map((value) => ({ value, label: stepTypeLabels[value] }))}
        onChange={(value) => draft.update({ type: value })}
        error={byField[`${prefix}type`]}
      />
      <TextInput
        id={`${prefix}who`}
        label="Who does it"
        width="20"
        value={who}
        onChange={(value) => draft.update({ who: value })}
        error={byField[`${prefix}who`]}
      />
      <DateInput
        id={`${prefix}byWhen`}
        legend="By when (optional)"
        value={byWhen}
        onChange={(value) => draft.update({ byWhen: value })}
        error={byField[`${prefix}byWhen`]}
      />
      <Select
        id={`${prefix}goalId`}
        label="Goal it serves (optional)"
        value={goalId}
        options={[
          { value: '', label: 'No particular goal' },
          ...discussion!.goals.map((g) => ({ value: g.id, label: g.text })),
        ]}
        onChange={(value) => draft.update({ goalId: value })}
        error={byField[`${prefix}goalId`]}
      />
      <div className="govuk-form-group govuk-checkboxes govuk-checkboxes--small">
        <Checkbox
          id={`${prefix}interim`}
          label="A small step to review at the next appointment"
          checked={interim}
          onChange={(value) => draft.update({ interim: value })}
        />
      </div>
      <SaveStatus status={draft.status} saved="Draft kept" />
      <FormButtons submit={step ? 'Save step' : 'Add step'} onCancel={draft.cancel} />
    </form>
  );
}
