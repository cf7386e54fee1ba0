import { describe, expect, it } from 'vitest';
import { miFigures, miPerOffice, shares } from '../../../core/mi';
import pilotOffices from '../../../db/migrations/pilot-offices.json' with { type: 'json' };
import {
  evaluationDataset,
  evaluationFigures,
  evaluationPeriod,
  table31,
} from '../../support/evaluation-mi';

const records = evaluationDataset();
const all = miFigures({ officeId: 'all', ...evaluationPeriod }, records);

describe('the evaluation report’s MI, from a data set built to match it', () => {
  it('gives every published count', () => {
    expect(all).toEqual({ officeId: 'all', ...evaluationPeriod, ...evaluationFigures });
  });

  it('gives each office its eligible referrals and completed cases (Table 3.1)', () => {
    const perOffice = miPerOffice(evaluationPeriod, records);
    expect(perOffice).toHaveLength(13);
    const byId = new Map(perOffice.map((mi) => [mi.officeId, mi]));
    const figures = table31.map(([office]) => {
      const mi = byId.get(pilotOffices.find((o) => o.name === office)!.id)!;
      return [mi.referrals, mi.outcomes.completed];
    });
    expect(figures).toEqual(table31.map(([, referrals, completed]) => [referrals, completed]));
    expect(figures.reduce((sum, [r]) => sum + r!, 0)).toBe(1219);
  });

  it('rounds every percentage as the report does, and says when they do not sum to 100', () => {
    const { completed, inProgress, unsuitable, returned, claimClosed } = all.outcomes;
    const outcomes = shares({
      completed,
      inProgress,
      notCompleted: unsuitable + returned + claimClosed,
    });
    expect(outcomes.percent).toEqual({ completed: 27, inProgress: 34, notCompleted: 39 });
    const notCompleted = shares({ unsuitable, returned, claimClosed });
    expect(notCompleted.percent).toEqual({ unsuitable: 42, returned: 57, claimClosed: 2 });
    expect(notCompleted.sumsTo100).toBe(false);
    expect(shares(all.attendance)).toMatchObject({
      total: 748,
      percent: { attended: 87, unableToAttend: 8, failedToAttend: 5 },
      sumsTo100: true,
    });
    expect(shares(all.appointmentsPerCompletedCase).percent).toEqual({
      '1': 40,
      '2': 28,
      '3': 30,
      '4': 2,
    });
    expect(shares(all.workAbilityChange)).toMatchObject({
      total: 201,
      percent: { improved: 60, same: 33, deteriorated: 7 },
    });
    expect(shares(all.channels)).toMatchObject({
      percent: { telephone: 83, video: 5, faceToFace: 10, neutralVenue: 3 },
      sumsTo100: false,
    });
  });

  it('counts nothing outside the period', () => {
    const before = miFigures({ officeId: 'all', from: '2024-01-01', to: '2024-07-07' }, records);
    expect(before.referrals).toBe(0);
    expect(shares(before.attendance)).toEqual({
      total: 0,
      percent: { attended: 0, unableToAttend: 0, failedToAttend: 0 },
      sumsTo100: true,
    });
  });
});
