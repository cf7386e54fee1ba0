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
  const ids = new Set(inPeriod.map((c) => c.id));
  const theirs = appointments.filter((a) => ids.has(a.caseId));
  const count = <T>(list: readonly T[], test: (item: T) => boolean) => list.filter(test).length;
  const completed = inPeriod.filter((c) => c.status === 'completed');
  const held = (caseId: string) =>
    theirs
      .filter((a) => a.caseId === caseId && a.attendance === 'attended')
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const perCase = { '1': 0, '2': 0, '3': 0, '4': 0 };
  const change = { improved: 0, same: 0, deteriorated: 0 };
  for (const c of completed) {
    const attended = held(c.id);
    if (attended.length > 0)
      perCase[String(Math.min(attended.length, 4)) as keyof typeof perCase]++;
    const scored = theirs
      .filter((a) => a.caseId === c.id && a.workAbilityScore !== null)
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
  };
}
