import { isDeepStrictEqual } from 'node:util';
import type { Kysely, Transaction } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { entityFields, type Entity, type Mutation, type PushResult } from '../core/sync';
import type { ServerDatabase } from './schema';

export interface Caller {
  id: string;
  role: 'ehp' | 'manager' | 'referrer' | 'admin';
  officeId: string | null;
}

type Scope = { case_id: string | null; owner_id: string | null; office_id: string | null };
type Stored = ServerDatabase['records'];

class Rejected extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Whether the caller may see (and so change) a case's records: their own, or their office's as a manager. */
function mayUse(caller: Caller, scope: Scope): boolean {
  if (caller.role === 'admin') return true;
  if (scope.case_id === null && scope.owner_id === null) return true;
  return (
    scope.owner_id === caller.id ||
    (caller.role === 'manager' && scope.office_id !== null && scope.office_id === caller.officeId)
  );
}

async function scopeFor(
  trx: Transaction<ServerDatabase>,
  caller: Caller,
  mutation: Mutation,
  fields: Record<string, unknown>,
  existing: Stored | undefined,
): Promise<Scope> {
  if (existing) return existing;
  if (mutation.entity === 'case') {
    return {
      case_id: mutation.id,
      owner_id: (fields.practitionerId as string | undefined) ?? caller.id,
      office_id: fields.officeId as string,
    };
  }
  if (mutation.entity === 'library_item') {
    const area = String(fields.area);
    if (!area.startsWith('office:') && caller.role !== 'admin') {
      throw new Rejected(403, 'Only the central library team adds national items.');
    }
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
  if (!theCase || !mayUse(caller, theCase)) throw new Rejected(404, 'There is no such case.');
  return theCase;
}

async function nextSeq(trx: Transaction<ServerDatabase>): Promise<number> {
  // The counter's row stays locked until commit, so changes are numbered in
  // the order they commit and a pull can never pass one still in flight.
  const { value } = await trx
    .updateTable('change_counter')
    .set((eb) => ({ value: eb('value', '+', 1) }))
    .where('id', '=', 1)
    .returning('value')
    .executeTakeFirstOrThrow();
  return Number(value);
}

async function logChange(trx: Transaction<ServerDatabase>, entity: string, id: string) {
  const seq = await nextSeq(trx);
  await trx.deleteFrom('changes').where('entity', '=', entity).where('id', '=', id).execute();
  await trx.insertInto('changes').values({ seq, entity, id }).execute();
}

function invalid(entity: Entity, fields: unknown, partial: boolean) {
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

/** Applies one mutation in its own transaction; the same mutationId is applied once only. */
export async function applyMutation(
  db: Kysely<ServerDatabase>,
  caller: Caller,
  mutation: Mutation,
): Promise<PushResult> {
  const base = { mutationId: mutation.mutationId, conflicts: [], record: null, error: null };
  try {
    return await db.transaction().execute(async (trx) => {
      const seen = await trx
        .selectFrom('mutations')
        .select('result')
        .where('mutation_id', '=', mutation.mutationId)
        .executeTakeFirst();
      if (seen) return { ...(JSON.parse(seen.result) as PushResult), status: 'duplicate' as const };

      const existing = await trx
        .selectFrom('records')
        .selectAll()
        .where('entity', '=', mutation.entity)
        .where('id', '=', mutation.id)
        .executeTakeFirst();
      const now = new Date().toISOString();
      let result: PushResult;
      if (mutation.op === 'delete') {
        if (existing && !mayUse(caller, existing))
          throw new Rejected(404, 'There is no such record.');
        if (existing && !existing.deleted) {
          await trx
            .updateTable('records')
            .set({ deleted: 1, rev: existing.rev + 1, updated_at: now, updated_by: caller.id })
            .where('entity', '=', mutation.entity)
            .where('id', '=', mutation.id)
            .execute();
          await logChange(trx, mutation.entity, mutation.id);
        }
        result = {
          ...base,
          status: 'applied',
          rev: existing ? existing.rev + (existing.deleted ? 0 : 1) : 0,
        };
      } else if (!existing) {
        const fields = invalid(mutation.entity, mutation.fields, false);
        if (mutation.entity === 'case') fields.practitionerId ??= caller.id;
        const scope = await scopeFor(trx, caller, mutation, fields, undefined);
        const otherOffice = caller.role === 'ehp' && scope.office_id !== caller.officeId;
        if (!mayUse(caller, scope) || caller.role === 'referrer' || otherOffice) {
          throw new Rejected(403, 'You may not add records to another practitioner’s case.');
        }
        await trx
          .insertInto('records')
          .values({
            entity: mutation.entity,
            id: mutation.id,
            rev: 1,
            deleted: 0,
            updated_at: now,
            updated_by: caller.id,
            ...scope,
            fields: JSON.stringify(fields),
            field_revs: JSON.stringify(
              Object.fromEntries(Object.keys(fields).map((key) => [key, 1])),
            ),
          })
          .execute();
        await logChange(trx, mutation.entity, mutation.id);
        result = { ...base, status: 'applied', rev: 1, record: fields };
      } else {
        if (!mayUse(caller, existing)) throw new Rejected(404, 'There is no such record.');
        const incoming = invalid(mutation.entity, mutation.fields, true);
        const current = JSON.parse(existing.fields) as Record<string, unknown>;
        const revs = JSON.parse(existing.field_revs) as Record<string, number>;
        const since = mutation.baseRev ?? 0;
        const rev = existing.rev + 1;
        const conflicts: PushResult['conflicts'] = [];
        let applied = false;
        for (const [field, clientValue] of Object.entries(incoming)) {
          const serverValue = current[field];
          if (isDeepStrictEqual(serverValue, clientValue)) continue;
          if ((revs[field] ?? 0) > since) {
            conflicts.push({ field, serverValue, clientValue });
            await trx
              .insertInto('conflicts')
              .values({
                id: uuidv7(),
                entity: mutation.entity,
                record_id: mutation.id,
                field,
                server_value: JSON.stringify(serverValue ?? null),
                client_value: JSON.stringify(clientValue ?? null),
                user_id: caller.id,
                case_id: existing.case_id,
                created_at: now,
                resolved_at: null,
              })
              .execute();
          } else {
            current[field] = clientValue;
            revs[field] = rev;
            applied = true;
          }
        }
        if (applied || existing.deleted) {
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
            .where('entity', '=', mutation.entity)
            .where('id', '=', mutation.id)
            .execute();
          await logChange(trx, mutation.entity, mutation.id);
        }
        result = {
          ...base,
          status: conflicts.length > 0 ? 'conflict' : 'applied',
          rev: applied || existing.deleted ? rev : existing.rev,
          record: current,
          conflicts,
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
      .filter((row) => caller.role !== 'referrer' && mayUse(caller, row))
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
