import { sql, type Kysely } from 'kysely';

/** Forms typed into but not yet submitted, one row a form. Device-only: never synced. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table drafts (
    case_id text not null references cases (id),
    form text not null,
    fields text not null,
    updated_at text not null,
    primary key (case_id, form)
  ) strict`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table drafts`.execute(db);
}
