import type { Eligibility } from './caseload';

/**
 * Eligible is not the same as suitable, and one office takes customers already
 * assessed, so an unmet criterion is a warning for the EHP to weigh, never a block.
 */
export function eligibilityWarnings(eligibility: Eligibility, referralDate: string): string[] {
  const warnings: string[] = [];
  if (!eligibility.onHealthJourney) {
    warnings.push('The customer is not on the UC Health Journey.');
  }
  if (eligibility.fitNoteValidUntil === null) {
    warnings.push('There is no date for a valid fit note.');
  } else if (eligibility.fitNoteValidUntil < referralDate) {
    warnings.push('The fit note ran out before the referral date.');
  }
  if (eligibility.wcaStatus !== 'not-assessed') {
    warnings.push(
      'The customer has already had the Work Capability Assessment. Only some offices take these referrals.',
    );
  }
  if (!eligibility.unemployed) {
    warnings.push('The customer is not unemployed.');
  }
  return warnings;
}
