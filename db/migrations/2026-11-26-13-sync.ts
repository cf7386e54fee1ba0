import { sql, type Kysely } from 'kysely';
import { createOutboxTriggers } from './outbox-triggers';

export const syncedTables = [
  'cases',
  'appointments',
  'goals',
  'obstacles',
  'steps',
  'plan_ends',
  'headings_none_identified',
  'follow_ups',
] as const;

/**
 * Sync's bookkeeping (ARCHITECTURE.md): the outbox every edit writes to, the
 * switch that keeps the server's own changes out of it, conflicts waiting for
 * a choice, changes pulled before the record they belong under, and issued
 * plans whose document is still to upload.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table outbox (
    seq integer primary key autoincrement,
    entity_table text not null,
    record_id text not null,
    op text not null check (op in ('upsert', 'delete')),
    changed text not null,
    base_rev integer not null,
    mutation_id text unique,
    payload text,
    error text,
    created_at text not null
  ) strict`.execute(db);
  await sql`create index outbox_by_record on outbox (entity_table, record_id)`.execute(db);
  await sql`create table sync_control (
    id integer primary key check (id = 1),
    applying integer not null check (applying in (0, 1))
  ) strict`.execute(db);
  await sql`insert into sync_control (id, applying) values (1, 0)`.execute(db);
  await sql`create table sync_conflicts (
    id text primary key,
    entity text not null,
    record_id text not null,
    field text not null,
    server_value text not null,
    client_value text not null,
    created_at text not null
  ) strict`.execute(db);
  await sql`create table sync_parked (
    entity text not null,
    id text not null,
    change text not null,
    primary key (entity, id)
  ) strict`.execute(db);
  await sql`create table document_uploads (
    case_id text primary key references cases (id),
    version integer not null
  ) strict`.execute(db);
  for (const table of syncedTables) {
    await createOutboxTriggers(db, table);
    // What this device wrote before sync goes up at its first sign-in.
    await sql`insert into outbox (entity_table, record_id, op, changed, base_rev, created_at)
      select ${table}, id, 'upsert', '[]', 0, updated_at from ${sql.table(table)}
      where rev = 0 and deleted = 0 order by id`.execute(db);
  }
  // The starter library arrives with the app; only an office's own services go up.
  await createOutboxTriggers(db, 'library_items', "row.source = 'local'");
  await sql`create trigger plan_versions_upload after insert on plan_versions
    begin
      insert into document_uploads (case_id, version) values (new.case_id, new.version)
        on conflict (case_id) do update set version = excluded.version;
    end`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger plan_versions_upload`.execute(db);
  for (const table of [...syncedTables, 'library_items']) {
    await sql.raw(`drop trigger ${table}_outbox_insert`).execute(db);
    await sql.raw(`drop trigger ${table}_outbox_update`).execute(db);
  }
  for (const table of [
    'document_uploads',
    'sync_parked',
    'sync_conflicts',
    'sync_control',
    'outbox',
  ]) {
    await sql.raw(`drop table ${table}`).execute(db);
  }
}
