import { describe, expect, it } from 'vitest';
import {
  expectationPoints,
  saveAppointmentRecordSchema,
  workAbilityQuestion,
  workAbilityScoreSchema,
} from '../../../core/discussion';

describe('the appointment record', () => {
  it('asks the work ability question worded exactly as DOMAIN.md has it', () => {
    expect(workAbilityQuestion).toBe(
      'Assume that your ability to work has, at its best, a value of 10 points. How many points would you give your work ability?',
    );
  });

  it('takes scores from 0 to 10 in whole points only', () => {
    for (const score of [0, 5, 10])
      expect(workAbilityScoreSchema.safeParse(score).success).toBe(true);
    for (const score of [-1, 11, 4.5, Number.NaN, '7']) {
      expect(workAbilityScoreSchema.safeParse(score).success, String(score)).toBe(false);
    }
  });

  it('sets the four expectations of the EHD', () => {
    expect(expectationPoints.map((point) => point.id)).toEqual([
      'voluntary',
      'not-wca',
      'not-treating',
      'plan-shared',
    ]);
  });

  it('saves only the parts that changed, and refuses expectations it does not know', () => {
    const appointmentId = '019ac000-0000-7000-8000-000000000001';
    expect(saveAppointmentRecordSchema.parse({ appointmentId, notes: 'x' })).toEqual({
      appointmentId,
      notes: 'x',
    });
    expect(
      saveAppointmentRecordSchema.safeParse({
        appointmentId,
        expectationsCovered: ['promise-a-job'],
      }).success,
    ).toBe(false);
  });
});
