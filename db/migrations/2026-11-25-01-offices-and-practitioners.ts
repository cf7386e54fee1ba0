import { sql, type Kysely } from 'kysely';
import { syncedColumns } from './synced-columns';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table offices (
    id text primary key,
    name text not null,
    nation text not null check (nation in ('England', 'Wales')),
    ${syncedColumns}
  ) strict`.execute(db);
  await sql`create table practitioners (
    id text primary key,
    name text not null,
    role text not null check (role in ('ehp', 'manager')),
    office_id text not null references offices (id),
    ${syncedColumns}
  ) strict`.execute(db);
  await sql`create table device_settings (key text primary key, value text not null) strict`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('device_settings').execute();
  await db.schema.dropTable('practitioners').execute();
  await db.schema.dropTable('offices').execute();
}
