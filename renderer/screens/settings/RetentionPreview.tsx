import { useEffect, useState } from 'react';
import type { CallOutput } from '../../../core/api';
import { workability } from '../../api';
import { formatDate } from '../../format';
import { useSettings } from '../../stores/settings';
import { Table } from '../../components/Table';

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
        <Table
          caption="Removed from this device on the day shown, when Workability is next unlocked"
          captionHidden={false}
          columns={['Customer', 'Closed', 'Removed on']}
        >
          {due.map((entry) => (
            <tr className="govuk-table__row" key={entry.caseId}>
              <th scope="row" className="govuk-table__header">
                {entry.customerName}
              </th>
              <td className="govuk-table__cell">{formatDate(entry.closedAt.slice(0, 10))}</td>
              <td className="govuk-table__cell">{formatDate(entry.purgeOn)}</td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
