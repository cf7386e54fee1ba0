import { sql, type Kysely } from 'kysely';

/** What is recorded at each appointment of the discussion. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table appointments add column work_ability_score integer
    check (work_ability_score between 0 and 10)`.execute(db);
  await sql`alter table appointments add column expectations_covered text not null default '[]'`.execute(
    db,
  );
  await sql`alter table appointments add column notes text not null default ''`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const column of ['notes', 'expectations_covered', 'work_ability_score']) {
    await sql`alter table appointments drop column ${sql.raw(column)}`.execute(db);
  }
}
