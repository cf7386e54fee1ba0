import type { Kysely } from 'kysely';
import type { Database } from './schema';
import { fromWire, syncedTable, type SyncedTable } from './synced-records';

/** Runs work with the outbox triggers quiet: the server's own changes never go back up. */
export async function whileApplying<T>(trx: Kysely<Database>, work: () => Promise<T>): Promise<T> {
  if (!trx.isTransaction) throw new Error('The server’s changes are applied in a transaction.');
  await trx.updateTable('sync_control').set({ applying: 1 }).execute();
  const result = await work();
  await trx.updateTable('sync_control').set({ applying: 0 }).execute();
  return result;
}

type LocalRow = { rev: number; deleted: number } & Record<string, unknown>;
type OutboxEdit = {
  entity_table: string;
  record_id: string;
  changed: string;
  op: string;
  base_rev: number;
};
type Unsent = { columns: Set<string>; deleting: boolean };

/** What applying needs to know about this device's rows; a page of changes looks it up in bulk. */
export interface Lookup {
  local(table: string, id: string): Promise<LocalRow | undefined>;
  unsent(table: string, id: string): Promise<Unsent>;
  exists(table: string, id: string): Promise<boolean>;
  /** Told of each row written, so later changes of the page see it. */
  wrote(table: string, id: string, row: LocalRow): void;
}

/** Columns of a record with edits not yet accepted; a delete not yet accepted too. */
function unsentOf(table: string, rows: readonly OutboxEdit[]): Unsent {
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

/** Edits not accepted yet, refused ones too: what the server refused stays as typed on this device. */
const unsentEdits = (trx: Kysely<Database>) =>
  trx.selectFrom('outbox').select(['entity_table', 'record_id', 'changed', 'op', 'base_rev']);

/** One query a question: for a single record, as a push's answer brings. */
export function directLookup(trx: Kysely<Database>): Lookup {
  return {
    async local(table, id) {
      return (await trx
        .selectFrom(table as 'cases')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst()) as LocalRow | undefined;
    },
    async unsent(table, id) {
      const rows = await unsentEdits(trx)
        .where('entity_table', '=', table)
        .where('record_id', '=', id)
        .execute();
      return unsentOf(table, rows);
    },
    async exists(table, id) {
      const row = await trx
        .selectFrom(table as 'cases')
        .select('id')
        .where('id', '=', id)
        .executeTakeFirst();
      return row !== undefined;
    },
    wrote() {},
  };
}

/** SQLite's limit on bound values is well above this; chunks keep each query small. */
const chunkSize = 500;

async function inChunks<T>(ids: readonly string[], query: (chunk: string[]) => Promise<T[]>) {
  const found: T[] = [];
  for (let start = 0; start < ids.length; start += chunkSize) {
    found.push(...(await query(ids.slice(start, start + chunkSize))));
  }
  return found;
}

/**
 * Everything a page of changes will ask, fetched in a few queries before it
 * is applied: the rows it touches, their unpushed edits, and the rows they
 * belong under. What it did not foresee falls back to a query.
 */
export async function pageLookup(
  trx: Kysely<Database>,
  changes: readonly { table: SyncedTable; id: string; fields: Record<string, unknown> }[],
): Promise<Lookup> {
  const direct = directLookup(trx);
  const key = (table: string, id: string) => `${table}:${id}`;
  const rows = new Map<string, LocalRow>();
  const edits = new Map<string, OutboxEdit[]>();
  const wanted = new Map<string, Set<string>>();
  const want = (table: string, id: unknown) => {
    if (typeof id !== 'string') return;
    wanted.set(table, (wanted.get(table) ?? new Set()).add(id));
  };
  for (const change of changes) {
    want(change.table.table, change.id);
    const values = fromWire(change.table, change.fields);
    for (const [column, parent] of Object.entries(change.table.parents))
      want(parent, values[column]);
  }
  for (const [table, ids] of wanted) {
    const found = await inChunks([...ids], (chunk) =>
      trx
        .selectFrom(table as 'cases')
        .selectAll()
        .where('id', 'in', chunk)
        .execute(),
    );
    for (const row of found) rows.set(key(table, row.id), row as LocalRow);
    const pending = await inChunks([...ids], (chunk) =>
      unsentEdits(trx).where('entity_table', '=', table).where('record_id', 'in', chunk).execute(),
    );
    for (const edit of pending) {
      const at = key(table, edit.record_id);
      edits.set(at, [...(edits.get(at) ?? []), edit]);
    }
  }
  const local = async (table: string, id: string) =>
    wanted.get(table)?.has(id) ? rows.get(key(table, id)) : direct.local(table, id);
  return {
    local,
    async unsent(table, id) {
      return wanted.get(table)?.has(id)
        ? unsentOf(table, edits.get(key(table, id)) ?? [])
        : direct.unsent(table, id);
    },
    async exists(table, id) {
      return (await local(table, id)) !== undefined;
    },
    wrote(table, id, row) {
      want(table, id);
      rows.set(key(table, id), row);
    },
  };
}

/**
 * The server's version of a record, applied over this device's: columns with
 * edits not yet pushed keep this device's values (they go up on the record's
 * original rev, so the server sees any collision), the rest take the server's.
 * 'parked' when a record it belongs under has not arrived yet.
 */
export async function applyServerRecord(
  trx: Kysely<Database>,
  lookup: Lookup,
  change: {
    table: string;
    id: string;
    rev: number;
    fields: Record<string, unknown> | null;
    deleted: boolean;
    /** The server's answer to a conflict: its record stands even at a rev this device has seen. */
    force?: boolean;
  },
): Promise<'applied' | 'parked'> {
  const { table, id, rev, fields, deleted } = change;
  const synced = syncedTable(table);
  const local = await lookup.local(table, id);
  if (local && rev <= local.rev && !change.force) return 'applied';
  const mine = await lookup.unsent(table, id);
  const stamp = { rev, updated_at: new Date().toISOString() };
  const update = async (values: Record<string, unknown>) => {
    await trx
      .updateTable(table as 'cases')
      .set(values)
      .where('id', '=', id)
      .execute();
    lookup.wrote(table, id, { ...local!, ...values } as LocalRow);
  };

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
    if (typeof value === 'string' && !(await lookup.exists(parent, value))) return 'parked';
  }
  if (!local) {
    const row = { id, ...synced.defaults?.(values), ...values, ...stamp, deleted: 0 };
    await trx
      .insertInto(table as 'cases')
      .values(row as never)
      .execute();
    lookup.wrote(table, id, row as LocalRow);
  } else {
    await update({ ...values, ...stamp, ...(mine.deleting ? {} : { deleted: 0 }) });
  }
  return 'applied';
}
