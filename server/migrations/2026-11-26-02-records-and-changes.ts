import { sql, type Kysely } from 'kysely';

/**
 * Synced records, one row each, with who may see them; the change log the
 * pull cursor walks; the counter that numbers changes in commit order; the
 * mutations already applied (idempotency); and conflicts awaiting a choice.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('records')
    .addColumn('entity', 'text', (column) => column.notNull())
    .addColumn('id', 'text', (column) => column.notNull())
    .addColumn('rev', 'integer', (column) => column.notNull())
    .addColumn('deleted', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('case_id', 'text')
    .addColumn('owner_id', 'text')
    .addColumn('office_id', 'text')
    .addColumn('fields', 'text', (column) => column.notNull())
    .addColumn('field_revs', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('records_pk', ['entity', 'id'])
    .execute();
  await db.schema.createIndex('records_by_case').on('records').column('case_id').execute();
  await db.schema
    .createTable('changes')
    .addColumn('seq', 'bigint', (column) => column.primaryKey())
    .addColumn('entity', 'text', (column) => column.notNull())
    .addColumn('id', 'text', (column) => column.notNull())
    .addUniqueConstraint('changes_one_per_record', ['entity', 'id'])
    .execute();
  await db.schema
    .createTable('change_counter')
    .addColumn('id', 'integer', (column) => column.primaryKey())
    .addColumn('value', 'bigint', (column) => column.notNull())
    .execute();
  await sql`insert into change_counter (id, value) values (1, 0)`.execute(db);
  await db.schema
    .createTable('mutations')
    .addColumn('mutation_id', 'text', (column) => column.primaryKey())
    .addColumn('user_id', 'text', (column) => column.notNull())
    .addColumn('result', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createTable('conflicts')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('entity', 'text', (column) => column.notNull())
    .addColumn('record_id', 'text', (column) => column.notNull())
    .addColumn('field', 'text', (column) => column.notNull())
    .addColumn('server_value', 'text', (column) => column.notNull())
    .addColumn('client_value', 'text', (column) => column.notNull())
    .addColumn('user_id', 'text', (column) => column.notNull())
    .addColumn('case_id', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('resolved_at', 'text')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['conflicts', 'mutations', 'change_counter', 'changes', 'records']) {
    await db.schema.dropTable(table).execute();
  }
}
