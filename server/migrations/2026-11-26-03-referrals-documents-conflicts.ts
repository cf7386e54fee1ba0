import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Issued plan documents; conflicts, offices and practitioners become records,
 * so that pull brings them like everything else.
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
    await logRecord(db, 'office', office.id, null, office.created_at, {
      name: office.name,
      nation: office.nation,
    });
  }
  const users = await sql<{
    id: string;
    name: string;
    role: string;
    office_id: string | null;
    created_at: string;
  }>`select id, name, role, office_id, created_at from users order by id`.execute(db);
  for (const user of users.rows) {
    await logRecord(db, 'practitioner', user.id, user.office_id, user.created_at, {
      name: user.name,
      role: user.role,
      officeId: user.office_id,
    });
  }
}

/** Reference data as a record at rev 1, at the end of the change log. */
async function logRecord(
  db: Kysely<unknown>,
  entity: string,
  id: string,
  officeId: string | null,
  at: string,
  fields: object,
) {
  await sql`insert into records (entity, id, rev, deleted, updated_at, updated_by, case_id, owner_id, office_id, fields, field_revs)
    values (${entity}, ${id}, 1, 0, ${at}, null, null, null, ${officeId}, ${JSON.stringify(fields)}, '{}')`.execute(
    db,
  );
  await sql`update change_counter set value = value + 1 where id = 1`.execute(db);
  await sql`insert into changes (seq, entity, id)
    select value, ${entity}, ${id} from change_counter where id = 1`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('documents').execute();
}
