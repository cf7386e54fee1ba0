import type { Kysely } from 'kysely';
import type { Database } from './schema';
import { fromWire, syncedTable } from './synced-records';

/** Runs work with the outbox triggers quiet: the server's own changes never go back up. */
export async function whileApplying<T>(trx: Kysely<Database>, work: () => Promise<T>): Promise<T> {
  if (!trx.isTransaction) throw new Error('The server’s changes are applied in a transaction.');
  await trx.updateTable('sync_control').set({ applying: 1 }).execute();
  const result = await work();
  await trx.updateTable('sync_control').set({ applying: 0 }).execute();
  return result;
}

/** Columns of a record with edits not yet accepted; a delete not yet accepted too. */
async function unsent(trx: Kysely<Database>, table: string, id: string) {
  const rows = await trx
    .selectFrom('outbox')
    .select(['changed', 'op', 'base_rev'])
    .where('entity_table', '=', table)
    .where('record_id', '=', id)
    .where('error', 'is', null)
    .execute();
  const columns = new Set<string>();
  for (const row of rows) {
    // A record the server had not seen when it was edited is all this device's.
    const changed =
      row.base_rev === 0
        ? Object.keys(syncedTable(table).columns)
        : (JSON.parse(row.changed) as string[]);
    for (const column of changed) columns.add(column);
  }
  return { columns, deleting: rows.some((row) => row.op === 'delete') };
}

async function exists(trx: Kysely<Database>, table: string, id: string) {
  const row = await trx
    .selectFrom(table as 'cases')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * The server's version of a record, applied over this device's: columns with
 * edits not yet pushed keep this device's values (they go up on the record's
 * original rev, so the server sees any collision), the rest take the server's.
 * 'parked' when a record it belongs under has not arrived yet.
 */
export async function applyServerRecord(
  trx: Kysely<Database>,
  table: string,
  id: string,
  rev: number,
  fields: Record<string, unknown> | null,
  deleted: boolean,
): Promise<'applied' | 'parked'> {
  const synced = syncedTable(table);
  const local = (await trx
    .selectFrom(table as 'cases')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()) as { rev: number; deleted: number } | undefined;
  if (local && rev <= local.rev) return 'applied';
  const mine = await unsent(trx, table, id);
  const stamp = { rev, updated_at: new Date().toISOString() };
  const update = (values: Record<string, unknown>) =>
    trx
      .updateTable(table as 'cases')
      .set(values)
      .where('id', '=', id)
      .execute();

  if (deleted || fields === null) {
    // An edit not yet pushed revives a record deleted elsewhere: what was typed stays.
    const keep = !deleted || (mine.columns.size > 0 && !mine.deleting);
    if (local) await update(keep ? stamp : { ...stamp, deleted: 1 });
    return 'applied';
  }
  const values = Object.fromEntries(
    Object.entries(fromWire(synced, fields)).filter(([column]) => !mine.columns.has(column)),
  );
  for (const [column, parent] of Object.entries(synced.parents)) {
    const value = values[column];
    if (typeof value === 'string' && !(await exists(trx, parent, value))) return 'parked';
  }
  if (!local) {
    await trx
      .insertInto(table as 'cases')
      .values({ id, ...synced.defaults?.(values), ...values, ...stamp, deleted: 0 } as never)
      .execute();
  } else {
    await update({ ...values, ...stamp, ...(mine.deleting ? {} : { deleted: 0 }) });
  }
  return 'applied';
}
