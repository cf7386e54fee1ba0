import { describe, expect, it } from 'vitest';
import { seedCases } from '../../../db/seed';
import { tempStore } from '../../support/temp-store';

describe('demo data', () => {
  it('adds the cases asked for, with a practitioner, varied statuses and appointments', async () => {
    const store = await tempStore();
    await seedCases(store.db, 300, 7, new Date('2026-11-25T12:00:00Z'));
    const count = (sql: string) => store.sqlite.prepare(sql).pluck().get();
    expect(count('select count(*) from cases')).toBe(300);
    expect(count('select count(*) from practitioners')).toBe(1);
    expect(count('select count(distinct status) from cases')).toBeGreaterThanOrEqual(5);
    expect(
      count("select count(*) from appointments where attendance = 'rescheduled'"),
    ).toBeGreaterThan(0);
    expect(
      count('select count(*) from cases where id not in (select case_id from appointments)'),
    ).toBe(0);
    // Only the last appointment of a case still in progress is left booked.
    expect(
      count(
        "select count(*) from appointments a join cases c on c.id = a.case_id where a.attendance = 'booked' and c.status not in ('referred', 'active')",
      ),
    ).toBe(0);
  });
});
