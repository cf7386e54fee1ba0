import { checkPlan } from '../../../core/plan-checks';
import { useAppointment } from '../../stores/appointment';
import { usePlan } from '../../stores/plan';
import { IssuePlan } from '../plan/IssuePlan';
import { focusField } from './shortcuts';

/** Goes to where a finding is fixed: an item's Change button, or the field itself. */
function goTo(target: string) {
  const element = document.getElementById(`${target}-change`) ?? document.getElementById(target);
  if (element) focusField(element);
}

/** The plan quality checks of core/plan-checks.ts, beside the plan, each a link to its fix. */
export function PlanChecklist() {
  const discussion = usePlan((state) => state.discussion)!;
  const session = useAppointment((state) => state.session)!;
  const findings = checkPlan({
    discussion,
    attended: [
      ...session.earlierAttended,
      ...(session.number
        ? [{ number: session.number, workAbilityScore: session.record.workAbilityScore }]
        : []),
    ],
  });
  return (
    <aside className="app-checklist" aria-labelledby="checklist-heading">
      <h2 className="govuk-heading-s" id="checklist-heading">
        Plan checklist
      </h2>
      {findings.length === 0 ? (
        <p className="govuk-body-s">Nothing to fix in the plan.</p>
      ) : (
        <>
          <p className="govuk-body-s">
            {findings.length === 1 ? '1 thing' : `${findings.length} things`} to look at:
          </p>
          <ul className="govuk-list govuk-body-s">
            {findings.map((finding, index) => (
              <li key={`${finding.check}-${index}`}>
                <button
                  type="button"
                  className="govuk-link app-link-button"
                  onClick={() => goTo(finding.target)}
                >
                  {finding.message}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="govuk-body-s">
        <a href={`#/cases/${discussion.caseId}/plan`} className="govuk-link">
          Preview the plan as the customer will read it
        </a>
      </p>
      <IssuePlan findings={findings} />
    </aside>
  );
}
