import { z } from 'zod';

/** The MI figures of DOMAIN.md's "Outcomes", on SYNC.md's wire: counts, percentages left to the reader. */
export const miSchema = z.object({
  officeId: z.string(),
  from: z.string(),
  to: z.string(),
  referrals: z.number().int(),
  outcomes: z.object({
    completed: z.number().int(),
    inProgress: z.number().int(),
    unsuitable: z.number().int(),
    returned: z.number().int(),
    claimClosed: z.number().int(),
  }),
  attendance: z.object({
    attended: z.number().int(),
    unableToAttend: z.number().int(),
    failedToAttend: z.number().int(),
  }),
  appointmentsPerCompletedCase: z.object({
    '1': z.number().int(),
    '2': z.number().int(),
    '3': z.number().int(),
    '4': z.number().int(),
  }),
  workAbilityChange: z.object({
    improved: z.number().int(),
    same: z.number().int(),
    deteriorated: z.number().int(),
  }),
  /** Beyond SYNC.md: the channel every appointment of those cases was booked for. */
  channels: z.object({
    telephone: z.number().int(),
    video: z.number().int(),
    faceToFace: z.number().int(),
    neutralVenue: z.number().int(),
  }),
  /**
   * Beyond SYNC.md: completed cases whose six-week follow-up fell due by the
   * period's last day, by what the follow-up found (the four add up to due).
   */
  followUps: z.object({
    due: z.number().int(),
    allStepsTaken: z.number().int(),
    someStepsTaken: z.number().int(),
    noStepsTaken: z.number().int(),
    notYetRecorded: z.number().int(),
  }),
});
export type Mi = z.infer<typeof miSchema>;

/** The Reports screen's figures: whose they are, and Table 3.1's row for each office in them. */
export const miReportSchema = z.object({
  scope: z.enum(['caseload', 'office']),
  figures: miSchema,
  offices: z.array(
    z.object({
      officeId: z.string(),
      name: z.string(),
      referrals: z.number().int(),
      completed: z.number().int(),
    }),
  ),
});
export type MiReport = z.infer<typeof miReportSchema>;

export interface MiCase {
  id: string;
  officeId: string;
  referralDate: string;
  status: 'referred' | 'active' | 'completed' | 'unsuitable' | 'returned' | 'claim_closed';
  /** Set when the case is completed. */
  followUpDue: string | null;
}
export interface MiAppointment {
  caseId: string;
  startsAt: string;
  channel: 'telephone' | 'video' | 'face_to_face' | 'neutral_venue';
  attendance: 'scheduled' | 'attended' | 'unable_to_attend' | 'failed_to_attend' | 'cancelled';
  workAbilityScore: number | null;
}
export interface MiFollowUp {
  caseId: string;
  stepsTaken: 'all' | 'some' | 'none';
}
/** What the figures are counted from: one office's records, or one EHP's. */
export interface MiRecords {
  cases: readonly MiCase[];
  appointments: readonly MiAppointment[];
  followUps: readonly MiFollowUp[];
}

/**
 * A case counts when its referral date is in from..to (inclusive); attendance
 * counts those cases' appointments no longer scheduled; work ability change
 * compares the first and last scored appointment of completed cases scored
 * at two or more; a follow-up is due when its date is on or before the
 * period's last day.
 */
