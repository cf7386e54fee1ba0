import { isDeepStrictEqual } from 'node:util';
import type { Kysely, Transaction } from 'kysely';
import type { ZodType } from 'zod';
import { v7 as uuidv7 } from 'uuid';
import {
  entityFields,
  type ConflictFields,
  type DepartureFields,
  type Entity,
  type Mutation,
  type PushResult,
  type RecordEntity,
} from '../core/sync';
import {
  insertRecord,
  lockChangeCounter,
  logChange,
  mayChange,
  maySee,
  type Caller,
  type Scope,
} from './records';
import type { ServerDatabase } from './schema';

type Stored = ServerDatabase['records'];

class Rejected extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Where a new record belongs: a case is its own; anything else under its case; library items by area. */
async function scopeFor(
  trx: Transaction<ServerDatabase>,
  caller: Caller,
  mutation: Mutation,
  fields: Record<string, unknown>,
): Promise<Scope> {
  if (mutation.entity === 'case') {
    return {
      case_id: mutation.id,
      owner_id: fields.practitionerId as string,
      office_id: fields.officeId as string,
    };
  }
  if (mutation.entity === 'library_item') {
    const area = String(fields.area);
    return {
      case_id: null,
      owner_id: null,
      office_id: area.startsWith('office:') ? area.slice(7) : null,
    };
  }
  const theCase = await trx
    .selectFrom('records')
    .select(['case_id', 'owner_id', 'office_id'])
    .where('entity', '=', 'case')
    .where('id', '=', String(fields.caseId))
    .where('deleted', '=', 0)
    .executeTakeFirst();
  // Someone else's case reads as no case at all: nothing about it leaks.
  if (!theCase || !maySee(caller, theCase)) throw new Rejected(404, 'There is no such case.');
  return theCase;
}

/** Only an administrator, or a manager to someone of the case's office, gives a case to another. */
async function mayGive(
  trx: Transaction<ServerDatabase>,
  caller: Caller,
  practitionerId: string,
  officeId: string | null,
) {
  const giving =
    caller.role === 'admin' ||
    (caller.role === 'manager' &&
      caller.officeId === officeId &&
      (await trx
        .selectFrom('users')
        .select('id')
        .where('id', '=', practitionerId)
        .where('office_id', '=', officeId)
        .executeTakeFirst()) !== undefined);
  if (!giving) {
    throw new Rejected(403, 'Only a manager of the office gives a case to another practitioner.');
  }
}

/**
 * A case changing hands: an EHP may take a referral of their office that
 * nobody has taken; a manager may give a case to anyone of the office. The
 * case's records follow it.
 */
async function changeOwner(
  trx: Transaction<ServerDatabase>,
  caller: Caller,
  theCase: Stored,
  practitionerId: string,
) {
  const taking = caller.role === 'ehp' && practitionerId === caller.id && theCase.owner_id === null;
  if (!taking) await mayGive(trx, caller, practitionerId, theCase.office_id);
  await trx
    .updateTable('records')
    .set({ owner_id: practitionerId })
    .where('case_id', '=', theCase.id)
    // A departure stays with who the case left, whoever has it next.
    .where('entity', '!=', 'departure')
    .execute();
  if (theCase.owner_id !== practitionerId) {
    // Seen by whoever saw the case before (its owner, or the office's EHPs for a referral).
    await insertRecord(trx, {
      entity: 'departure',
      id: uuidv7(),
      by: caller.id,
      scope: { case_id: theCase.id, owner_id: theCase.owner_id, office_id: theCase.office_id },
      fields: { caseId: theCase.id, practitionerId } satisfies DepartureFields,
    });
  }
  // The new owner's cursor is past the case's records: each goes to the end of the log again.
  const theirs = await trx
    .selectFrom('records')
    .select(['entity', 'id'])
    .where('case_id', '=', theCase.id)
    .where('entity', 'not in', ['case', 'departure'])
    .execute();
  for (const record of theirs) await logChange(trx, record.entity, record.id);
}

function invalid(entity: RecordEntity, fields: unknown, partial: boolean) {
  const schema = partial ? entityFields[entity].partial() : entityFields[entity];
  const parsed = schema.safeParse(fields);
  if (!parsed.success) {
    throw new Rejected(
      400,
      parsed.error.issues
        .map((issue) => `${issue.path.join('.') || 'fields'}: ${issue.message}`)
        .join('; '),
    );
  }
  return parsed.data as Record<string, unknown>;
}

const notFound = () => new Rejected(404, 'There is no such record.');

/**
 * A delete based on an old rev, of a record someone has changed since, keeps
 * the record: what they typed is not thrown away unseen. The deletion waits
 * as a conflict on the field "deleted" for the practitioner to confirm.
 */
