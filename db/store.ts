import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3-multiple-ciphers';
import { Kysely, SqliteAdapter, SqliteDialect, type DialectAdapter } from 'kysely';
import { Migrator } from 'kysely/migration';
import { starterLibrary } from '../core/starter-library';
import { refreshStarterLibrary } from './library';
import { migrationProvider } from './migrations';
import type { Database } from './schema';

export const storeFileName = 'workability.db';
const backupsKept = 5;

/** SQLite can roll back schema changes, so every migration run is one transaction. */
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class StoreDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalSqliteAdapter();
  }
}

export interface Store {
  db: Kysely<Database>;
  sqlite: SQLite.Database;
  file: string;
  /** The backup taken before this opening's migrations, if any ran. */
  backupFile: string | null;
  close(): Promise<void>;
}

export interface OpenOptions {
  /**
   * The 256-bit key from the practitioner's passphrase (store-key.ts). null opens
   * a plaintext file: only a foundation store about to be encrypted, and tests
   * of the storage layer beneath the cipher.
   */
  key: Buffer | null;
  /** Stop at this migration; used to build a store as an earlier version left it. */
  migrateTo?: string;
}

export class WrongKeyError extends Error {
  constructor() {
    super('The passphrase does not open this store.');
    this.name = 'WrongKeyError';
  }
}

/** SQLCipher 4's format, through SQLite3 Multiple Ciphers; the key is raw, so no second KDF. */
export function applyKey(
  sqlite: SQLite.Database,
  key: Buffer,
  pragma: 'key' | 'rekey' = 'key',
): void {
  sqlite.pragma("cipher = 'sqlcipher'");
  sqlite.pragma('legacy = 4');
  sqlite.pragma(`${pragma} = "x'${key.toString('hex')}'"`);
}

export async function openStore(dataDir: string, options: OpenOptions): Promise<Store> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, storeFileName);
  const sqlite = new SQLite(file);
  try {
    if (options.key) applyKey(sqlite, options.key);
    try {
      sqlite.prepare('select count(*) from sqlite_master').get();
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_NOTADB') throw new WrongKeyError();
      throw error;
    }
    // Deleted rows are overwritten, not just unlinked: a purged customer leaves no trace.
    sqlite.pragma('secure_delete = ON');
    sqlite.pragma('journal_mode = WAL');
    // FULL: a typed note survives a power cut on a laptop, at a small write cost.
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const db = new Kysely<Database>({ dialect: new StoreDialect({ database: sqlite }) });
    const backupFile = await migrate(db, sqlite, dataDir, options);
    // The central items travel with the app; sync will bring newer ones.
    if (!options.migrateTo) await refreshStarterLibrary(db, starterLibrary);
    return { db, sqlite, file, backupFile, close: () => db.destroy() };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

async function migrate(
  db: Kysely<Database>,
  sqlite: SQLite.Database,
  dataDir: string,
  options: OpenOptions,
): Promise<string | null> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const pending = (await migrator.getMigrations()).filter((migration) => !migration.executedAt);
  if (pending.length === 0) return null;

  const hasData =
    sqlite.prepare("select count(*) as n from sqlite_master where type = 'table'").pluck().get() !==
    0;
  const backupFile = hasData ? await backUp(sqlite, dataDir) : null;

  const { error, results } = options.migrateTo
    ? await migrator.migrateTo(options.migrateTo)
    : await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    const kept = backupFile ? ` The store is unchanged and a backup is at ${backupFile}.` : '';
    throw new Error(`Updating the local store failed at ${failed ?? 'a migration'}.${kept}`, {
      cause: error,
    });
  }
  return backupFile;
}

/**
 * A copy of the file as it is on disk, before a migration touches it: the WAL is
 * folded in first, and copying bytes keeps the copy encrypted with the same key
 * (SQLite's online backup would write a plaintext copy).
 */
async function backUp(sqlite: SQLite.Database, dataDir: string): Promise<string> {
  const folder = backupsDir(dataDir);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const backupFile = join(folder, `workability-before-migration-${stamp}.db`);
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  copyFileSync(sqlite.name, backupFile);
  pruneBackups(folder);
  return backupFile;
}

export function backupsDir(dataDir: string): string {
  return join(dataDir, 'backups');
}

function pruneBackups(folder: string): void {
  const backups = readdirSync(folder)
    .filter((name) => name.startsWith('workability-before-migration-'))
    .sort();
  for (const old of backups.slice(0, -backupsKept)) rmSync(join(folder, old));
}
