import type { Migration, MigrationProvider } from 'kysely/migration';
import * as officesUsersAudit from './2026-11-26-01-offices-users-audit';

const migrations: Record<string, Migration> = {
  '2026-11-26-01-offices-users-audit': officesUsersAudit,
};

export const serverMigrations: MigrationProvider = { getMigrations: async () => migrations };
