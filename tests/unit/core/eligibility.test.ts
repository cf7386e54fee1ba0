import { describe, expect, it } from 'vitest';
import { eligibilityWarnings } from '../../../core/eligibility';

const eligible = {
  onHealthJourney: true,
  fitNoteValidUntil: '2027-01-15',
  wcaStatus: 'not-assessed' as const,
  unemployed: true,
};

describe('eligibility warnings', () => {
  it('gives none for a customer who meets every criterion', () => {
    expect(eligibilityWarnings(eligible, '2026-11-02')).toEqual([]);
  });

  it('warns when the fit note ran out before the referral', () => {
    expect(
      eligibilityWarnings({ ...eligible, fitNoteValidUntil: '2026-10-31' }, '2026-11-02'),
    ).toEqual(['The fit note ran out before the referral date.']);
  });

  it('warns for each unmet criterion, without blocking', () => {
    const warnings = eligibilityWarnings(
      { onHealthJourney: false, fitNoteValidUntil: null, wcaStatus: 'lcwra', unemployed: false },
      '2026-11-02',
    );
    expect(warnings).toHaveLength(4);
    expect(warnings.join(' ')).toMatch(
      /Health Journey.*fit note.*Work Capability Assessment.*unemployed/,
    );
  });
});
