import { sql, type Kysely } from 'kysely';
import { syncedColumns } from './synced-columns';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table goals (
    id text primary key,
    case_id text not null references cases (id),
    lens text not null check (lens in ('past', 'present', 'future')),
    kind text not null check (kind in ('work', 'lifestyle')),
    text text not null,
    ${syncedColumns}
  ) strict`.execute(db);
  await sql`create table obstacles (
    id text primary key,
    case_id text not null references cases (id),
    heading text not null check (heading in ('health', 'personal', 'social', 'work')),
    text text not null,
    limiting_belief text,
    belief_approach text,
    ${syncedColumns}
  ) strict`.execute(db);
  // A step cannot exist without the obstacle it answers.
  await sql`create table steps (
    id text primary key,
    case_id text not null references cases (id),
    obstacle_id text not null references obstacles (id),
    goal_id text references goals (id),
    text text not null,
    type text not null check (type in ('signpost', 'online-resource', 'practical-step')),
    who text not null,
    by_when text,
    interim integer not null default 0 check (interim in (0, 1)),
    review text check (review in ('done', 'partly', 'not-done')),
    review_note text not null default '',
    ${syncedColumns}
  ) strict`.execute(db);
  await sql`create table headings_none_identified (
    id text primary key,
    case_id text not null references cases (id),
    heading text not null check (heading in ('health', 'personal', 'social', 'work')),
    reason text not null,
    ${syncedColumns},
    unique (case_id, heading)
  ) strict`.execute(db);
  for (const table of ['goals', 'obstacles', 'steps', 'headings_none_identified']) {
    await sql`create index ${sql.raw(`${table}_by_case`)} on ${sql.raw(table)} (case_id)`.execute(
      db,
    );
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['headings_none_identified', 'steps', 'obstacles', 'goals']) {
    await sql`drop table ${sql.raw(table)}`.execute(db);
  }
}
