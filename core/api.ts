import { z } from 'zod';
import {
  caseDetailSchema,
  caseloadPageSchema,
  caseloadQuerySchema,
  newOfficeSchema,
  officeSchema,
  practitionerInputSchema,
  practitionerSchema,
  recordAttendanceSchema,
  referralSchema,
  rescheduleAppointmentSchema,
  scheduleAppointmentSchema,
} from './caseload';
import { auditEventSchema } from './audit';
import { isoDate } from './dates';
import { draftsSchema, saveDraftSchema } from './drafts';
import {
  addLocalServiceSchema,
  addSuggestedStepSchema,
  libraryItemSchema,
  libraryResultSchema,
  librarySearchSchema,
  suggestionSchema,
} from './library';
import { issuePlanSchema, planVersionsSchema } from './plan-versions';
import { decideSchema, scopeDecisionSchema } from './scope';
import { rulebookSchema } from './guardrails/rulebook';
import { documentModelSchema, exportedDocumentSchema } from './document';
import { planFindingSchema } from './plan-checks';
import { closeCaseSchema, recordFollowUpSchema } from './outcomes';
import { appointmentSessionSchema, saveAppointmentRecordSchema } from './discussion';
import {
  byIdSchema,
  discussionSchema,
  markHeadingSchema,
  reviewStepSchema,
  saveGoalSchema,
  saveObstacleSchema,
  savePlanEndSchema,
  saveStepSchema,
} from './plan';
import { newPassphraseSchema, sessionStatusSchema, unlockSchema } from './session';
import { settingsSchema } from './settings';
import { miPeriodSchema, miReportSchema } from './mi';
import {
  conflictSchema,
  resolveConflictSchema,
  signInSchema,
  syncStatusSchema,
} from './sync-client';

function call<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

const none = z.object({}).strict();
const byCaseId = z.object({ caseId: z.uuid({ error: 'Choose a case that exists' }) });

/**
 * Every call the renderer can make, declared once. Main's handlers, the preload
 * bridge, the web host's routes and the renderer's client all come from this.
 */
const byVersion = z.object({
  caseId: z.uuid({ error: 'Choose a case that exists' }),
  version: z.number().int().min(1, { error: 'Choose a version that has been issued' }),
});