async function applyDelete(
  trx: Transaction<ServerDatabase>,
  caller: Caller,
  mutation: Mutation,
  existing: Stored | undefined,
): Promise<Pick<PushResult, 'status' | 'rev' | 'record' | 'conflicts'>> {
  const done = { status: 'applied' as const, record: null, conflicts: [] };
  if (!existing) return { ...done, rev: 0 };
  if (!maySee(caller, existing)) throw notFound();
  if (!mayChange(caller, existing)) throw new Rejected(403, 'You may not delete this record.');
  if (existing.deleted) return { ...done, rev: existing.rev };
  const revs = JSON.parse(existing.field_revs) as Record<string, number>;
  const changedSince =
    mutation.baseRev !== null && Object.values(revs).some((rev) => rev > mutation.baseRev!);
  if (changedSince && mutation.entity !== 'conflict') {
    const conflict = { field: 'deleted', serverValue: false, clientValue: true };
    await insertRecord(trx, {
      entity: 'conflict',
      id: uuidv7(),
      by: caller.id,
      scope: existing,
      fields: {
        entity: mutation.entity,
        recordId: mutation.id,
        ...conflict,
        createdAt: new Date().toISOString(),
      } satisfies ConflictFields,
    });
    return {
      status: 'conflict',
      rev: existing.rev,
      record: JSON.parse(existing.fields) as Record<string, unknown>,
      conflicts: [conflict],
    };
  }
  await trx
    .updateTable('records')
    .set({
      deleted: 1,
      rev: existing.rev + 1,
      updated_at: new Date().toISOString(),
      updated_by: caller.id,
    })
    .where('entity', '=', mutation.entity)
    .where('id', '=', mutation.id)
    .execute();
  await logChange(trx, mutation.entity, mutation.id);
  return { ...done, rev: existing.rev + 1 };
}

async function applyCreate(
  trx: Transaction<ServerDatabase>,
  caller: Caller,
  mutation: Mutation,
  entity: RecordEntity,
): Promise<PushResult['record']> {
  const fields = invalid(entity, mutation.fields, false);
  // SYNC.md: a field that may be null may be left out on create; it is kept as null.
  for (const [field, schema] of Object.entries(entityFields[entity].shape)) {
    if (!(field in fields) && (schema as ZodType).safeParse(null).success) fields[field] = null;
  }
  if (entity === 'case') {
    fields.practitionerId ??= caller.id;
    if (fields.practitionerId !== caller.id) {
      await mayGive(trx, caller, String(fields.practitionerId), String(fields.officeId));
    }
  }
  if (
    entity === 'library_item' &&
    !String(fields.area).startsWith('office:') &&
    caller.role !== 'admin'
  ) {
    throw new Rejected(403, 'Only the central library team adds national items.');
  }
  const scope = await scopeFor(trx, caller, mutation, fields);
  const ownOffice = caller.role === 'admin' || scope.office_id === caller.officeId;
  if (!mayChange(caller, scope) || !ownOffice) {
    throw new Rejected(403, 'You may not add records to another practitioner’s case.');
  }
  await insertRecord(trx, { entity, id: mutation.id, by: caller.id, scope, fields });
  return fields;
}

/**
 * Applies the fields that changed since baseRev; a field someone else changed
 * since then keeps the server's value, and the client's goes into a conflict
 * record, pulled by every device of the case until one of them resolves it.
 */
async function applyUpdate(
  trx: Transaction<ServerDatabase>,
  caller: Caller,
  mutation: Mutation,
  entity: RecordEntity,
  existing: Stored,
): Promise<Pick<PushResult, 'rev' | 'record' | 'conflicts'>> {
  if (!maySee(caller, existing)) throw notFound();
  if (!mayChange(caller, existing)) throw new Rejected(403, 'You may not change this record.');
  const incoming = invalid(entity, mutation.fields, true);
  const current = JSON.parse(existing.fields) as Record<string, unknown>;
  for (const field of ['caseId', 'officeId'] as const) {
    if (field in incoming && !isDeepStrictEqual(incoming[field], current[field])) {
      throw new Rejected(400, `${field}: a record stays where it was made`);
    }
  }
  if (
    entity === 'library_item' &&
    'area' in incoming &&
    !isDeepStrictEqual(incoming.area, current.area)
  ) {
    throw new Rejected(400, 'area: a library item stays in the area it was made for');
  }
  const revs = JSON.parse(existing.field_revs) as Record<string, number>;
  const since = mutation.baseRev ?? 0;
  const rev = existing.rev + 1;
  const now = new Date().toISOString();
  const conflicts: PushResult['conflicts'] = [];
  let applied = false;
  for (const [field, clientValue] of Object.entries(incoming)) {
    const serverValue = current[field];
    if (isDeepStrictEqual(serverValue, clientValue)) continue;
    if ((revs[field] ?? 0) > since) {
      conflicts.push({ field, serverValue, clientValue });
      const conflict: ConflictFields = {
        entity,
        recordId: mutation.id,
        field,
        serverValue: serverValue ?? null,
        clientValue: clientValue ?? null,
        createdAt: now,
      };
      await insertRecord(trx, {
        entity: 'conflict',
        id: uuidv7(),
        by: caller.id,
        scope: existing,
        fields: conflict,
      });
      continue;
    }
    if (entity === 'case' && field === 'practitionerId') {
      await changeOwner(trx, caller, existing, String(clientValue));
    }
    current[field] = clientValue;
    revs[field] = rev;
    applied = true;
  }
  if (!applied && !existing.deleted) return { rev: existing.rev, record: current, conflicts };
  await trx
    .updateTable('records')
    .set({
      rev,
      deleted: 0,
      updated_at: now,
      updated_by: caller.id,
      fields: JSON.stringify(current),
      field_revs: JSON.stringify(revs),
    })
    .where('entity', '=', entity)
    .where('id', '=', mutation.id)
    .execute();
  await logChange(trx, entity, mutation.id);
  return { rev, record: current, conflicts };
}

