import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Issued plan documents; conflicts and offices become records, so that pull
 * brings them like everything else; conflicts had no rows before this.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const binary = db.getExecutor().adapter instanceof PostgresAdapter ? 'bytea' : 'blob';
  await db.schema
    .createTable('documents')
    .addColumn('plan_id', 'text', (column) => column.primaryKey())
    .addColumn('case_id', 'text', (column) => column.notNull())
    .addColumn('content', sql.raw(binary), (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addColumn('updated_by', 'text', (column) => column.notNull())
    .execute();
  await db.schema.dropTable('conflicts').execute();
  const offices = await sql<{ id: string; name: string; nation: string; created_at: string }>`
    select id, name, nation, created_at from offices order by id`.execute(db);
  for (const office of offices.rows) {
    const fields = JSON.stringify({ name: office.name, nation: office.nation });
    await sql`insert into records (entity, id, rev, deleted, updated_at, updated_by, case_id, owner_id, office_id, fields, field_revs)
      values ('office', ${office.id}, 1, 0, ${office.created_at}, null, null, null, null, ${fields}, '{}')`.execute(
      db,
    );
    await sql`update change_counter set value = value + 1 where id = 1`.execute(db);
    await sql`insert into changes (seq, entity, id)
      select value, 'office', ${office.id} from change_counter where id = 1`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('documents').execute();
}
