import { goalPrompts, lenses } from '../../../core/plan';
import { usePlan } from '../../stores/plan';
import { GoalForm, kindLabels, lensLabels } from './GoalForm';
import { PlanItem } from './PlanItem';

/** Goals drawn out through the past, the present and the future, each kept with its lens. */
export function Goals({ caseId }: { caseId: string }) {
  const { discussion, change } = usePlan();
  return (
    <section aria-labelledby="goals-heading" id="goals">
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
                  <PlanItem
                    name={`goal ${goal.text}`}
                    draft={`goal-${goal.id}`}
                    editor={(done) => <GoalForm caseId={caseId} goal={goal} onDone={done} />}
                    onRemove={() => change('plan.removeGoal', { id: goal.id })}
                  >
                    {goal.text}{' '}
                    <span className="govuk-tag govuk-tag--grey">{kindLabels[goal.kind]}</span>
                  </PlanItem>
                </li>
              ))}
          </ul>
        </div>
      ))}
      <GoalForm caseId={caseId} />
    </section>
  );
}
