import { useState } from 'react';
import { stepTypes } from '../../../core/plan';
import { Checkbox } from '../../components/Checkbox';
import { DateInput } from '../../components/DateInput';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Radios } from '../../components/Radios';
import { Select } from '../../components/Select';
import { TextInput } from '../../components/TextInput';
import { useFormSubmit } from '../../forms';
import { usePlan } from '../../stores/plan';
import { headingLabels } from './CoverageBar';

const typeLabels = {
  signpost: 'Signpost to a service',
  'online-resource': 'Online resource',
  'practical-step': 'Practical step',
} as const;

/** A step always answers an obstacle, and may serve a goal. */
export function StepForm({ caseId }: { caseId: string }) {
  const { discussion, change } = usePlan();
  const [obstacleId, setObstacleId] = useState('');
  const [goalId, setGoalId] = useState('');
  const [text, setText] = useState('');
  const [type, setType] = useState('');
  const [who, setWho] = useState('You');
  const [byWhen, setByWhen] = useState('');
  const [interim, setInterim] = useState(false);
  const { errors, byField, submit } = useFormSubmit('step.');
  const add = submit(async () => {
    await change('plan.saveStep', {
      caseId,
      obstacleId,
      goalId: goalId || null,
      text,
      type: type as never,
      who,
      byWhen: byWhen || null,
      interim,
    });
    setText('');
    setByWhen('');
    setInterim(false);
  });

  return (
    <form onSubmit={add} noValidate>
      <ErrorSummary errors={errors} />
      <h3 className="govuk-heading-s">Add a step</h3>
      <Select
        id="step.obstacleId"
        label="Which obstacle does it answer?"
        value={obstacleId}
        options={[
          { value: '', label: 'Choose an obstacle' },
          ...discussion!.obstacles.map((o) => ({
            value: o.id,
            label: `${headingLabels[o.heading]}: ${o.text}`,
          })),
        ]}
        onChange={setObstacleId}
        error={byField['step.obstacleId']}
      />
      <TextInput
        id="step.text"
        label="What the customer will do"
        hint="Written to the customer: “Go to …”, “Call …”"
        value={text}
        onChange={setText}
        error={byField['step.text']}
      />
      <Radios
        id="step.type"
        label="Type of step"
        value={type}
        options={stepTypes.map((value) => ({ value, label: typeLabels[value] }))}
        onChange={setType}
        error={byField['step.type']}
      />
      <TextInput
        id="step.who"
        label="Who does it"
        width="20"
        value={who}
        onChange={setWho}
        error={byField['step.who']}
      />
      <DateInput
        id="step.byWhen"
        legend="By when (optional)"
        value={byWhen}
        onChange={setByWhen}
        error={byField['step.byWhen']}
      />
      <Select
        id="step.goalId"
        label="Goal it serves (optional)"
        value={goalId}
        options={[
          { value: '', label: 'No particular goal' },
          ...discussion!.goals.map((g) => ({ value: g.id, label: g.text })),
        ]}
        onChange={setGoalId}
        error={byField['step.goalId']}
      />
      <div className="govuk-form-group govuk-checkboxes govuk-checkboxes--small">
        <Checkbox
          id="step.interim"
          label="A small step to review at the next appointment"
          checked={interim}
          onChange={setInterim}
        />
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary">
        Add step
      </button>
    </form>
  );
}
