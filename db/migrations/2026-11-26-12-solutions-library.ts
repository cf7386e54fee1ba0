import { sql, type Kysely } from 'kysely';
import { syncedColumns } from './synced-columns';

/**
 * The solutions library with its full-text index, and steps that remember the
 * item they came from. The index is an FTS5 table over the items (external
 * content), kept in step by triggers.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table library_items (
    id text primary key,
    title text not null,
    summary text not null,
    type text not null check (type in ('service', 'online', 'practical')),
    headings text not null,
    tags text not null default '[]',
    area text not null check (area in ('UK', 'England', 'Wales') or area like 'office:%'),
    url text,
    phone text,
    self_referral integer not null check (self_referral in (0, 1)),
    cost text not null default '',
    how_to_get text not null default '',
    source text not null check (source in ('central', 'local')),
    source_url text,
    last_checked text,
    verified integer not null check (verified in (0, 1)),
    added_by text references practitioners (id),
    ${syncedColumns}
  ) strict`.execute(db);
  await sql`create index library_items_by_area on library_items (area)`.execute(db);
  await sql`create virtual table library_search using fts5(
    title, summary, tags, how_to_get,
    content = 'library_items', content_rowid = 'rowid',
    tokenize = 'porter unicode61', prefix = '2 3'
  )`.execute(db);
  // Tags are indexed as words: "digital-skills" is found by "digital".
  const indexed = (row: string) =>
    sql.raw(
      `${row}.rowid, ${row}.title, ${row}.summary, replace(${row}.tags, '-', ' '), ${row}.how_to_get`,
    );
  await sql`create trigger library_items_indexed after insert on library_items begin
    insert into library_search (rowid, title, summary, tags, how_to_get) values (${indexed('new')});
  end`.execute(db);
  await sql`create trigger library_items_unindexed after delete on library_items begin
    insert into library_search (library_search, rowid, title, summary, tags, how_to_get)
      values ('delete', ${indexed('old')});
  end`.execute(db);
  await sql`create trigger library_items_reindexed after update on library_items begin
    insert into library_search (library_search, rowid, title, summary, tags, how_to_get)
      values ('delete', ${indexed('old')});
    insert into library_search (rowid, title, summary, tags, how_to_get) values (${indexed('new')});
  end`.execute(db);
  await sql`alter table steps add column library_item_id text references library_items (id)`.execute(
    db,
  );
  await sql`alter table steps add column contact text not null default ''`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table steps drop column contact`.execute(db);
  await sql`alter table steps drop column library_item_id`.execute(db);
  await sql`drop table library_search`.execute(db);
  await sql`drop table library_items`.execute(db);
}
