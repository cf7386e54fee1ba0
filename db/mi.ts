import type { Kysely } from 'kysely';
import { miFigures, type Mi, type MiAppointment, type MiCase } from '../core/mi';
import { findCurrentPractitioner } from './practitioners';
import type { Database } from './schema';
import { syncedTable, toWire } from './synced-records';

/**
 * The MI of the EHP's own caseload on this device, by the same core
 * arithmetic as the server's: the rows go through sync's wire mapping so
 * both count the same words.
 */
export async function caseloadMi(
  db: Kysely<Database>,
  period: { from: string; to: string },
): Promise<Mi | null> {
  const me = await findCurrentPractitioner(db);
  if (!me) return null;
  const caseRows = await db
    .selectFrom('cases')
    .selectAll()
    .where('practitioner_id', '=', me.id)
    .where('deleted', '=', 0)
    .execute();
  const appointmentRows =
    caseRows.length === 0
      ? []
      : await db
          .selectFrom('appointments')
          .selectAll()
          .where('deleted', '=', 0)
          .where(
            'case_id',
            'in',
            caseRows.map((row) => row.id),
          )
          .execute();
  const cases = caseRows.map((row) => ({
    id: row.id,
    ...(toWire(syncedTable('cases'), row, ['referral_date', 'status']) as Omit<MiCase, 'id'>),
  }));
  const appointments = appointmentRows.map(
    (row) =>
      toWire(syncedTable('appointments'), row, [
        'case_id',
        'starts_at',
        'channel',
        'attendance',
        'work_ability_score',
      ]) as unknown as MiAppointment,
  );
  return miFigures({ officeId: me.officeId, ...period }, cases, appointments);
}
