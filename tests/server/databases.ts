import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { openServerDatabase } from '../../server/database';
import type { ServerDatabase } from '../../server/schema';
import { tempDir } from '../support/temp-dir';

export interface TestDatabase {
  db: Kysely<ServerDatabase>;
  /** DATABASE_URL and DATA_DIR for a server process on the same database. */
  env: { DATABASE_URL?: string; DATA_DIR: string };
  drop(): Promise<void>;
}

/** The PostgreSQL the tests use: npm test installs and starts it. */
function postgresUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    throw new Error(
      'The server tests need PostgreSQL: run them with `npm test`, which installs it (apt-get install -y postgresql) and starts it, or set TEST_DATABASE_URL to a role that may create databases.',
    );
  }
  return url;
}

/** A fresh, empty database of each kind the server runs on, migrated. */
export const serverDatabases: { name: string; open(): Promise<TestDatabase> }[] = [
  {
    name: 'SQLite',
    async open() {
      const dataDir = tempDir();
      const db = await openServerDatabase({ dataDir });
      return {
        db,
        env: { DATA_DIR: dataDir },
        async drop() {
          await db.destroy();
          rmSync(dataDir, { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: 'PostgreSQL',
    async open() {
      const admin = new pg.Client({ connectionString: postgresUrl() });
      await admin.connect();
      const name = `workability_test_${randomBytes(6).toString('hex')}`;
      await admin.query(`create database ${name}`);
      const url = new URL(postgresUrl());
      url.pathname = `/${name}`;
      const dataDir = tempDir();
      const db = await openServerDatabase({ databaseUrl: url.href, dataDir });
      return {
        db,
        env: { DATABASE_URL: url.href, DATA_DIR: dataDir },
        async drop() {
          await db.destroy();
          // Not WITH (FORCE): cutting connections that are still closing makes them throw.
          for (let attempt = 0; ; attempt++) {
            try {
              await admin.query(`drop database if exists ${name}`);
              break;
            } catch (error) {
              const inUse = (error as { code?: string }).code === '55006';
              if (!inUse || attempt === 50) throw error;
              await new Promise((resolve) => setTimeout(resolve, 100));
            }
          }
          await admin.end();
          rmSync(dataDir, { recursive: true, force: true });
        },
      };
    },
  },
];
