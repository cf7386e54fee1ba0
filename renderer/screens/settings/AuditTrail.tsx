import { format, parseISO } from 'date-fns';
import { useEffect, useState } from 'react';
import type { CallOutput } from '../../../core/api';
import { workability } from '../../api';
import { Pagination } from '../../components/Pagination';
import { Table } from '../../components/Table';

/** The append-only record of what was done on this device, newest first. */
export function AuditTrail() {
  const [page, setPage] = useState(1);
  const [trail, setTrail] = useState<CallOutput<'audit.list'> | null>(null);
  useEffect(() => {
    void workability.call('audit.list', { page }).then(setTrail);
  }, [page]);

  return (
    <>
      <h2 className="govuk-heading-m">Audit trail</h2>
      <p className="govuk-body">
        Everything opened, created, changed or removed on this device, and every unlock. Nobody can
        change or delete these records.
      </p>
      {trail && (
        <>
          <Table caption="Audit trail" columns={['When', 'Who', 'What', 'Record']}>
            {trail.events.map((event) => (
              <tr className="govuk-table__row" key={event.id}>
                <td className="govuk-table__cell app-nowrap">
                  {format(parseISO(event.at), 'd MMM yyyy HH:mm:ss')}
                </td>
                <td className="govuk-table__cell">{event.practitionerName ?? '—'}</td>
                <td className="govuk-table__cell">
                  {event.description}
                  {event.detail && (
                    <span className="govuk-body-s govuk-!-display-block">{event.detail}</span>
                  )}
                </td>
                <td className="govuk-table__cell govuk-body-s">
                  {event.entity ? `${event.entity} ${event.recordId?.slice(-8) ?? ''}` : ''}
                </td>
              </tr>
            ))}
          </Table>
          <Pagination
            page={page}
            pageCount={Math.max(1, Math.ceil(trail.total / trail.pageSize))}
            onPage={setPage}
            label="Pages of the audit trail"
          />
        </>
      )}
    </>
  );
}
