import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { applyKey, openStore } from '../../../db/store';
import { tempDir, tempStore, testKey } from '../../support/temp-store';

const tables = (store: { sqlite: SQLite.Database }) =>
  store.sqlite
    .prepare(
      "select name from pragma_table_list where schema = 'main' and type in ('table', 'virtual') and name not like 'kysely%' and name not like 'sqlite%' order by name",
    )
    .pluck()
    .all();

describe('the local store', () => {
  it('creates every table from empty, with WAL and foreign keys on and no backup', async () => {
    const store = await tempStore();
    expect(tables(store)).toEqual([
      'appointments',
      'audit_events',
      'cases',
      'device_settings',
      'document_uploads',
      'drafts',
      'follow_ups',
      'goals',
      'headings_none_identified',
      'library_items',
      'library_search',
      'obstacles',
      'offices',
      'outbox',
      'plan_ends',
      'plan_versions',
      'practitioners',
      'scope_decisions',
      'steps',
      'sync_conflicts',
      'sync_control',
      'sync_parked',
    ]);
    expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.backupFile).toBeNull();
  });

  it('starts with the 13 JCP offices that tested the EHD', async () => {
    const store = await tempStore();
    const offices = await store.db.selectFrom('offices').select(['name', 'nation']).execute();
    expect(offices).toHaveLength(13);
    expect(offices).toContainEqual({ name: 'Aberdare JCP', nation: 'Wales' });
  });

  it('migrates a store left by the previous schema, keeping its data, after a backup', async () => {
    const dir = tempDir();
    const earlier = await openStore(dir, {
      key: testKey,
      migrateTo: '2026-11-25-01-offices-and-practitioners',
    });
    expect(tables(earlier)).toEqual(['device_settings', 'offices', 'practitioners']);
    earlier.sqlite
      .prepare(
        "insert into offices (id, name, nation, updated_at) values ('019ac000-0000-7000-8000-000000000001', 'Merthyr Tydfil JCP', 'Wales', '2026-11-01T09:00:00.000Z')",
      )
      .run();
    await earlier.close();

    const store = await tempStore(dir);
    expect(tables(store)).toContain('cases');
    const names = await store.db.selectFrom('offices').select('name').execute();
    expect(names.map((o) => o.name)).toContain('Merthyr Tydfil JCP');

    expect(store.backupFile).not.toBeNull();
    expect(existsSync(store.backupFile!)).toBe(true);
    const backup = new SQLite(store.backupFile!, { readonly: true });
    applyKey(backup, testKey);
    expect(backup.prepare('select name from offices').pluck().all()).toEqual([
      'Merthyr Tydfil JCP',
    ]);
    expect(
      backup.prepare("select count(*) from sqlite_master where name = 'cases'").pluck().get(),
    ).toBe(0);
    backup.close();
  });

  it('takes no backup when nothing needs migrating', async () => {
    const dir = tempDir();
    await (await openStore(dir, { key: testKey })).close();
    const store = await tempStore(dir);
    expect(store.backupFile).toBeNull();
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });

  it('leaves the store as it was when a migration fails, and says where the backup is', async () => {
    const dir = tempDir();
    const earlier = await openStore(dir, {
      key: testKey,
      migrateTo: '2026-11-25-01-offices-and-practitioners',
    });
    // A table in the way makes the next migration fail part-way through.
    earlier.sqlite.exec('create table appointments (id text)');
    await earlier.close();

    await expect(openStore(dir, { key: testKey })).rejects.toThrow(
      /Updating the local store failed .* backup is at/,
    );
    const after = new SQLite(join(dir, 'workability.db'), { readonly: true });
    applyKey(after, testKey);
    expect(
      after.prepare("select count(*) from sqlite_master where name = 'cases'").pluck().get(),
    ).toBe(0);
    after.close();
    expect(readdirSync(join(dir, 'backups'))).toHaveLength(1);
  });
});
