import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table audit_events (
    id text primary key,
    at text not null,
    practitioner_id text,
    action text not null,
    entity text,
    record_id text,
    detail text not null default ''
  ) strict`.execute(db);
  await sql`create index audit_events_by_time on audit_events (at)`.execute(db);
  // Append-only: the trail is evidence, so nothing in the app may change or remove it.
  await sql`create trigger audit_events_no_update before update on audit_events
    begin select raise(abort, 'The audit trail cannot be changed'); end`.execute(db);
  await sql`create trigger audit_events_no_delete before delete on audit_events
    begin select raise(abort, 'The audit trail cannot be changed'); end`.execute(db);

  // When a case was closed, so retention knows when to purge it from this device.
  await sql`alter table cases add column closed_at text`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table cases drop column closed_at`.execute(db);
  await sql`drop table audit_events`.execute(db);
}
