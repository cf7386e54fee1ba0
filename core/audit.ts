import { z } from 'zod';

/** What the audit trail records; each says in words what happened. */
export const auditActions = {
  'store.created': 'Set the passphrase and created the store',
  'store.unlocked': 'Unlocked Workability',
  'store.unlock-failed': 'Failed to unlock: wrong passphrase',
  'store.locked': 'Locked Workability',
  'store.passphrase-changed': 'Changed the passphrase',
  'practitioner.saved': 'Saved the practitioner details',
  'office.added': 'Added an office',
  'case.created': 'Created a case from a referral',
  'case.opened': 'Opened a case',
  // Kept so events recorded before cases were closed by outcome still read in words.
  'case.status-changed': 'Changed the status of a case',
  'case.closed': 'Closed a case with its outcome',
  'case.follow-up-recorded': 'Recorded the follow-up of a completed case',
  'case.exported': 'Exported the plan or the meeting notes of a case',
  'case.purged': 'Purged a closed case from this device',
  'case.departed': 'Removed a case given to another practitioner from this device',
  'appointment.scheduled': 'Scheduled an appointment',
  'appointment.attendance-recorded': 'Recorded attendance',
  'appointment.rescheduled': 'Rescheduled an appointment',
  'appointment.opened': 'Opened an appointment',
  'appointment.record-edited': 'Edited the record of an appointment',
  'settings.changed': 'Changed the settings',
  'plan.goal-saved': 'Saved a goal',
  'plan.obstacle-saved': 'Saved an obstacle',
  'plan.step-saved': 'Saved a step',
  'plan.step-reviewed': 'Reviewed a step',
  'plan.removed': 'Removed a goal, obstacle or step',
  'plan.heading-marked': 'Marked an obstacle heading',
  'plan.end-edited': 'Edited the end of the discussion',
  'plan.issued': 'Issued a version of the plan',
  'library.local-added': 'Added a local service to the solutions library',
  'library.verified': 'Verified a local service',
  'scope.kept': 'Kept text flagged as out of scope, with a reason',
  'scope.safeguarding-recorded': 'Recorded the action taken on a safeguarding concern',
  'sync.signed-in': 'Signed in to the central server',
  'sync.signed-out': 'Signed out of the central server',
  'sync.exchanged': 'Sent changes to the central server and brought its changes',
  'sync.document-uploaded': 'Sent an issued plan to the central server for the Work Coach',
  'sync.conflict-resolved': 'Chose between two versions of a field changed on two devices',
} as const;
export type AuditAction = keyof typeof auditActions;

export const auditEventSchema = z.object({
  id: z.string(),
  at: z.string(),
  practitionerName: z.string().nullable(),
  action: z.string(),
  description: z.string(),
  entity: z.string().nullable(),
  recordId: z.string().nullable(),
  detail: z.string(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
