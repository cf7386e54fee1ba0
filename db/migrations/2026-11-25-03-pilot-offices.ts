import { sql, type Kysely } from 'kysely';
import pilotOffices from './pilot-offices.json' with { type: 'json' };

/**
 * The 13 Jobcentre Plus offices that tested the EHD (evaluation report, table 3.1),
 * with fixed ids so every device and the central API agree on them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const updatedAt = '2026-11-25T00:00:00.000Z';
  const rows = pilotOffices.map(
    (office) => sql`(${office.id}, ${office.name}, ${office.nation}, ${updatedAt})`,
  );
  await sql`insert into offices (id, name, nation, updated_at) values ${sql.join(rows)}
    on conflict (id) do nothing`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const ids = pilotOffices.map((office) => office.id);
  await sql`delete from offices where id in (${sql.join(ids)})`.execute(db);
}
