import type { z } from 'zod';
import type { Api, CallName, CallOutput } from '../core/api';
import { listAudit, recordAudit } from '../db/audit';
import { readSettings, writeSettings } from '../db/device-settings';
import { listConflicts, resolveConflict } from '../db/conflicts';
import { caseloadMi } from '../db/mi';
import { casesDueForPurge } from '../db/retention';
import { currentRulebook } from '../db/rulebook';
import { appointmentRecordService } from './services/appointment-record';
import { caseloadService } from './services/caseload';
import { exportService } from './services/export';
import { libraryService } from './services/library';
import { outcomesService } from './services/outcomes';
import { planService } from './services/plan';
import { planVersionsService } from './services/plan-versions';
import { scopeService } from './services/scope';
import type { Session } from './session';
import { SyncEngine } from './sync/engine';
import { officeMi } from './sync/office-mi';

/** One handler per call of core/api.ts; each gets input its schema has already parsed. */
export type Handlers = {
  [K in CallName]: (input: z.output<Api[K]['input']>) => Promise<CallOutput<K>>;
};

const auditPageSize = 50;

export function createHandlers(session: Session): Handlers {
  // Every case call reaches the store through the session, so a locked app refuses it.
  const caseload = () => caseloadService(session.db());
  const plan = () => planService(session.db());
  const outcomes = () => outcomesService(session.db());
  const sync = new SyncEngine(() => session.openDb());
  return {
    'session.status': async () => session.status(),
    'session.setPassphrase': async ({ passphrase }) => {
      await session.setPassphrase(passphrase);
      return session.status();
    },
    'session.unlock': async ({ passphrase }) => {
      await session.unlock(passphrase);
      sync.start();
      return session.status();
    },
    'session.lock': async () => {
      sync.stop();
      await session.lock();
      return session.status();
    },
    'session.changePassphrase': async ({ current, next }) => {
      await session.changePassphrase(current, next.passphrase);
      return {};
    },
    'settings.get': () => readSettings(session.db()),
    'settings.save': async (settings) => {
      const db = session.db();
      await db.transaction().execute(async (trx) => {
        await writeSettings(trx, settings);
        await recordAudit(trx, {
          action: 'settings.changed',
          entity: 'settings',
          detail: `Lock after ${settings.lockAfterMinutes} minutes; keep closed cases ${settings.retentionDays} days`,
        });
      });
      return readSettings(db);
    },
    'audit.list': async ({ page }) => ({
      ...(await listAudit(session.db(), { page, pageSize: auditPageSize })),
      pageSize: auditPageSize,
    }),
    'retention.preview': async () => {
      const db = session.db();
      return casesDueForPurge(db, (await readSettings(db)).retentionDays);
    },
    'mi.caseload': (period) => caseloadMi(session.db(), period),
    'mi.office': (period) => officeMi(session.db(), period),
    'sync.status': () => sync.status(),
    'sync.signIn': (input) => sync.signIn(input),
    'sync.signOut': () => sync.signOut(),
    'sync.now': () => sync.now(),
    'sync.conflicts': () => listConflicts(session.db()),
    'sync.resolveConflict': async (input) => {
      await resolveConflict(session.db(), input);
      sync.start();
      return sync.status();
    },
    'scope.rulebook': () => currentRulebook(session.db()),
    'practitioner.get': () => caseload().getPractitioner(),
    'practitioner.save': (input) => caseload().savePractitioner(input),
    'offices.list': () => caseload().listOffices(),
    'offices.add': (input) => caseload().addOffice(input),
    'cases.list': (input) => caseload().listCases(input),
    'cases.get': (input) => caseload().openCase(input.caseId),
    'cases.create': (input) => caseload().createCase(input),
    'cases.close': (input) => outcomes().close(input),
    'cases.recordFollowUp': (input) => outcomes().recordFollowUp(input),
    'cases.followUpsDue': (input) => outcomes().followUpsDue(input.today),
    'appointments.schedule': (input) => caseload().scheduleAppointment(input),
    'appointments.recordAttendance': (input) => caseload().recordAttendance(input),
    'appointments.reschedule': (input) => caseload().rescheduleAppointment(input),
    'appointments.open': (input) =>
      appointmentRecordService(session.db()).open(input.appointmentId),
    'appointments.saveRecord': (input) => appointmentRecordService(session.db()).save(input),
    'plan.get': (input) => plan().get(input.caseId),
    'plan.saveGoal': (input) => plan().saveGoal(input),
    'plan.saveObstacle': (input) => plan().saveObstacle(input),
    'plan.saveStep': (input) => plan().saveStep(input),
    'plan.addSuggestedStep': (input) => plan().addSuggestedStep(input),
    'plan.reviewStep': (input) => plan().reviewStep(input),
    'plan.removeGoal': (input) => plan().remove('goals', input.id),
    'plan.removeObstacle': (input) => plan().remove('obstacles', input.id),
    'plan.removeStep': (input) => plan().remove('steps', input.id),
    'plan.markHeading': (input) => plan().markHeading(input),
    'plan.saveEnd': (input) => plan().saveEnd(input),
    'plan.versions': (input) => planVersionsService(session.db()).versions(input.caseId),
    'plan.issue': (input) => planVersionsService(session.db()).issue(input),
    'library.search': (input) => libraryService(session.db()).search(input),
    'library.get': (input) => libraryService(session.db()).get(input.id),
    'library.suggest': (input) => libraryService(session.db()).suggest(input.obstacleId),
    'library.addLocal': (input) => libraryService(session.db()).addLocal(input),
    'library.verify': (input) => libraryService(session.db()).verify(input.id),
    'plan.preview': (input) => exportService(session.db()).preview(input.caseId),
    'plan.document': (input) => exportService(session.db()).issuedDocument(input),
    'export.planDocx': (input) => exportService(session.db()).planDocx(input),
    'export.notesDocx': (input) => exportService(session.db()).notesDocx(input.caseId),
    'scope.decisions': (input) => scopeService(session.db()).decisions(input.caseId),
    'scope.decide': (input) => scopeService(session.db()).decide(input),
    'drafts.list': (input) => plan().drafts(input.caseId),
    'drafts.save': (input) => plan().saveDraft(input),
  };
}
