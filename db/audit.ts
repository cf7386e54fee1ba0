import { subMinutes } from 'date-fns';
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { auditActions, type AuditAction, type AuditEvent } from '../core/audit';
import { currentPractitionerKey } from './practitioners';
import type { Database } from './schema';

export interface AuditEntry {
  action: AuditAction;
  entity?: 'case' | 'appointment' | 'office' | 'practitioner' | 'settings' | 'library-item';
  recordId?: string;
  /** Never a customer's name: the trail outlives a purged case. */
  detail?: string;
  at?: Date;
}

/** Appends an event for whoever uses this device; call it in the change's own transaction. */
export async function recordAudit(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
  const practitioner = await db
    .selectFrom('device_settings')
    .select('value')
    .where('key', '=', currentPractitionerKey)
    .executeTakeFirst();
  await db
    .insertInto('audit_events')
    .values({
      id: uuidv7(),
      at: (entry.at ?? new Date()).toISOString(),
      practitioner_id: practitioner?.value ?? null,
      action: entry.action,
      entity: entry.entity ?? null,
      record_id: entry.recordId ?? null,
      detail: entry.detail ?? '',
    })
    .execute();
}

export async function listAudit(
  db: Kysely<Database>,
  { page, pageSize }: { page: number; pageSize: number },
): Promise<{ events: AuditEvent[]; total: number }> {
  const { total } = await db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('audit_events')
    .leftJoin('practitioners', 'practitioners.id', 'audit_events.practitioner_id')
    .select([
      'audit_events.id',
      'audit_events.at',
      'audit_events.action',
      'audit_events.entity',
      'audit_events.record_id',
      'audit_events.detail',
      'practitioners.name as practitioner_name',
    ])
    .orderBy('audit_events.at', 'desc')
    .orderBy('audit_events.id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return {
    total,
    events: rows.map((row) => ({
      id: row.id,
      at: row.at,
      practitionerName: row.practitioner_name,
      action: row.action,
      description: auditActions[row.action as AuditAction] ?? row.action,
      entity: row.entity,
      recordId: row.record_id,
      detail: row.detail,
    })),
  };
}

/** Autosave writes every half second of typing: the trail notes an edit of a record once in this time. */
const editAuditMinutes = 5;

/** Records an edit unless the same edit of the same record was recorded in the last few minutes. */
export async function recordEditAudit(
  db: Kysely<Database>,
  entry: AuditEntry & { recordId: string; at: Date },
): Promise<void> {
  const recent = await db
    .selectFrom('audit_events')
    .select('id')
    .where('action', '=', entry.action)
    .where('record_id', '=', entry.recordId)
    .where('at', '>', subMinutes(entry.at, editAuditMinutes).toISOString())
    .executeTakeFirst();
  if (!recent) await recordAudit(db, entry);
}
