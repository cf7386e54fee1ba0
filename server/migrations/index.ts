import type { Migration, MigrationProvider } from 'kysely/migration';
import * as officesUsersAudit from './2026-11-26-01-offices-users-audit';
import * as recordsAndChanges from './2026-11-26-02-records-and-changes';
import * as referralsDocumentsConflicts from './2026-11-26-03-referrals-documents-conflicts';

const migrations: Record<string, Migration> = {
  '2026-11-26-01-offices-users-audit': officesUsersAudit,
  '2026-11-26-02-records-and-changes': recordsAndChanges,
  '2026-11-26-03-referrals-documents-conflicts': referralsDocumentsConflicts,
};

export const serverMigrations: MigrationProvider = { getMigrations: async () => migrations };
