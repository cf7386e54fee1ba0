import { useState } from 'react';
import { goalKinds, goalPrompts, lenses } from '../../../core/plan';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Radios } from '../../components/Radios';
import { TextInput } from '../../components/TextInput';
import { useFormSubmit } from '../../forms';
import { usePlan } from '../../stores/plan';

const lensLabels = { past: 'Past', present: 'Present', future: 'Future' } as const;
const kindLabels = { work: 'Work goal', lifestyle: 'Lifestyle goal' } as const;

/** Goals drawn out through the past, the present and the future, each kept with its lens. */
export function Goals({ caseId }: { caseId: string }) {
  const { discussion, change } = usePlan();
  const [lens, setLens] = useState('');
  const [kind, setKind] = useState('');
  const [text, setText] = useState('');
  const { errors, byField, submit } = useFormSubmit('goal.');
  const add = submit(async () => {
    await change('plan.saveGoal', { caseId, lens: lens as never, kind: kind as never, text });
    setText('');
  });

  return (
    <section aria-labelledby="goals-heading">
      <h2 className="govuk-heading-m" id="goals-heading">
        Goals
      </h2>
      {lenses.map((each) => (
        <div key={each}>
          <h3 className="govuk-heading-s">{lensLabels[each]}</h3>
          <p className="govuk-hint">{goalPrompts[each].join(' ')}</p>
          <ul className="govuk-list govuk-list--bullet">
            {discussion!.goals
              .filter((goal) => goal.lens === each)
              .map((goal) => (
                <li key={goal.id}>
                  {goal.text}{' '}
                  <span className="govuk-tag govuk-tag--grey">{kindLabels[goal.kind]}</span>
                </li>
              ))}
          </ul>
        </div>
      ))}
      <form onSubmit={add} noValidate>
        <ErrorSummary errors={errors} />
        <TextInput
          id="goal.text"
          label="New goal"
          value={text}
          onChange={setText}
          error={byField['goal.text']}
        />
        <Radios
          id="goal.lens"
          label="Which prompt did it come from?"
          inline
          value={lens}
          options={lenses.map((value) => ({ value, label: lensLabels[value] }))}
          onChange={setLens}
          error={byField['goal.lens']}
        />
        <Radios
          id="goal.kind"
          label="Kind of goal"
          inline
          value={kind}
          options={goalKinds.map((value) => ({ value, label: kindLabels[value] }))}
          onChange={setKind}
          error={byField['goal.kind']}
        />
        <button type="submit" className="govuk-button govuk-button--secondary">
          Add goal
        </button>
      </form>
    </section>
  );
}
