import { sql, type Kysely } from 'kysely';
import { syncedColumns } from './synced-columns';

/** The end of the discussion: one row a case, filled in as the last appointment closes. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table plan_ends (
    id text primary key,
    case_id text not null unique references cases (id),
    confidence integer check (confidence between 0 and 10),
    importance integer check (importance between 0 and 10),
    potential_work_ability integer check (potential_work_ability between 0 and 10),
    can_do text not null default '',
    ${syncedColumns}
  ) strict`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table plan_ends`.execute(db);
}
