import type { Kysely } from 'kysely';
import { numberAppointments } from '../core/appointments';
import type { AppointmentRecord, AppointmentSession } from '../core/discussion';
import { touched } from './row-stamp';
import type { Database } from './schema';

/** One appointment as the EHP works on it, with the customer's scores from the ones before. */
export async function getAppointmentSession(
  db: Kysely<Database>,
  appointmentId: string,
): Promise<AppointmentSession | undefined> {
  const target = await db
    .selectFrom('appointments')
    .innerJoin('cases', 'cases.id', 'appointments.case_id')
    .select(['appointments.case_id', 'cases.customer_name', 'cases.customer_reference'])
    .where('appointments.id', '=', appointmentId)
    .where('appointments.deleted', '=', 0)
    .where('cases.deleted', '=', 0)
    .executeTakeFirst();
  if (!target) return undefined;
  const rows = await db
    .selectFrom('appointments')
    .selectAll()
    .where('case_id', '=', target.case_id)
    .where('deleted', '=', 0)
    .execute();
  const numbered = numberAppointments(rows.map((row) => ({ ...row, startsAt: row.starts_at })));
  const appointment = numbered.find((row) => row.id === appointmentId)!;
  return {
    caseId: target.case_id,
    customerName: target.customer_name,
    customerReference: target.customer_reference,
    appointmentId,
    number: appointment.number,
    startsAt: appointment.starts_at,
    durationMinutes: appointment.duration_minutes,
    channel: appointment.channel,
    record: {
      workAbilityScore: appointment.work_ability_score,
      expectationsCovered: JSON.parse(appointment.expectations_covered) as string[],
      notes: appointment.notes,
    },
    earlierAttended: numbered
      .filter(
        (row) =>
          row.startsAt < appointment.startsAt &&
          row.number !== null &&
          row.attendance === 'attended',
      )
      .map((row) => ({ number: row.number!, workAbilityScore: row.work_ability_score })),
    earlierScores: numbered
      .filter(
        (row) =>
          row.startsAt < appointment.startsAt &&
          row.number !== null &&
          row.work_ability_score !== null,
      )
      .map((row) => ({
        number: row.number!,
        startsAt: row.startsAt,
        score: row.work_ability_score!,
      })),
  };
}

/** Saves the parts of the record that changed. */
export async function saveAppointmentRecord(
  db: Kysely<Database>,
  appointmentId: string,
  change: Partial<AppointmentRecord>,
): Promise<void> {
  await db
    .updateTable('appointments')
    .set({
      ...(change.workAbilityScore !== undefined && { work_ability_score: change.workAbilityScore }),
      ...(change.expectationsCovered && {
        expectations_covered: JSON.stringify(change.expectationsCovered),
      }),
      ...(change.notes !== undefined && { notes: change.notes }),
      ...touched(),
    })
    .where('id', '=', appointmentId)
    .execute();
}
