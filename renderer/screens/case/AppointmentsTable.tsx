import type { Appointment } from '../../../core/caseload';
import { attendances, channels } from '../../../core/domain';
import { formatDateTime } from '../../format';
import { Table } from '../../components/Table';

export function AppointmentsTable({
  appointments,
  onRecord,
}: {
  appointments: readonly Appointment[];
  onRecord: (appointmentId: string) => void;
}) {
  if (appointments.length === 0) {
    return <p className="govuk-body">No appointments yet.</p>;
  }
  return (
    <Table
      caption="Appointments"
      columns={['Appointment', 'When', 'Length', 'Channel', 'Attendance', { hidden: 'Actions' }]}
    >
      {appointments.map((appointment) => {
        const name = appointment.number ? `Appointment ${appointment.number}` : 'Not held';
        return (
          <tr className="govuk-table__row" key={appointment.id}>
            <th scope="row" className="govuk-table__header">
              {name}
            </th>
            <td className="govuk-table__cell">{formatDateTime(appointment.startsAt)}</td>
            <td className="govuk-table__cell">{appointment.durationMinutes} minutes</td>
            <td className="govuk-table__cell">{channels.labels[appointment.channel]}</td>
            <td className="govuk-table__cell">{attendances.labels[appointment.attendance]}</td>
            <td className="govuk-table__cell app-table-actions">
              {appointment.number !== null && (
                <a
                  className="govuk-link govuk-!-margin-right-3"
                  href={`#/cases/${appointment.caseId}/appointments/${appointment.id}`}
                >
                  Open<span className="govuk-visually-hidden"> {name}</span>
                </a>
              )}
              {appointment.attendance === 'booked' && (
                <button
                  type="button"
                  className="govuk-link app-link-button"
                  onClick={() => onRecord(appointment.id)}
                >
                  Record attendance<span className="govuk-visually-hidden"> for {name}</span>
                </button>
              )}
            </td>
          </tr>
        );
      })}
    </Table>
  );
}
