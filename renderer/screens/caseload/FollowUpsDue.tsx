import { formatDate, today } from '../../format';
import { useCaseload } from '../../stores/caseload';

/** The six-week follow-ups of completed cases that fall due this week, or are overdue. */
export function FollowUpsDue() {
  const followUps = useCaseload((state) => state.followUps);
  if (!followUps || followUps.length === 0) return null;
  return (
    <div className="govuk-inset-text" role="region" aria-labelledby="follow-ups-heading">
      <h2 className="govuk-heading-s" id="follow-ups-heading">
        Follow-ups due ({followUps.length})
      </h2>
      <ul className="govuk-list">
        {followUps.map((due) => (
          <li key={due.caseId}>
            <a className="govuk-link" href={`#/cases/${due.caseId}`}>
              {due.customerName}
            </a>{' '}
            ({due.customerReference}) — {due.followUpDue < today() ? 'overdue since' : 'due'}{' '}
            {formatDate(due.followUpDue)}
          </li>
        ))}
      </ul>
    </div>
  );
}
