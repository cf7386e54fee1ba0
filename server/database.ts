import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3-multiple-ciphers';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import { serverMigrations } from './migrations';
import type { ServerDatabase } from './schema';

export interface DatabaseSettings {
  /** A postgres:// URL selects PostgreSQL; otherwise an SQLite file in dataDir. */
  databaseUrl?: string | undefined;
  dataDir: string;
}

/** The server's database, migrated to the latest at start. */
export async function openServerDatabase(
  settings: DatabaseSettings,
): Promise<Kysely<ServerDatabase>> {
  const db = new Kysely<ServerDatabase>({
    dialect: settings.databaseUrl?.startsWith('postgres')
      ? new PostgresDialect({
          pool: new pg.Pool({ connectionString: settings.databaseUrl, max: 10 }),
        })
      : new SqliteDialect({ database: sqliteFile(settings.dataDir) }),
  });
  const { error, results } = await new Migrator({
    db,
    provider: serverMigrations,
  }).migrateToLatest();
  if (error) {
    await db.destroy();
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    throw new Error(`Migrating the server's database failed at ${failed ?? 'a migration'}.`, {
      cause: error,
    });
  }
  return db;
}

function sqliteFile(dataDir: string) {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const sqlite = new SQLite(join(dataDir, 'workability-server.db'));
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return sqlite;
}

const secretKey = 'token-secret';

/**
 * The key tokens are signed with, kept in the database so that every server
 * process on it signs and checks alike; made once, by whichever starts first.
 */
export async function tokenSecret(db: Kysely<ServerDatabase>): Promise<string> {
  await db
    .insertInto('server_settings')
    .values({ key: secretKey, value: randomBytes(32).toString('hex') })
    .onConflict((conflict) => conflict.column('key').doNothing())
    .execute();
  const { value } = await db
    .selectFrom('server_settings')
    .select('value')
    .where('key', '=', secretKey)
    .executeTakeFirstOrThrow();
  return value;
}
