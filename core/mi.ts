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
});
export type Mi = z.infer<typeof miSchema>;

export interface MiCase {
  id: string;
  referralDate: string;
  status: 'referred' | 'active' | 'completed' | 'unsuitable' | 'returned' | 'claim_closed';
}
export interface MiAppointment {
  caseId: string;
  startsAt: string;
  channel: 'telephone' | 'video' | 'face_to_face' | 'neutral_venue';
  attendance: 'scheduled' | 'attended' | 'unable_to_attend' | 'failed_to_attend' | 'cancelled';
  workAbilityScore: number | null;
}

/**
 * A case counts when its referral date is in from..to (inclusive); attendance
 * counts those cases' appointments no longer scheduled; work ability change
 * compares the first and last scored appointment of completed cases scored
 * at two or more.
 */
export function miFigures(
  period: { officeId: string; from: string; to: string },
  cases: readonly MiCase[],
  appointments: readonly MiAppointment[],
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
  };
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
