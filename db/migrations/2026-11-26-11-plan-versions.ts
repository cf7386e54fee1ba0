import { sql, type Kysely } from 'kysely';

/** Issued plans: each a numbered, frozen version with the hash of its content. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table plan_versions (
    id text primary key,
    case_id text not null references cases (id),
    version integer not null check (version >= 1),
    content text not null,
    content_hash text not null,
    issued_at text not null,
    issued_by text references practitioners (id),
    open_findings text not null default '[]',
    unique (case_id, version)
  ) strict`.execute(db);
  // A version, once issued, is what the customer was given: it never changes.
  await sql`create trigger plan_versions_frozen before update on plan_versions
    begin select raise(abort, 'An issued plan cannot be changed'); end`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table plan_versions`.execute(db);
}
