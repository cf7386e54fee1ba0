import { sql, type Kysely } from 'kysely';

/** Scope-of-practice findings the EHP kept with a reason, and safeguarding actions recorded. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table scope_decisions (
    id text primary key,
    case_id text not null references cases (id),
    field text not null,
    rule_id text not null,
    excerpt text not null,
    kind text not null check (kind in ('kept', 'safeguarding')),
    reason text not null,
    at text not null
  ) strict`.execute(db);
  await sql`create index scope_decisions_by_case on scope_decisions (case_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table scope_decisions`.execute(db);
}
