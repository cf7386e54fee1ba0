import type { Migration, MigrationProvider } from 'kysely/migration';
import * as officesAndPractitioners from './2026-11-25-01-offices-and-practitioners';
import * as casesAndAppointments from './2026-11-25-02-cases-and-appointments';
import * as pilotOffices from './2026-11-25-03-pilot-offices';
import * as auditAndRetention from './2026-11-26-04-audit-and-retention';
import * as appointmentRecord from './2026-11-26-05-appointment-record';
import * as goalsObstaclesSteps from './2026-11-26-06-goals-obstacles-steps';
import * as endOfDiscussion from './2026-11-26-07-end-of-discussion';
import * as caseOutcomes from './2026-11-26-08-case-outcomes';
import * as drafts from './2026-11-26-09-drafts';
import * as scopeDecisions from './2026-11-26-10-scope-decisions';
import * as planVersions from './2026-11-26-11-plan-versions';
import * as solutionsLibrary from './2026-11-26-12-solutions-library';
import * as sync from './2026-11-26-13-sync';
import * as refusedUploads from './2026-11-26-14-refused-uploads';

/** Listed here rather than read from disk, so they survive bundling into the app. */
export const migrations: Record<string, Migration> = {
  '2026-11-25-01-offices-and-practitioners': officesAndPractitioners,
  '2026-11-25-02-cases-and-appointments': casesAndAppointments,
  '2026-11-25-03-pilot-offices': pilotOffices,
  '2026-11-26-04-audit-and-retention': auditAndRetention,
  '2026-11-26-05-appointment-record': appointmentRecord,
  '2026-11-26-06-goals-obstacles-steps': goalsObstaclesSteps,
  '2026-11-26-07-end-of-discussion': endOfDiscussion,
  '2026-11-26-08-case-outcomes': caseOutcomes,
  '2026-11-26-09-drafts': drafts,
  '2026-11-26-10-scope-decisions': scopeDecisions,
  '2026-11-26-11-plan-versions': planVersions,
  '2026-11-26-12-solutions-library': solutionsLibrary,
  '2026-11-26-13-sync': sync,
  '2026-11-26-14-refused-uploads': refusedUploads,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
