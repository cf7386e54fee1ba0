import { describe, expect, it } from 'vitest';
import { miFigures, type MiAppointment, type MiCase } from '../../../core/mi';

const period = { officeId: 'hull', from: '2026-10-01', to: '2026-10-31' };
const cases: MiCase[] = [
  { id: 'a', referralDate: '2026-10-01', status: 'completed' },
  { id: 'b', referralDate: '2026-10-31', status: 'completed' },
  { id: 'c', referralDate: '2026-10-15', status: 'active' },
  { id: 'd', referralDate: '2026-10-20', status: 'returned' },
  { id: 'e', referralDate: '2026-11-01', status: 'completed' },
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

describe('MI figures', () => {
  it('counts the cases referred in the period, inclusive, with their outcomes and attendance', () => {
    const figures = miFigures(period, cases, appointments);
    expect(figures.referrals).toBe(4);
    expect(figures.outcomes).toEqual({
      completed: 2,
      inProgress: 1,
      unsuitable: 0,
      returned: 1,
      claimClosed: 0,
    });
    expect(figures.attendance).toEqual({ attended: 5, unableToAttend: 1, failedToAttend: 1 });
  });

  it('counts appointments held per completed case, and work ability from first to last score', () => {
    const figures = miFigures(period, cases, appointments);
    expect(figures.appointmentsPerCompletedCase).toEqual({ '1': 0, '2': 1, '3': 1, '4': 0 });
    expect(figures.workAbilityChange).toEqual({ improved: 1, same: 0, deteriorated: 1 });
  });
});
