import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { WorkabilityError } from '../core/errors';
import { removal, type Conflict, type resolveConflictSchema } from '../core/sync-client';
import { recordAudit } from './audit';
import { conflictsTable, enqueue, refusedEdits } from './outbox';
import type { Database } from './schema';
import { syncedTable, tableOf } from './synced-records';

const what: Record<string, string> = {
  case: 'Case',
  appointment: 'Appointment',
  goal: 'Goal',
  obstacle: 'Obstacle',
  step: 'Step',
  plan: 'End of the discussion',
  none_identified: 'Heading with nothing identified',
  follow_up: 'Follow-up',
  library_item: 'Local service',
  conflict: 'A conflict resolved',
};

const fieldNames: Record<string, string> = {
  notes: 'Meeting notes',
  canDoNow: 'What they can do now',
  customerRef: 'Customer reference',
  workAbilityScore: 'Work ability score',
  potentialWorkAbility: 'Potential work ability',
  byWhen: 'By when',
  who: 'Who',
};

/** "limitingBelief" reads as "Limiting belief". */
function fieldName(field: string): string {
  const words = field.replace(/([A-Z])/g, ' $1').toLowerCase();
  return fieldNames[field] ?? words.charAt(0).toUpperCase() + words.slice(1);
}

/** A stored JSON value as the practitioner reads it. */
function shown(field: string, json: string): string {
  const value = JSON.parse(json) as unknown;
  if (field === removal.field) return value === true ? removal.removed : removal.kept;
  return value === null || value === undefined
    ? ''
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);
}

/** The case a synced record belongs to, and its customer, to say whose it is. */
async function whoseRecord(db: Kysely<Database>, entity: string, recordId: string) {
  const synced = tableOf(entity);
  const record = synced
    ? ((await db
        .selectFrom(synced.table as 'goals')
        .selectAll()
        .where('id', '=', recordId)
        .executeTakeFirst()) as Record<string, unknown> | undefined)
    : undefined;
  const caseId = entity === 'case' ? recordId : ((record?.case_id as string) ?? null);
  const found = caseId
    ? await db
        .selectFrom('cases')
        .select('customer_name')
        .where('id', '=', caseId)
        .executeTakeFirst()
    : undefined;
  return { caseId: found ? caseId : null, customerName: found?.customer_name ?? null };
}

/**
 * Each edit the server refused, saying what it was, whose, and the server's
 * reason; then each issued plan it refused, which carries its own words.
 */
export async function describeRefused(db: Kysely<Database>): Promise<string[]> {
  const described: string[] = [];
  for (const edit of await refusedEdits(db)) {
    const entity =
      edit.entity_table === conflictsTable ? 'conflict' : syncedTable(edit.entity_table).entity;
    const { customerName } = await whoseRecord(db, entity, edit.record_id);
    const whose = customerName ? ` for ${customerName}` : '';
    described.push(`${what[entity] ?? 'A change'}${whose}: ${edit.error ?? ''}`);
  }
  const plans = await db
    .selectFrom('document_uploads')
    .select('error')
    .where('error', 'is not', null)
    .execute();
  return [...described, ...plans.map((plan) => plan.error!)];
}

export async function listConflicts(db: Kysely<Database>): Promise<Conflict[]> {
  const rows = await db.selectFrom('sync_conflicts').selectAll().orderBy('created_at').execute();
  const conflicts: Conflict[] = [];
  for (const row of rows) {
    const { caseId, customerName } = await whoseRecord(db, row.entity, row.record_id);
    conflicts.push({
      id: row.id,
      what: what[row.entity] ?? row.entity,
      field: row.field === removal.field ? 'Removed on one device' : fieldName(row.field),
      caseId,
      customerName,
      serverValue: shown(row.field, row.server_value),
      clientValue: shown(row.field, row.client_value),
      mergeable:
        typeof JSON.parse(row.server_value) === 'string' &&
        typeof JSON.parse(row.client_value) === 'string',
      createdAt: row.created_at,
    });
  }
  return conflicts;
}

/**
 * The text chosen or written, as the field's own kind of value: a list as
 * the JSON it was shown as, an empty choice as the null one side held.
 */
function asFieldValue(text: string, values: readonly unknown[]): unknown {
  const choose = () =>
    new WorkabilityError('invalid-input', 'Choose one of the two values', [
      { field: 'value', message: 'Choose one of the two values' },
    ]);
  if (text === '' && values.some((value) => value === null || value === undefined)) return null;
  const example = values.find((value) => value !== null && value !== undefined);
  if (typeof example === 'number') {
    const number = Number(text);
    if (text.trim() === '' || !Number.isInteger(number)) throw choose();
    return number;
  }
  if (typeof example === 'boolean') return text === 'true';
  if (typeof example === 'object') {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw choose();
    }
  }
  return text;
}

/**
 * The practitioner's choice becomes the field's value, as an ordinary edit
 * that goes up on the record's latest rev, and the conflict is deleted on the
 * server, so every device drops it.
 */
export async function resolveConflict(
  db: Kysely<Database>,
  choice: z.output<typeof resolveConflictSchema>,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const conflict = await trx
      .selectFrom('sync_conflicts')
      .selectAll()
      .where('id', '=', choice.id)
      .executeTakeFirst();
    if (!conflict) {
      throw new WorkabilityError('not-found', 'That conflict has been resolved already.');
    }
    const synced = tableOf(conflict.entity);
    const entry = synced
      ? Object.entries(synced.columns).find(([, codec]) => codec.field === conflict.field)
      : undefined;
    if (synced && conflict.field === removal.field && choice.value === removal.removed) {
      await trx
        .updateTable(synced.table as 'goals')
        .set({ deleted: 1, updated_at: new Date().toISOString() })
        .where('id', '=', conflict.record_id)
        .execute();
    } else if (synced && entry) {
      const [column, codec] = entry;
      const values = [JSON.parse(conflict.server_value), JSON.parse(conflict.client_value)];
      await trx
        .updateTable(synced.table as 'goals')
        .set({
          [column]: codec.fromWire(asFieldValue(choice.value, values)),
          updated_at: new Date().toISOString(),
        })
        .where('id', '=', conflict.record_id)
        .execute();
    }
    await trx.deleteFrom('sync_conflicts').where('id', '=', conflict.id).execute();
    await enqueue(trx, {
      table: conflictsTable,
      id: conflict.id,
      op: 'delete',
      changed: [],
      baseRev: 0,
    });
    await recordAudit(trx, {
      action: 'sync.conflict-resolved',
      detail: `${conflict.entity} ${conflict.field}`,
    });
  });
}
