import { sql, type Kysely } from 'kysely';

/**
 * An issued plan the server refuses (too large, or the case gone to someone
 * else) keeps the server's reason, is shown, and is not sent again until a
 * newer version is issued; until now one refusal stopped every sync.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table document_uploads add column error text`.execute(db);
  await sql`drop trigger plan_versions_upload`.execute(db);
  await sql`create trigger plan_versions_upload after insert on plan_versions
    begin
      insert into document_uploads (case_id, version) values (new.case_id, new.version)
        on conflict (case_id) do update set version = excluded.version, error = null;
    end`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger plan_versions_upload`.execute(db);
  await sql`create trigger plan_versions_upload after insert on plan_versions
    begin
      insert into document_uploads (case_id, version) values (new.case_id, new.version)
        on conflict (case_id) do update set version = excluded.version;
    end`.execute(db);
  await sql`alter table document_uploads drop column error`.execute(db);
}
