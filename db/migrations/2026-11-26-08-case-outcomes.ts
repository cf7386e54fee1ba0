import { sql, type Kysely } from 'kysely';
import { syncedColumns } from './synced-columns';

/** How a case closed, and for a completed case the follow-up six weeks on. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table cases add column unsuitable_reason text
    check (unsuitable_reason in ('too-unwell', 'far-from-labour-market', 'other'))`.execute(db);
  await sql`alter table cases add column outcome_note text not null default ''`.execute(db);
  await sql`alter table cases add column follow_up_due text`.execute(db);
  await sql`create index cases_by_follow_up on cases (follow_up_due) where follow_up_due is not null`.execute(
    db,
  );

  await sql`create table follow_ups (
    id text primary key,
    case_id text not null unique references cases (id),
    steps_taken text not null check (steps_taken in ('all', 'some', 'none')),
    work_ability_score integer not null check (work_ability_score between 0 and 10),
    note text not null default '',
    recorded_at text not null,
    ${syncedColumns}
  ) strict`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table follow_ups`.execute(db);
  await sql`drop index cases_by_follow_up`.execute(db);
  await sql`alter table cases drop column follow_up_due`.execute(db);
  await sql`alter table cases drop column outcome_note`.execute(db);
  await sql`alter table cases drop column unsuitable_reason`.execute(db);
}
