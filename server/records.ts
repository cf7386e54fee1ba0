import type { Transaction } from 'kysely';
import type { ServerDatabase } from './schema';

export interface Caller {
  id: string;
  role: 'ehp' | 'manager' | 'referrer' | 'admin';
  officeId: string | null;
}

/** Who a record belongs to: a case's records carry its case, practitioner and office. */
export type Scope = { case_id: string | null; owner_id: string | null; office_id: string | null };

/**
 * Whether the caller may see a record: reference data (no case) is everyone's;
 * a case is its practitioner's, and its office managers'; a referral nobody
 * has taken yet reaches the EHPs of its office.
 */
export function maySee(caller: Caller, scope: Scope): boolean {
  if (caller.role === 'admin' || scope.case_id === null) return true;
  if (scope.owner_id === caller.id) return true;
  if (scope.office_id === null || scope.office_id !== caller.officeId) return false;
  return caller.role === 'manager' || (caller.role === 'ehp' && scope.owner_id === null);
}

/** Whether the caller may change a record: a case's as above; of reference data, only their office's own. */
export function mayChange(caller: Caller, scope: Scope): boolean {
  if (caller.role === 'referrer') return false;
  if (scope.case_id !== null || caller.role === 'admin') return maySee(caller, scope);
  return scope.office_id !== null && scope.office_id === caller.officeId;
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

/**
 * Takes the change counter's lock before a push reads anything: every write
 * takes it anyway, and holding it from the start means two pushes to one
 * record apply one after the other, never both on the rev they both read.
 */
export async function lockChangeCounter(trx: Transaction<ServerDatabase>) {
  await trx
    .updateTable('change_counter')
    .set((eb) => ({ value: eb.ref('value') }))
    .where('id', '=', 1)
    .execute();
}

/** Puts a record at the end of the change log, where the next pull finds it. */
export async function logChange(trx: Transaction<ServerDatabase>, entity: string, id: string) {
  const seq = await nextSeq(trx);
  await trx.deleteFrom('changes').where('entity', '=', entity).where('id', '=', id).execute();
  await trx.insertInto('changes').values({ seq, entity, id }).execute();
}

/** A new record at rev 1, logged for pull. */
export async function insertRecord(
  trx: Transaction<ServerDatabase>,
  record: { entity: string; id: string; by: string | null; scope: Scope; fields: object },
) {
  await trx
    .insertInto('records')
    .values({
      entity: record.entity,
      id: record.id,
      rev: 1,
      deleted: 0,
      updated_at: new Date().toISOString(),
      updated_by: record.by,
      case_id: record.scope.case_id,
      owner_id: record.scope.owner_id,
      office_id: record.scope.office_id,
      fields: JSON.stringify(record.fields),
      field_revs: JSON.stringify(
        Object.fromEntries(Object.keys(record.fields).map((key) => [key, 1])),
      ),
    })
    .execute();
  await logChange(trx, record.entity, record.id);
}
