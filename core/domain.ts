import { z } from 'zod';

/** The words of DOMAIN.md, each with the label a person reads. */
export function labelled<const T extends readonly [string, ...string[]]>(
  values: T,
  labels: Record<T[number], string>,
) {
  return { schema: z.enum(values), values, labels };
}

export const nations = labelled(['England', 'Wales'], { England: 'England', Wales: 'Wales' });
export type Nation = z.infer<typeof nations.schema>;

export const roles = labelled(['ehp', 'manager'], {
  ehp: 'Employment and Health Practitioner (EHP)',
  manager: 'EHP manager',
});
export type Role = z.infer<typeof roles.schema>;

export const caseStatuses = labelled(
  ['referred', 'active', 'completed', 'unsuitable', 'returned-to-jcp', 'claim-closed'],
  {
    referred: 'Referred',
    active: 'Active',
    completed: 'Completed',
    unsuitable: 'Unsuitable',
    'returned-to-jcp': 'Returned to JCP',
    'claim-closed': 'Claim closed',
  },
);
export type CaseStatus = z.infer<typeof caseStatuses.schema>;

/** Statuses that end a case: retention counts from the day a case reaches one. */
export const closedStatuses: readonly CaseStatus[] = [
  'completed',
  'unsuitable',
  'returned-to-jcp',
  'claim-closed',
];

export const referrerRoles = labelled(['work-coach', 'dea'], {
  'work-coach': 'Work Coach',
  dea: 'Disability Employment Adviser (DEA)',
});
export type ReferrerRole = z.infer<typeof referrerRoles.schema>;

export const wcaStatuses = labelled(['not-assessed', 'lcw', 'lcwra'], {
  'not-assessed': 'Not yet assessed',
  lcw: 'Limited capability for work (LCW)',
  lcwra: 'Limited capability for work and work-related activity (LCWRA)',
});
export type WcaStatus = z.infer<typeof wcaStatuses.schema>;

export const channels = labelled(['telephone', 'video', 'face-to-face', 'neutral-venue'], {
  telephone: 'Telephone',
  video: 'Video',
  'face-to-face': 'Face to face at the JCP',
  'neutral-venue': 'Neutral venue',
});
export type Channel = z.infer<typeof channels.schema>;

/**
 * "rescheduled" is "unable to attend — rescheduled": the appointment stays on
 * record (rescheduling matters for workload) and a new one is booked in its place.
 */
export const attendances = labelled(
  ['booked', 'attended', 'rescheduled', 'failed-to-attend', 'cancelled'],
  {
    booked: 'Booked',
    attended: 'Attended',
    rescheduled: 'Unable to attend — rescheduled',
    'failed-to-attend': 'Failed to attend',
    cancelled: 'Cancelled',
  },
);
export type Attendance = z.infer<typeof attendances.schema>;

/** Discussions usually take up to 3 appointments; a few need a fourth, with a reason. */
export const usualAppointmentLimit = 3;
export const defaultAppointmentMinutes = 60;
