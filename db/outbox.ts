import type { Kysely, Selectable } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { pushBodyLimit, type Mutation, type PushResult } from '../core/sync';
import type { Database } from './schema';
import { applyServerRecord, directLookup, whileApplying } from './server-records';
import { syncedTable, toWire } from './synced-records';
import { inTransaction } from './transaction';

/** A mutation ready to push, with the outbox row it came from. */
export interface Outgoing {
  seq: number;
  table: string;
  mutation: Mutation;
}

/** Resolving a conflict deletes it on the server: its outbox rows name this table. */
export const conflictsTable = 'sync_conflicts';

/** Edits waiting to go up (not counting those the server refused). */
export async function waitingCount(db: Kysely<Database>): Promise<number> {
  const { count } = await db
    .selectFrom('outbox')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('error', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(count);
}

/** Edits the server refused, with its reason: kept, and shown, never dropped. */
export async function refusedEdits(db: Kysely<Database>) {
  return db
    .selectFrom('outbox')
    .select(['entity_table', 'record_id', 'error'])
    .where('error', 'is not', null)
    .orderBy('seq')
    .execute();
}

/** SYNC.md numbers a case's appointments 1, 2, 3... in date order. */
async function appointmentNumber(db: Kysely<Database>, caseId: string, id: string) {
  const rows = await db
    .selectFrom('appointments')
    .select('id')
    .where('case_id', '=', caseId)
    .orderBy('starts_at')
    .orderBy('id')
    .execute();
  return rows.findIndex((row) => row.id === id) + 1;
}

/** The fields an outbox row sends: the whole record for a create, else what changed. */
async function payloadOf(
  db: Kysely<Database>,
  row: Selectable<Database['outbox']>,
  record: Record<string, unknown>,
) {
  const synced = syncedTable(row.entity_table);
  if (row.op === 'delete') return {};
  const create = row.base_rev === 0;
  const fields = toWire(synced, record, create ? undefined : JSON.parse(row.changed));
  if (synced.table === 'appointments' && create) {
    fields.number = await appointmentNumber(db, String(record.case_id), String(record.id));
  }
  if (synced.table === 'cases' && create) {
    // The server sets the practitioner from the token; a referral is taken by changing it.
    delete fields.practitionerId;
  }
  return fields;
}

/**
 * The next batch, oldest first, each row's mutation fixed in the store before
 * it is sent, so a retry after a lost reply sends the same mutationId. A
 * record appears once a batch: its later edit builds on the rev the earlier
 * one gets back. A batch stops at half the server's body limit, so long
 * notes never make a push the server refuses as too large.
 */
export async function nextBatch(db: Kysely<Database>, size = 500): Promise<Outgoing[]> {
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('outbox')
      .selectAll()
      .where('error', 'is', null)
      .orderBy('seq')
      .limit(size)
      .execute();
    const batch: Outgoing[] = [];
    const records = new Set<string>();
    let bytes = 0;
    for (const row of rows) {
      const key = `${row.entity_table}:${row.record_id}`;
      if (records.has(key)) break;
      records.add(key);
      const conflict = row.entity_table === conflictsTable;
      if (row.payload === null || row.mutation_id === null) {
        // A conflict's resolution is a delete of it: there is no record to read.
        const record = conflict
          ? {}
          : await trx
              .selectFrom(row.entity_table as 'goals')
              .selectAll()
              .where('id', '=', row.record_id)
              .executeTakeFirst();
        // Gone from this device (retention), or made and deleted before the server saw it.
        if (!record || (row.op === 'delete' && row.base_rev === 0 && !conflict)) {
          await trx.deleteFrom('outbox').where('seq', '=', row.seq).execute();
          continue;
        }
        row.mutation_id = uuidv7();
        row.payload = conflict ? '{}' : JSON.stringify(await payloadOf(trx, row, record));
        await trx
          .updateTable('outbox')
          .set({ mutation_id: row.mutation_id, payload: row.payload })
          .where('seq', '=', row.seq)
          .execute();
      }
      bytes += Buffer.byteLength(row.payload);
      if (batch.length > 0 && bytes > pushBodyLimit / 2) break;
      batch.push({
        seq: row.seq,
        table: row.entity_table,
        mutation: {
          mutationId: row.mutation_id,
          entity: conflict ? 'conflict' : syncedTable(row.entity_table).entity,
          id: row.record_id,
          baseRev: row.base_rev === 0 ? null : row.base_rev,
          op: row.op,
          fields: JSON.parse(row.payload) as Record<string, unknown>,
        },
      });
    }
    return batch;
  });
}

/**
 * Takes in the server's answers: an accepted edit leaves the outbox and its
 * record takes the new rev (and, after a conflict, the server's value of the
 * colliding field); a refused one stays with the reason.
 */
export async function acknowledge(
  db: Kysely<Database>,
  sent: readonly Outgoing[],
  results: readonly PushResult[],
): Promise<void> {
  await inTransaction(db, (trx) =>
    whileApplying(trx, async () => {
      for (const [index, result] of results.entries()) {
        const outgoing = sent[index];
        if (!outgoing || outgoing.mutation.mutationId !== result.mutationId) {
          throw new Error('The server answered a different batch than was sent.');
        }
        await acknowledgeOne(trx, outgoing, result);
      }
    }),
  );
}

async function acknowledgeOne(trx: Kysely<Database>, outgoing: Outgoing, result: PushResult) {
  const { seq, table, mutation } = outgoing;
  if (result.status === 'rejected') {
    await trx
      .updateTable('outbox')
      .set({ error: result.error?.detail ?? 'The server refused this change.' })
      .where('seq', '=', seq)
      .execute();
    return;
  }
  await trx.deleteFrom('outbox').where('seq', '=', seq).execute();
  if (table === conflictsTable) return;
  const rev = result.rev ?? 0;
  const base = mutation.baseRev ?? 0;
  if (rev === base + 1) {
    // Nobody else changed the record in between: later edits made on the old
    // rev build on this one, and must not collide with this device's own.
    await trx
      .updateTable('outbox')
      .set({ base_rev: rev })
      .where('entity_table', '=', table)
      .where('record_id', '=', mutation.id)
      .where('base_rev', '=', base)
      .where('mutation_id', 'is', null)
      .execute();
  }
  // A delete the server held back as a conflict leaves the record here too.
  // A duplicate answers as the first time did: a conflict then is a conflict now.
  const conflict = result.status === 'conflict' || result.conflicts.length > 0;
  const deleted = mutation.op === 'delete' && !conflict;
  await applyServerRecord(trx, directLookup(trx), {
    table,
    id: mutation.id,
    rev,
    fields: result.record,
    deleted,
    force: conflict,
  });
}

/** Puts an edit in the outbox by hand, for changes made while the server's are being applied. */
export async function enqueue(
  db: Kysely<Database>,
  edit: { table: string; id: string; op: 'upsert' | 'delete'; changed: string[]; baseRev: number },
) {
  await db
    .insertInto('outbox')
    .values({
      entity_table: edit.table,
      record_id: edit.id,
      op: edit.op,
      changed: JSON.stringify(edit.changed),
      base_rev: edit.baseRev,
      created_at: new Date().toISOString(),
    })
    .execute();
}
