import type { CaseOutcome as Outcome } from '../../../core/outcomes';
import { caseStatuses } from '../../../core/domain';
import { stepsTaken, unsuitableReasons } from '../../../core/outcomes';
import { SummaryList } from '../../components/SummaryList';
import { formatDate } from '../../format';
import { FollowUpForm } from './FollowUpForm';

/** How the case closed and, for a completed case, its follow-up. */
export function CaseOutcome({ caseId, outcome }: { caseId: string; outcome: Outcome }) {
  const { followUp } = outcome;
  return (
    <section aria-labelledby="outcome-heading">
      <h2 className="govuk-heading-m" id="outcome-heading">
        Outcome
      </h2>
      <SummaryList
        rows={[
          ['Outcome', caseStatuses.labels[outcome.outcome]],
          ...(outcome.unsuitableReason
            ? [['Why', unsuitableReasons[outcome.unsuitableReason]] as [string, string]]
            : []),
          ...(outcome.note ? [['Note', outcome.note] as [string, string]] : []),
          ['Closed', formatDate(outcome.closedAt.slice(0, 10))],
          ...(outcome.followUpDue
            ? [['Follow-up due', formatDate(outcome.followUpDue)] as [string, string]]
            : []),
        ]}
      />
      {outcome.followUpDue &&
        (followUp ? (
          <>
            <h3 className="govuk-heading-s">Follow-up</h3>
            <SummaryList
              rows={[
                ['Steps taken', stepsTaken[followUp.stepsTaken]],
                ['Work ability score', `${followUp.workAbilityScore} out of 10`],
                ['Note', followUp.note || 'None'],
                ['Recorded', formatDate(followUp.recordedAt.slice(0, 10))],
              ]}
            />
          </>
        ) : (
          <FollowUpForm caseId={caseId} />
        ))}
    </section>
  );
}