export const api = {
  'session.status': call(none, sessionStatusSchema),
  'session.setPassphrase': call(newPassphraseSchema, sessionStatusSchema),
  'session.unlock': call(unlockSchema, sessionStatusSchema),
  'session.lock': call(none, sessionStatusSchema),
  'session.changePassphrase': call(
    z.object({ current: unlockSchema.shape.passphrase, next: newPassphraseSchema }),
    z.object({}),
  ),
  'settings.get': call(none, settingsSchema),
  'settings.save': call(settingsSchema, settingsSchema),
  'audit.list': call(
    z.object({ page: z.number().int().min(1).default(1) }),
    z.object({
      events: z.array(auditEventSchema),
      total: z.number().int(),
      pageSize: z.number().int(),
    }),
  ),
  'retention.preview': call(
    none,
    z.array(
      z.object({
        caseId: z.uuid(),
        customerName: z.string(),
        closedAt: z.string(),
        purgeOn: z.string(),
      }),
    ),
  ),
  'practitioner.get': call(none, practitionerSchema.nullable()),
  'practitioner.save': call(practitionerInputSchema, practitionerSchema),
  'offices.list': call(none, z.array(officeSchema)),
  'offices.add': call(newOfficeSchema, officeSchema),
  'cases.list': call(caseloadQuerySchema, caseloadPageSchema),
  'cases.get': call(byCaseId, caseDetailSchema),
  'cases.create': call(referralSchema, caseDetailSchema),
  'cases.close': call(closeCaseSchema, caseDetailSchema),
  'cases.recordFollowUp': call(recordFollowUpSchema, caseDetailSchema),
  'cases.followUpsDue': call(
    z.object({ today: isoDate("Send today's date as 2026-11-25") }),
    z.array(
      z.object({
        caseId: z.uuid(),
        customerName: z.string(),
        customerReference: z.string(),
        followUpDue: z.string(),
      }),
    ),
  ),
  'appointments.schedule': call(scheduleAppointmentSchema, caseDetailSchema),
  'appointments.recordAttendance': call(recordAttendanceSchema, caseDetailSchema),
  'appointments.reschedule': call(rescheduleAppointmentSchema, caseDetailSchema),
  'appointments.open': call(
    z.object({ appointmentId: z.uuid({ error: 'Choose an appointment that exists' }) }),
    appointmentSessionSchema,
  ),
  'plan.get': call(byCaseId, discussionSchema),
  'plan.saveGoal': call(saveGoalSchema, discussionSchema),
  'plan.saveObstacle': call(saveObstacleSchema, discussionSchema),
  'plan.saveStep': call(saveStepSchema, discussionSchema),
  'plan.addSuggestedStep': call(addSuggestedStepSchema, discussionSchema),
  'plan.reviewStep': call(reviewStepSchema, discussionSchema),
  'plan.removeGoal': call(byIdSchema, discussionSchema),
  'plan.removeObstacle': call(byIdSchema, discussionSchema),
  'plan.removeStep': call(byIdSchema, discussionSchema),
  'plan.markHeading': call(markHeadingSchema, discussionSchema),
  'plan.saveEnd': call(savePlanEndSchema, z.object({ savedAt: z.string() })),
  'plan.versions': call(byCaseId, planVersionsSchema),
  'plan.issue': call(issuePlanSchema, planVersionsSchema),
  'library.search': call(librarySearchSchema, z.array(libraryResultSchema)),
  'library.get': call(
    z.object({ id: z.uuid({ error: 'Choose an item of the library' }) }),
    libraryItemSchema,
  ),
  'library.suggest': call(
    z.object({ obstacleId: z.uuid({ error: 'Choose an obstacle that exists' }) }),
    z.array(suggestionSchema),
  ),
  'library.addLocal': call(addLocalServiceSchema, libraryItemSchema),
  'library.verify': call(
    z.object({ id: z.uuid({ error: 'Choose an item of the library' }) }),
    libraryItemSchema,
  ),
  'plan.preview': call(
    byCaseId,
    z.object({ document: documentModelSchema, findings: z.array(planFindingSchema) }),
  ),
  'plan.document': call(byVersion, documentModelSchema),
  'export.planDocx': call(byVersion, exportedDocumentSchema),
  'export.notesDocx': call(byCaseId, exportedDocumentSchema),
  'mi.caseload': call(miPeriodSchema, miReportSchema.nullable()),
  'mi.office': call(miPeriodSchema, miReportSchema),
  'sync.status': call(none, syncStatusSchema),
  'sync.signIn': call(signInSchema, syncStatusSchema),
  'sync.signOut': call(none, syncStatusSchema),
  'sync.now': call(none, syncStatusSchema),
  'sync.conflicts': call(none, z.array(conflictSchema)),
  'sync.resolveConflict': call(resolveConflictSchema, syncStatusSchema),
  'scope.rulebook': call(none, rulebookSchema),
  'scope.decisions': call(byCaseId, z.array(scopeDecisionSchema)),
  'scope.decide': call(decideSchema, z.array(scopeDecisionSchema)),
  'drafts.list': call(byCaseId, draftsSchema),
  'drafts.save': call(saveDraftSchema, z.object({ savedAt: z.string() })),
  'appointments.saveRecord': call(saveAppointmentRecordSchema, z.object({ savedAt: z.string() })),
} as const;

export type Api = typeof api;
export type CallName = keyof Api;
export type CallInput<K extends CallName> = z.input<Api[K]['input']>;
export type CallOutput<K extends CallName> = z.output<Api[K]['output']>;

export function isCallName(name: string): name is CallName {
  return Object.hasOwn(api, name);
}
