import { useState } from 'react';
import { goalKinds, lenses, type Discussion } from '../../../core/plan';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormButtons } from '../../components/FormButtons';
import { Radios } from '../../components/Radios';
import { TextInput } from '../../components/TextInput';
import { useFormSubmit } from '../../forms';
import { usePlan } from '../../stores/plan';

type Goal = Discussion['goals'][number];

export const lensLabels = { past: 'Past', present: 'Present', future: 'Future' } as const;
export const kindLabels = { work: 'Work goal', lifestyle: 'Lifestyle goal' } as const;

/** Adds a goal, or changes the one given. */
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
  const [lens, setLens] = useState<string>(goal?.lens ?? '');
  const [kind, setKind] = useState<string>(goal?.kind ?? '');
  const [text, setText] = useState(goal?.text ?? '');
  const prefix = goal ? `goal-${goal.id}.` : 'goal.';
  const { errors, byField, submit } = useFormSubmit(prefix);
  const save = submit(async () => {
    await change('plan.saveGoal', {
      id: goal?.id,
      caseId,
      lens: lens as never,
      kind: kind as never,
      text,
    });
    if (onDone) onDone();
    else setText('');
  });

  return (
    <form onSubmit={save} noValidate>
      <ErrorSummary errors={errors} />
      <TextInput
        id={`${prefix}text`}
        label={goal ? 'Goal' : 'New goal'}
        value={text}
        onChange={setText}
        error={byField[`${prefix}text`]}
      />
      <Radios
        id={`${prefix}lens`}
        label="Which prompt did it come from?"
        inline
        value={lens}
        options={lenses.map((value) => ({ value, label: lensLabels[value] }))}
        onChange={setLens}
        error={byField[`${prefix}lens`]}
      />
      <Radios
        id={`${prefix}kind`}
        label="Kind of goal"
        inline
        value={kind}
        options={goalKinds.map((value) => ({ value, label: kindLabels[value] }))}
        onChange={setKind}
        error={byField[`${prefix}kind`]}
      />
      <FormButtons submit={goal ? 'Save goal' : 'Add goal'} onCancel={onDone} />
    </form>
  );
}
