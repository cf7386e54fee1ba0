import { sql, type Kysely } from 'kysely';

/**
 * Triggers that write a table's outbox row in the same transaction as each
 * edit (SYNC.md, client rules): an insert, or an update naming the columns it
 * changed. Edits to one record not yet being pushed share one row, their
 * columns merged. Nothing is written while a pull is applying the server's
 * changes (sync_control.applying). Columns are read from the table, so a later
 * migration that adds one calls this again.
 */
export async function createOutboxTriggers(
  db: Kysely<unknown>,
  table: string,
  only = 'true',
): Promise<void> {
  const { rows } = await sql<{
    name: string;
  }>`select name from pragma_table_info(${table})`.execute(db);
  const columns = rows
    .map((row) => row.name)
    .filter((name) => !['id', 'rev', 'updated_at'].includes(name));
  const quoted = (name: string) => `'${name}'`;
  const changedList = columns
    .map((name) => `case when old.${name} is not new.${name} then ${quoted(name)} end`)
    .join(', ');
  const anyChanged = columns.map((name) => `old.${name} is not new.${name}`).join(' or ');
  const unsent = `outbox.entity_table = '${table}' and outbox.record_id = new.id and outbox.mutation_id is null`;
  const write = (changed: string) => `
    insert into outbox (entity_table, record_id, op, changed, base_rev, created_at)
      select '${table}', new.id, 'upsert', '[]', new.rev, strftime('%Y-%m-%dT%H:%M:%fZ')
      where not exists (select 1 from outbox where ${unsent});
    update outbox set
      changed = (select json_group_array(value) from (
        select value from json_each(outbox.changed)
        union select value from json_each(json_array(${changed})) where value is not null)),
      op = case when new.deleted = 1 then 'delete' else 'upsert' end
      where ${unsent};`;
  const applying = '(select applying from sync_control) = 0';
  await sql.raw(`drop trigger if exists ${table}_outbox_insert`).execute(db);
  await sql.raw(`drop trigger if exists ${table}_outbox_update`).execute(db);
  await sql
    .raw(
      `create trigger ${table}_outbox_insert after insert on ${table}
       when ${applying} and (${only.replaceAll('row.', 'new.')})
       begin ${write(columns.map(quoted).join(', '))} end`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger ${table}_outbox_update after update on ${table}
       when ${applying} and (${only.replaceAll('row.', 'new.')}) and (${anyChanged})
       begin ${write(changedList)} end`,
    )
    .execute(db);
}