export function miFigures(
  period: { officeId: string; from: string; to: string },
  { cases, appointments, followUps }: MiRecords,
): Mi {
  const inPeriod = cases.filter(
    (c) => c.referralDate >= period.from && c.referralDate <= period.to,
  );
  // Grouped by case once: a large office has thousands of each.
  const byCase = new Map<string, MiAppointment[]>(inPeriod.map((c) => [c.id, []]));
  for (const appointment of appointments) byCase.get(appointment.caseId)?.push(appointment);
  const theirs = [...byCase.values()].flat();
  const count = <T>(list: readonly T[], test: (item: T) => boolean) => list.filter(test).length;
  const completed = inPeriod.filter((c) => c.status === 'completed');
  const perCase = { '1': 0, '2': 0, '3': 0, '4': 0 };
  const change = { improved: 0, same: 0, deteriorated: 0 };
  for (const c of completed) {
    const own = byCase.get(c.id)!;
    const attended = count(own, (a) => a.attendance === 'attended');
    if (attended > 0) perCase[String(Math.min(attended, 4)) as keyof typeof perCase]++;
    const scored = own
      .filter((a) => a.workAbilityScore !== null)
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    if (scored.length < 2) continue;
    const difference = scored.at(-1)!.workAbilityScore! - scored[0]!.workAbilityScore!;
    change[difference > 0 ? 'improved' : difference < 0 ? 'deteriorated' : 'same']++;
  }
  const found = new Map(followUps.map((f) => [f.caseId, f.stepsTaken]));
  const followUpCounts = {
    due: 0,
    allStepsTaken: 0,
    someStepsTaken: 0,
    noStepsTaken: 0,
    notYetRecorded: 0,
  };
  const foundKey = { all: 'allStepsTaken', some: 'someStepsTaken', none: 'noStepsTaken' } as const;
  for (const c of completed) {
    if (c.followUpDue === null || c.followUpDue > period.to) continue;
    followUpCounts.due++;
    const stepsTaken = found.get(c.id);
    followUpCounts[stepsTaken ? foundKey[stepsTaken] : 'notYetRecorded']++;
  }
  return {
    ...period,
    referrals: inPeriod.length,
    outcomes: {
      completed: completed.length,
      inProgress: count(inPeriod, (c) => c.status === 'referred' || c.status === 'active'),
      unsuitable: count(inPeriod, (c) => c.status === 'unsuitable'),
      returned: count(inPeriod, (c) => c.status === 'returned'),
      claimClosed: count(inPeriod, (c) => c.status === 'claim_closed'),
    },
    attendance: {
      attended: count(theirs, (a) => a.attendance === 'attended'),
      unableToAttend: count(theirs, (a) => a.attendance === 'unable_to_attend'),
      failedToAttend: count(theirs, (a) => a.attendance === 'failed_to_attend'),
    },
    appointmentsPerCompletedCase: perCase,
    workAbilityChange: change,
    channels: {
      telephone: count(theirs, (a) => a.channel === 'telephone'),
      video: count(theirs, (a) => a.channel === 'video'),
      faceToFace: count(theirs, (a) => a.channel === 'face_to_face'),
      neutralVenue: count(theirs, (a) => a.channel === 'neutral_venue'),
    },
    followUps: followUpCounts,
  };
}

/** The figures of each office the records' cases belong to, for a breakdown like Table 3.1's. */
export function miPerOffice(period: { from: string; to: string }, records: MiRecords): Mi[] {
  const offices = [...new Set(records.cases.map((c) => c.officeId))].sort();
  return offices.map((officeId) =>
    miFigures(
      { from: period.from, to: period.to, officeId },
      { ...records, cases: records.cases.filter((c) => c.officeId === officeId) },
    ),
  );
}

/**
 * Each count as a whole percentage of their total, rounded half up as the
 * evaluation report rounds them; whether the rounded figures sum to 100, so
 * a table can carry the report's note when they do not.
 */
export function shares<K extends string>(
  counts: Record<K, number>,
): { total: number; percent: Record<K, number>; sumsTo100: boolean } {
  const entries = Object.entries(counts) as [K, number][];
  const total = entries.reduce((sum, [, value]) => sum + value, 0);
  const percent = Object.fromEntries(
    entries.map(([key, value]) => [key, total === 0 ? 0 : Math.round((100 * value) / total)]),
  ) as Record<K, number>;
  const sum = Object.values<number>(percent).reduce((a, b) => a + b, 0);
  return { total, percent, sumsTo100: total === 0 || sum === 100 };
}

/** The report's own words for totals that do not reach 100. */
export const roundingNote = 'Percentages have been rounded and therefore may not sum to 100.';

/** A period of referral dates, first and last day included. */
export const miPeriodSchema = z
  .object({
    from: z.iso.date({ error: 'Enter the first day of the period' }),
    to: z.iso.date({ error: 'Enter the last day of the period' }),
  })
  .refine((period) => period.from <= period.to, {
    error: 'The period ends before it starts',
    path: ['to'],
  });