/** Applies one mutation in its own transaction; the same mutationId is applied once only. */
export async function applyMutation(
  db: Kysely<ServerDatabase>,
  caller: Caller,
  mutation: Mutation,
): Promise<PushResult> {
  const base = { mutationId: mutation.mutationId, conflicts: [], record: null, error: null };
  try {
    return await db.transaction().execute(async (trx) => {
      await lockChangeCounter(trx);
      const seen = await trx
        .selectFrom('mutations')
        .select(['result', 'user_id'])
        .where('mutation_id', '=', mutation.mutationId)
        .executeTakeFirst();
      // Another user's answer is theirs: a reused id is refused, not answered.
      if (seen && seen.user_id !== caller.id) {
        throw new Rejected(400, 'mutationId: this id was used by someone else; send a new one');
      }
      if (seen) return { ...(JSON.parse(seen.result) as PushResult), status: 'duplicate' as const };

      const existing = await trx
        .selectFrom('records')
        .selectAll()
        .where('entity', '=', mutation.entity)
        .where('id', '=', mutation.id)
        .executeTakeFirst();
      let result: PushResult;
      if (mutation.op === 'delete') {
        result = { ...base, ...(await applyDelete(trx, caller, mutation, existing)) };
      } else if (mutation.entity === 'conflict') {
        throw new Rejected(400, 'entity: a conflict is resolved by deleting it, not changed');
      } else if (!existing) {
        const record = await applyCreate(trx, caller, mutation, mutation.entity);
        result = { ...base, status: 'applied', rev: 1, record };
      } else {
        const update = await applyUpdate(trx, caller, mutation, mutation.entity, existing);
        result = {
          ...base,
          ...update,
          status: update.conflicts.length > 0 ? 'conflict' : 'applied',
        };
      }
      await trx
        .insertInto('mutations')
        .values({
          mutation_id: mutation.mutationId,
          user_id: caller.id,
          result: JSON.stringify(result),
        })
        .execute();
      return result;
    });
  } catch (error) {
    if (!(error instanceof Rejected)) throw error;
    return {
      ...base,
      status: 'rejected',
      rev: null,
      error: {
        type: 'about:blank',
        title:
          error.status === 400 ? 'Bad request' : error.status === 403 ? 'Not allowed' : 'Not found',
        status: error.status,
        detail: error.message,
      },
    };
  }
}

/**
 * Changes after the cursor, in the order they committed, that the caller may
 * see. The cursor moves past changes the caller may not see, so each page
 * is a step along one log for everyone.
 */
export async function pullChanges(
  db: Kysely<ServerDatabase>,
  caller: Caller,
  cursor: number,
  limit: number,
) {
  const rows = await db
    .selectFrom('changes')
    .innerJoin('records', (join) =>
      join.onRef('records.entity', '=', 'changes.entity').onRef('records.id', '=', 'changes.id'),
    )
    .select([
      'changes.seq',
      'records.entity',
      'records.id',
      'records.rev',
      'records.deleted',
      'records.updated_at',
      'records.updated_by',
      'records.case_id',
      'records.owner_id',
      'records.office_id',
      'records.fields',
    ])
    .where('changes.seq', '>', cursor)
    .orderBy('changes.seq')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  return {
    changes: page
      .filter((row) => caller.role !== 'referrer' && maySee(caller, row))
      .map((row) => ({
        entity: row.entity as Entity,
        id: row.id,
        rev: row.rev,
        deleted: row.deleted === 1,
        updatedAt: row.updated_at,
        updatedBy: row.updated_by,
        fields: JSON.parse(row.fields) as Record<string, unknown>,
      })),
    cursor: String(page.length > 0 ? Number(page.at(-1)!.seq) : cursor),
    hasMore: rows.length > limit,
  };
}
