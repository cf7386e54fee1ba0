import { usualAppointmentLimit, type Attendance } from './domain';

/** Only appointments that took place or are still to come count towards the discussion. */
export function countsTowardsDiscussion(attendance: Attendance): boolean {
  return attendance === 'booked' || attendance === 'attended';
}

/** Numbers 1, 2, 3... in date order for the appointments that count; null for the rest. */
export function numberAppointments<T extends { startsAt: string; attendance: Attendance }>(
  appointments: readonly T[],
): (T & { number: number | null })[] {
  let count = 0;
  return [...appointments]
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .map((appointment) => ({
      ...appointment,
      number: countsTowardsDiscussion(appointment.attendance) ? ++count : null,
    }));
}

/** A fourth appointment (or later) needs a reason: the EHD is up to three. */
export function needsExtraReason(appointments: readonly { attendance: Attendance }[]): boolean {
  return (
    appointments.filter((appointment) => countsTowardsDiscussion(appointment.attendance)).length >=
    usualAppointmentLimit
  );
}
