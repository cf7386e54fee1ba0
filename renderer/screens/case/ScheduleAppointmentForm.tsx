import { useState } from 'react';
import { needsExtraReason } from '../../../core/appointments';
import type { CaseDetail } from '../../../core/caseload';
import { channels, defaultAppointmentMinutes } from '../../../core/domain';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Radios } from '../../components/Radios';
import { optionsOf } from '../../components/Select';
import { TextInput } from '../../components/TextInput';
import { Textarea } from '../../components/Textarea';
import { useFormSubmit } from '../../forms';
import { useCase } from '../../stores/case';
import { DateTimeFields, joinDateTime } from './DateTimeFields';

export function ScheduleAppointmentForm({ detail }: { detail: CaseDetail }) {
  const change = useCase((state) => state.change);
  const [startsAt, setStartsAt] = useState({ date: '', time: '10:00' });
  const [duration, setDuration] = useState(String(defaultAppointmentMinutes));
  const [channel, setChannel] = useState<string>(detail.preferredChannel);
  const [extraReason, setExtraReason] = useState('');
  const { errors, byField, submit } = useFormSubmit();
  const askReason = needsExtraReason(detail.appointments);

  const schedule = submit(async () => {
    await change('appointments.schedule', {
      caseId: detail.id,
      startsAt: joinDateTime(startsAt),
      durationMinutes: Number(duration),
      channel: channel as never,
      extraReason,
    });
    setStartsAt({ date: '', time: startsAt.time });
    setExtraReason('');
  });

  return (
    <form onSubmit={schedule} noValidate>
      <ErrorSummary errors={errors} />
      <h2 className="govuk-heading-m">Schedule an appointment</h2>
      {askReason && (
        <p className="govuk-body">
          The discussion usually takes up to three appointments. You can book another one if you
          give a reason.
        </p>
      )}
      <DateTimeFields
        id="startsAt"
        legend="Appointment date"
        value={startsAt}
        onChange={setStartsAt}
        error={byField.startsAt}
      />
      <TextInput
        id="durationMinutes"
        label="Length in minutes"
        inputMode="numeric"
        width="5"
        value={duration}
        onChange={setDuration}
        error={byField.durationMinutes}
      />
      <Radios
        id="channel"
        label="Channel"
        value={channel}
        options={optionsOf(channels)}
        onChange={setChannel}
        error={byField.channel}
      />
      {askReason && (
        <Textarea
          id="extraReason"
          label="Why is another appointment needed?"
          rows={3}
          value={extraReason}
          onChange={setExtraReason}
          error={byField.extraReason}
        />
      )}
      <button type="submit" className="govuk-button">
        Schedule appointment
      </button>
    </form>
  );
}
