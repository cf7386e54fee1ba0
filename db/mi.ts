import type { Kysely } from 'kysely';
import {
  miFigures,
  miPerOffice,
  type Mi,
  type MiAppointment,
  type MiCase,
  type MiFollowUp,
  type MiReport,
} from '../core/mi';
import { findCurrentPractitioner } from './practitioners';
import type { Database } from './schema';
import { syncedTable, toWire } from './synced-records';

/**
 * The MI of the EHP's own caseload on this device, by the same core
 * arithmetic as the server's: the rows go through sync's wire mapping so
 * both count the same words. An EHP may see customers of several offices,
 * so each office has its row.
 */
export async function caseloadMi(
  db: Kysely<Database>,
  period: { from: string; to: string },
): Promise<MiReport | null> {
  const me = await findCurrentPractitioner(db);
  if (!me) return null;
  const caseRows = await db
    .selectFrom('cases')
    .selectAll()
    .where('practitioner_id', '=', me.id)
    .where('deleted', '=', 0)
    .execute();
  const caseIds = caseRows.map((row) => row.id);
  const rowsOf = async (table: 'appointments' | 'follow_ups') =>
    caseIds.length === 0
      ? []
      : db
          .selectFrom(table)
          .selectAll()
          .where('deleted', '=', 0)
          .where('case_id', 'in', caseIds)
          .execute();
  const wire = <T>(table: string, rows: readonly object[], columns: readonly string[]) =>
    rows.map(
      (row) =>
        ({
          id: (row as { id: string }).id,
          ...toWire(syncedTable(table), row as Record<string, unknown>, columns),
        }) as T,
    );
  const records = {
    cases: wire<MiCase>('cases', caseRows, [
      'office_id',
      'referral_date',
      'status',
      'follow_up_due',
    ]),
    appointments: wire<MiAppointment>('appointments', await rowsOf('appointments'), [
      'case_id',
      'starts_at',
      'channel',
      'attendance',
      'work_ability_score',
    ]),
    followUps: wire<MiFollowUp>('follow_ups', await rowsOf('follow_ups'), [
      'case_id',
      'steps_taken',
    ]),
  };
  const figures = miFigures({ officeId: me.officeId, ...period }, records);
  return {
    scope: 'caseload',
    figures,
    offices: await officeRows(
      db,
      miPerOffice(period, records).filter((mi) => mi.referrals > 0),
    ),
  };
}

/** Table 3.1's columns for each office's figures, named from the offices this device knows. */
export async function officeRows(
  db: Kysely<Database>,
  perOffice: readonly Mi[],
): Promise<MiReport['offices']> {
  const names = new Map(
    (await db.selectFrom('offices').select(['id', 'name']).execute()).map((o) => [o.id, o.name]),
  );
  return perOffice
    .map((mi) => ({
      officeId: mi.officeId,
      name: names.get(mi.officeId) ?? 'An office not yet synced',
      referrals: mi.referrals,
      completed: mi.outcomes.completed,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}
