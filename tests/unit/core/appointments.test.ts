import { describe, expect, it } from 'vitest';
import { needsExtraReason, numberAppointments } from '../../../core/appointments';

describe('appointment numbering', () => {
  it('numbers held and booked appointments in date order, skipping those that did not happen', () => {
    const numbered = numberAppointments([
      { startsAt: '2026-11-20T10:00', attendance: 'booked' as const },
      { startsAt: '2026-11-06T10:00', attendance: 'attended' as const },
      { startsAt: '2026-11-13T10:00', attendance: 'rescheduled' as const },
      { startsAt: '2026-11-14T10:00', attendance: 'attended' as const },
    ]);
    expect(numbered.map((a) => [a.startsAt.slice(5, 10), a.number])).toEqual([
      ['11-06', 1],
      ['11-13', null],
      ['11-14', 2],
      ['11-20', 3],
    ]);
  });

  it('asks for a reason only once three appointments count', () => {
    const booked = { attendance: 'booked' as const };
    const cancelled = { attendance: 'cancelled' as const };
    expect(needsExtraReason([booked, booked, cancelled])).toBe(false);
    expect(needsExtraReason([booked, booked, booked])).toBe(true);
  });
});
