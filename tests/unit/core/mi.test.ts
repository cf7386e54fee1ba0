import { describe, expect, it } from 'vitest';
import { miFigures, miPerOffice, type MiAppointment, type MiCase } from '../../../core/mi';

const period = { officeId: 'hull', from: '2026-10-01', to: '2026-10-31' };
const referred = (
  id: string,
  referralDate: string,
  status: MiCase['status'],
  followUpDue: string | null = null,
  officeId = 'hull',
): MiCase => ({ id, officeId, referralDate, status, followUpDue });
const cases: MiCase[] = [
  referred('a', '2026-10-01', 'completed', '2026-10-20'),
  referred('b', '2026-10-31', 'completed', '2026-11-01'),
  referred('c', '2026-10-15', 'active'),
  referred('d', '2026-10-20', 'returned'),
  referred('e', '2026-11-01', 'completed', '2026-10-31'),
  referred('f', '2026-10-02', 'completed', '2026-10-31', 'leeds'),
];
const at = (
  caseId: string,
  day: number,
  attendance: MiAppointment['attendance'],
  score: number | null,
) => ({
  caseId,
  startsAt: `2026-11-${String(day).padStart(2, '0')}T10:00:00Z`,
  channel: day % 2 === 0 ? ('video' as const) : ('telephone' as const),
  attendance,
  workAbilityScore: score,
});
const appointments: MiAppointment[] = [
  at('a', 1, 'attended', 3),
  at('a', 8, 'attended', 5),
  at('a', 15, 'attended', 6),
  at('b', 2, 'attended', 5),
  at('b', 9, 'failed_to_attend', null),
  at('b', 16, 'attended', 4),
  at('c', 3, 'unable_to_attend', null),
  at('c', 10, 'scheduled', null),
  at('e', 4, 'attended', 2),
  at('e', 11, 'attended', 9),
];
const followUps = [
  { caseId: 'a', stepsTaken: 'some' as const },
  { caseId: 'b', stepsTaken: 'all' as const },
  { caseId: 'e', stepsTaken: 'none' as const },
];
const records = { cases, appointments, followUps };

describe('MI figures', () => {
  it('counts the cases referred in the period, inclusive, with their outcomes and attendance', () => {
    const figures = miFigures(period, records);
    expect(figures.referrals).toBe(5);
    expect(figures.outcomes).toEqual({
      completed: 3,
      inProgress: 1,
      unsuitable: 0,
      returned: 1,
      claimClosed: 0,
    });
    expect(figures.attendance).toEqual({ attended: 5, unableToAttend: 1, failedToAttend: 1 });
  });

  it('counts appointments held per completed case, and work ability from first to last score', () => {
    const figures = miFigures(period, records);
    expect(figures.appointmentsPerCompletedCase).toEqual({ '1': 0, '2': 1, '3': 1, '4': 0 });
    expect(figures.workAbilityChange).toEqual({ improved: 1, same: 0, deteriorated: 1 });
  });

  it('counts the follow-ups due by the period’s end, by what each found', () => {
    // b's falls due after the period; e was referred after it; f's is not recorded yet.
    expect(miFigures(period, records).followUps).toEqual({
      due: 2,
      allStepsTaken: 0,
      someStepsTaken: 1,
      noStepsTaken: 0,
      notYetRecorded: 1,
    });
  });

  it('gives each office of the cases its own figures', () => {
    const perOffice = miPerOffice(period, records);
    expect(perOffice.map((mi) => [mi.officeId, mi.referrals, mi.outcomes.completed])).toEqual([
      ['hull', 4, 2],
      ['leeds', 1, 1],
    ]);
  });
});
