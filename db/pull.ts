import type { Kysely } from 'kysely';
import type { z } from 'zod';
import {
  conflictFields,
  departureFields,
  officeFields,
  rulebookFields,
  type pullResponseSchema,
} from '../core/sync';
import { recordAudit } from './audit';
import { readDeviceSetting, writeDeviceSetting } from './device-settings';
import { enqueue } from './outbox';
import { forgetCase } from './retention';
import { keepRulebook } from './rulebook';
import type { Database } from './schema';
import {
  applyServerRecord,
  directLookup,
  pageLookup,
  whileApplying,
  type Lookup,
} from './server-records';
import { tableOf } from './synced-records';
import { inTransaction } from './transaction';

export type PulledChange = z.output<typeof pullResponseSchema>['changes'][number];

const cursorKey = 'sync.cursor';

/** Where the next pull starts: null for the beginning. */
export const pullCursor = (db: Kysely<Database>) => readDeviceSetting(db, cursorKey);

/** Who this device works for, as the server knows them. */
export interface Self {
  id: string;
  role: string;
}

async function applyOffice(trx: Kysely<Database>, lookup: Lookup, change: PulledChange) {
  const parsed = officeFields.safeParse(change.fields);
  if (!parsed.success) return 'applied';
  const row = {
    ...parsed.data,
    rev: change.rev,
    updated_at: change.updatedAt,
    deleted: change.deleted ? 1 : 0,
  } as const;
  await trx
    .insertInto('offices')
    .values({ id: change.id, ...row })
    .onConflict((conflict) => conflict.column('id').doUpdateSet(row))
    .execute();
  lookup.wrote('offices', change.id, row);
  return 'applied';
}

async function applyPractitioner(trx: Kysely<Database>, lookup: Lookup, change: PulledChange) {
  const { name, role, officeId } = change.fields as {
    name?: string;
    role?: string;
    officeId?: string;
  };
  // Only EHPs and managers work cases; a referrer or administrator never owns one.
  if (
    typeof name !== 'string' ||
    (role !== 'ehp' && role !== 'manager') ||
    typeof officeId !== 'string'
  ) {
    return 'applied';
  }
  if (!(await lookup.exists('offices', officeId))) return 'parked';
  const row = {
    name,
    role,
    office_id: officeId,
    rev: change.rev,
    updated_at: change.updatedAt,
  } as const;
  await trx
    .insertInto('practitioners')
    .values({ id: change.id, ...row })
    .onConflict((conflict) => conflict.column('id').doUpdateSet(row))
    .execute();
  lookup.wrote('practitioners', change.id, { ...row, deleted: 0 });
  return 'applied';
}

async function applyConflict(trx: Kysely<Database>, change: PulledChange) {
  const parsed = conflictFields.safeParse(change.fields);
  if (change.deleted || !parsed.success) {
    await trx.deleteFrom('sync_conflicts').where('id', '=', change.id).execute();
    return 'applied';
  }
  // Resolved here already, waiting to go up: don't bring it back.
  const resolving = await trx
    .selectFrom('outbox')
    .select('seq')
    .where('entity_table', '=', 'sync_conflicts')
    .where('record_id', '=', change.id)
    .executeTakeFirst();
  if (resolving) return 'applied';
  const row = {
    entity: parsed.data.entity,
    record_id: parsed.data.recordId,
    field: parsed.data.field,
    server_value: JSON.stringify(parsed.data.serverValue ?? null),
    client_value: JSON.stringify(parsed.data.clientValue ?? null),
    created_at: parsed.data.createdAt,
  };
  await trx
    .insertInto('sync_conflicts')
    .values({ id: change.id, ...row })
    .onConflict((conflict) => conflict.column('id').doUpdateSet(row))
    .execute();
  return 'applied';
}

/**
 * A referral nobody has taken arrives with no practitioner: an EHP's device
 * takes it for them, and says so to the server; a manager's leaves it.
 */
async function applyCase(trx: Kysely<Database>, lookup: Lookup, change: PulledChange, self: Self) {
  const fields = { ...change.fields };
  const untaken = !change.deleted && typeof fields.practitionerId !== 'string';
  if (untaken) {
    const known = await lookup.local('cases', change.id);
    if (!known && self.role !== 'ehp') return 'applied';
    if (!known) fields.practitionerId = self.id;
  }
  const outcome = await applyServerRecord(trx, lookup, {
    table: 'cases',
    id: change.id,
    rev: change.rev,
    fields,
    deleted: change.deleted,
  });
  if (untaken && outcome === 'applied') {
    await enqueue(trx, {
      table: 'cases',
      id: change.id,
      op: 'upsert',
      changed: ['practitioner_id'],
      baseRev: change.rev,
    });
  }
  return outcome;
}

