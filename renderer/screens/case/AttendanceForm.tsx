import { useState } from 'react';
import type { Appointment } from '../../../core/caseload';
import { attendances } from '../../../core/domain';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Radios } from '../../components/Radios';
import { useFormSubmit } from '../../forms';
import { formatDateTime } from '../../format';
import { useCase } from '../../stores/case';
import { DateTimeFields, joinDateTime } from './DateTimeFields';

const outcomes = ['attended', 'rescheduled', 'failed-to-attend', 'cancelled'] as const;

/** What happened at a booked appointment; "unable to attend" books its replacement at once. */
export function AttendanceForm({
  appointment,
  onDone,
}: {
  appointment: Appointment;
  onDone: () => void;
}) {
  const change = useCase((state) => state.change);
  const [attendance, setAttendance] = useState('');
  const [startsAt, setStartsAt] = useState({ date: '', time: appointment.startsAt.slice(11, 16) });
  const { errors, byField, submit } = useFormSubmit();
  const name = appointment.number ? `appointment ${appointment.number}` : 'the appointment';

  const save = submit(async () => {
    if (attendance === 'rescheduled') {
      await change('appointments.reschedule', {
        appointmentId: appointment.id,
        startsAt: joinDateTime(startsAt),
      });
    } else {
      await change('appointments.recordAttendance', {
        appointmentId: appointment.id,
        attendance: attendance as never,
      });
    }
    onDone();
  });

  return (
    <form onSubmit={save} noValidate>
      <ErrorSummary errors={errors} />
      <h2 className="govuk-heading-m">Record attendance for {name}</h2>
      <p className="govuk-body">{formatDateTime(appointment.startsAt)}</p>
      <Radios
        id="attendance"
        label="What happened?"
        value={attendance}
        options={outcomes.map((value) => ({ value, label: attendances.labels[value] }))}
        onChange={setAttendance}
        error={byField.attendance}
      />
      {attendance === 'rescheduled' && (
        <DateTimeFields
          id="startsAt"
          legend="New appointment date"
          value={startsAt}
          onChange={setStartsAt}
          error={byField.startsAt}
        />
      )}
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button">
          Save attendance
        </button>
        <button type="button" className="govuk-link app-link-button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
