import type { Kysely, Selectable } from 'kysely';
import { numberAppointments } from '../core/appointments';
import type { Appointment } from '../core/caseload';
import type { Attendance, Channel } from '../core/domain';
import { newRow, touched } from './row-stamp';
import type { AppointmentTable, Database } from './schema';

export async function listAppointments(
  db: Kysely<Database>,
  caseId: string,
): Promise<Appointment[]> {
  const rows = await db
    .selectFrom('appointments')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('deleted', '=', 0)
    .execute();
  return numberAppointments(
    rows.map((row) => ({
      id: row.id,
      rev: row.rev,
      updatedAt: row.updated_at,
      caseId: row.case_id,
      startsAt: row.starts_at,
      durationMinutes: row.duration_minutes,
      channel: row.channel,
      attendance: row.attendance,
      extraReason: row.extra_reason,
      rescheduledToId: row.rescheduled_to_id,
    })),
  );
}

export async function findAppointment(
  db: Kysely<Database>,
  id: string,
): Promise<Selectable<AppointmentTable> | undefined> {
  return db
    .selectFrom('appointments')
    .selectAll()
    .where('id', '=', id)
    .where('deleted', '=', 0)
    .executeTakeFirst();
}

export async function insertAppointment(
  db: Kysely<Database>,
  appointment: {
    caseId: string;
    startsAt: string;
    durationMinutes: number;
    channel: Channel;
    extraReason: string | null;
  },
): Promise<string> {
  const stamp = newRow();
  await db
    .insertInto('appointments')
    .values({
      ...stamp,
      case_id: appointment.caseId,
      starts_at: appointment.startsAt,
      duration_minutes: appointment.durationMinutes,
      channel: appointment.channel,
      attendance: 'booked',
      extra_reason: appointment.extraReason,
      rescheduled_to_id: null,
    })
    .execute();
  return stamp.id;
}

export async function updateAttendance(
  db: Kysely<Database>,
  id: string,
  attendance: Attendance,
  rescheduledToId: string | null = null,
): Promise<void> {
  await db
    .updateTable('appointments')
    .set({ attendance, rescheduled_to_id: rescheduledToId, ...touched() })
    .where('id', '=', id)
    .execute();
}