/**
 * A case given to someone else leaves an EHP's device with everything of it:
 * their edits not yet sent would be refused, and the customer's health data
 * is no longer theirs to hold. A manager sees the whole office's cases still.
 */
async function applyDeparture(trx: Kysely<Database>, change: PulledChange, self: Self) {
  const parsed = departureFields.safeParse(change.fields);
  if (!parsed.success || self.role !== 'ehp' || parsed.data.practitionerId === self.id) {
    return 'applied';
  }
  const { caseId } = parsed.data;
  const held = await trx
    .selectFrom('cases')
    .select('id')
    .where('id', '=', caseId)
    .executeTakeFirst();
  if (held) {
    await forgetCase(trx, caseId);
    await recordAudit(trx, {
      action: 'case.departed',
      entity: 'case',
      recordId: caseId,
      detail: 'Given to another practitioner',
    });
  }
  return 'applied';
}

async function applyChange(
  trx: Kysely<Database>,
  lookup: Lookup,
  change: PulledChange,
  self: Self,
) {
  if (change.entity === 'office') return applyOffice(trx, lookup, change);
  if (change.entity === 'practitioner') return applyPractitioner(trx, lookup, change);
  if (change.entity === 'conflict') return applyConflict(trx, change);
  if (change.entity === 'rulebook') {
    const parsed = rulebookFields.safeParse(change.fields);
    if (parsed.success) await keepRulebook(trx, parsed.data.book);
    return 'applied';
  }
  if (change.entity === 'case') return applyCase(trx, lookup, change, self);
  if (change.entity === 'departure') return applyDeparture(trx, change, self);
  const synced = tableOf(change.entity);
  if (!synced) return 'applied';
  return applyServerRecord(trx, lookup, {
    table: synced.table,
    id: change.id,
    rev: change.rev,
    fields: change.fields,
    deleted: change.deleted,
  });
}

/**
 * One page of pulled changes and the cursor after it, in one transaction. A
 * change that arrives before the record it belongs under is parked, and
 * applied once that record comes; a change the store cannot take (another
 * system's bad value) is parked too, never dropped.
 */
export async function applyPulledPage(
  db: Kysely<Database>,
  page: { changes: readonly PulledChange[]; cursor: string },
  self: Self,
): Promise<void> {
  await inTransaction(db, (trx) =>
    whileApplying(trx, async () => {
      const lookup = await pageLookup(
        trx,
        page.changes.flatMap((change) => {
          const table = tableOf(change.entity);
          return table ? [{ table, id: change.id, fields: change.fields }] : [];
        }),
      );
      const parked = await parkedCount(trx);
      for (const change of page.changes) {
        // A newer version of a change parked earlier replaces it.
        if (parked > 0) {
          await trx
            .deleteFrom('sync_parked')
            .where('entity', '=', change.entity)
            .where('id', '=', change.id)
            .execute();
        }
        if ((await attempt(trx, lookup, change, self)) === 'parked') await park(trx, change);
      }
      await retryParked(trx, self);
      await writeDeviceSetting(trx, cursorKey, page.cursor);
    }),
  );
}

/**
 * Applies a change; a value the store refuses parks it instead of failing the
 * page. SQLite undoes just the refused statement, and a change writes its
 * record in one statement, so nothing of it is left half applied.
 */
async function attempt(trx: Kysely<Database>, lookup: Lookup, change: PulledChange, self: Self) {
  try {
    return await applyChange(trx, lookup, change, self);
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT')) return 'parked';
    throw error;
  }
}

async function park(trx: Kysely<Database>, change: PulledChange) {
  await trx
    .insertInto('sync_parked')
    .values({ entity: change.entity, id: change.id, change: JSON.stringify(change) })
    .onConflict((conflict) =>
      conflict.columns(['entity', 'id']).doUpdateSet({ change: JSON.stringify(change) }),
    )
    .execute();
}

async function retryParked(trx: Kysely<Database>, self: Self) {
  for (let progress = true; progress;) {
    progress = false;
    const parked = await trx.selectFrom('sync_parked').selectAll().execute();
    for (const row of parked) {
      const change = JSON.parse(row.change) as PulledChange;
      if ((await attempt(trx, directLookup(trx), change, self)) === 'applied') {
        await trx
          .deleteFrom('sync_parked')
          .where('entity', '=', row.entity)
          .where('id', '=', row.id)
          .execute();
        progress = true;
      }
    }
  }
}

/** Changes waiting for the record they belong under. */
async function parkedCount(db: Kysely<Database>): Promise<number> {
  const { count } = await db
    .selectFrom('sync_parked')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}
