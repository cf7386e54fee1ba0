import { useEffect, useState } from 'react';
import type { CallOutput } from '../../../core/api';
import { workability } from '../../api';
import { formatDate } from '../../format';
import { useSettings } from '../../stores/settings';

/** What retention will remove from this device, and when: nothing goes without the EHP seeing it coming. */
export function RetentionPreview() {
  const retentionDays = useSettings((state) => state.settings?.retentionDays);
  const [due, setDue] = useState<CallOutput<'retention.preview'> | null>(null);
  useEffect(() => {
    void workability.call('retention.preview', {}).then(setDue);
  }, [retentionDays]);

  return (
    <>
      <h2 className="govuk-heading-m">Closed cases to be removed</h2>
      {!due ? (
        <p className="govuk-body">Loading…</p>
      ) : due.length === 0 ? (
        <p className="govuk-body">No closed cases are waiting to be removed from this device.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">
            Removed from this device on the day shown, when Workability is next unlocked
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Customer
              </th>
              <th scope="col" className="govuk-table__header">
                Closed
              </th>
              <th scope="col" className="govuk-table__header">
                Removed on
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {due.map((entry) => (
              <tr className="govuk-table__row" key={entry.caseId}>
                <th scope="row" className="govuk-table__header">
                  {entry.customerName}
                </th>
                <td className="govuk-table__cell">{formatDate(entry.closedAt.slice(0, 10))}</td>
                <td className="govuk-table__cell">{formatDate(entry.purgeOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
