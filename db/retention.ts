import { addDays, formatISO, parseISO } from 'date-fns';
import { sql, type Kysely } from 'kysely';
import { closedStatuses } from '../core/domain';
import { recordAudit } from './audit';
import type { Database } from './schema';
import { readConnection } from './sync-state';
import { syncedTables } from './synced-records';
import { inTransaction } from './transaction';

export interface DueForPurge {
  caseId: string;
  customerName: string;
  closedAt: string;
  purgeOn: string;
}

/**
 * Closed cases, each with the day it leaves this device, soonest first. The
 * period runs from closing, or for a completed case from its follow-up (the
 * day it was recorded, or was due), so the follow-up always has its case.
 */
export async function casesDueForPurge(
  db: Kysely<Database>,
  retentionDays: number,
): Promise<DueForPurge[]> {
  const rows = await db
    .selectFrom('cases')
    .leftJoin('follow_ups', 'follow_ups.case_id', 'cases.id')
    .select([
      'cases.id',
      'cases.customer_name',
      'cases.closed_at',
      'cases.follow_up_due',
      'follow_ups.recorded_at',
    ])
    .where('cases.deleted', '=', 0)
    .where('cases.status', 'in', closedStatuses)
    .where('cases.closed_at', 'is not', null)
    .execute();
  return rows
    .map((row) => {
      const from = [row.closed_at!, row.recorded_at ?? row.follow_up_due ?? ''].sort().at(-1)!;
      return {
        caseId: row.id,
        customerName: row.customer_name,
        closedAt: row.closed_at!,
        purgeOn: formatISO(addDays(parseISO(from), retentionDays), { representation: 'date' }),
      };
    })
    .sort((a, b) => a.purgeOn.localeCompare(b.purgeOn) || a.closedAt.localeCompare(b.closedAt));
}

/**
 * On a device that syncs, a case whose edits have not reached the server yet
 * stays until they have: retention must not be the thing that loses them.
 */
async function casesWithEditsWaiting(db: Kysely<Database>): Promise<Set<string>> {
  if (!(await readConnection(db))) return new Set();
  const waiting = new Set<string>();
  for (const table of syncedCaseTables) {
    const caseColumn = sql.ref((table as string) === 'cases' ? 'record.id' : 'record.case_id');
    const { rows } = await sql<{ case_id: string }>`
      select ${caseColumn} as case_id from outbox
      join ${sql.table(table)} as record on record.id = outbox.record_id
      where outbox.entity_table = ${table} and outbox.error is null`.execute(db);
    for (const row of rows) waiting.add(row.case_id);
  }
  return waiting;
}

/** Sync's own copies of a case's records (edits waiting, conflicts, early arrivals) go with it. */
async function forgetSyncOf(trx: Kysely<Database>, caseId: string) {
  for (const table of syncedCaseTables) {
    const records = trx
      .selectFrom(table)
      .select('id')
      .where((table as string) === 'cases' ? 'id' : 'case_id', '=', caseId);
    await trx
      .deleteFrom('outbox')
      .where('entity_table', '=', table)
      .where('record_id', 'in', records)
      .execute();
    await trx.deleteFrom('sync_conflicts').where('record_id', 'in', records).execute();
  }
  await trx
    .deleteFrom('sync_parked')
    .where((eb) =>
      eb.or([eb('id', '=', caseId), eb(sql`json_extract(change, '$.fields.caseId')`, '=', caseId)]),
    )
    .execute();
}

const syncedCaseTables = syncedTables
  .map((synced) => synced.table as 'goals')
  .filter((table) => (table as string) !== 'library_items');

/**
 * Removes a case from this device, rows and all (secure_delete overwrites
 * them), with what sync kept of it.
 */
export async function forgetCase(trx: Kysely<Database>, caseId: string) {
  await forgetSyncOf(trx, caseId);
  // Children first: each refers to the case, and steps to obstacles and goals.
  for (const table of [
    'steps',
    'obstacles',
    'goals',
    'headings_none_identified',
    'plan_ends',
    'follow_ups',
    'drafts',
    'scope_decisions',
    'plan_versions',
    'document_uploads',
    'appointments',
  ] as const) {
    await trx.deleteFrom(table).where('case_id', '=', caseId).execute();
  }
  await trx.deleteFrom('cases').where('id', '=', caseId).execute();
}

/**
 * Removes closed cases past the retention period, rows and all (secure_delete
 * overwrites them), then folds the WAL into the file so no old page keeps them.
 */
export async function purgeDueCases(
  db: Kysely<Database>,
  retentionDays: number,
  now = new Date(),
): Promise<string[]> {
  const today = formatISO(now, { representation: 'date' });
  const waiting = await casesWithEditsWaiting(db);
  const due = (await casesDueForPurge(db, retentionDays)).filter(
    (c) => c.purgeOn <= today && !waiting.has(c.caseId),
  );
  if (due.length === 0) return [];
  await inTransaction(db, async (trx) => {
    for (const { caseId, closedAt } of due) {
      await forgetCase(trx, caseId);
      await recordAudit(trx, {
        action: 'case.purged',
        entity: 'case',
        recordId: caseId,
        detail: `Closed ${closedAt.slice(0, 10)}; kept ${retentionDays} days`,
      });
    }
  });
  await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
  return due.map((c) => c.caseId);
}
