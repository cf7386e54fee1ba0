import type { Referral } from '../../core/caseload';

/** A referral as a Work Coach fills it in, for the office given. */
export function referral(officeId: string, change: Partial<Referral> = {}): Referral {
  return {
    customerName: 'Sharon Pearce',
    customerReference: 'UC-4417-2290',
    referralDate: '2026-11-02',
    referrerName: 'Dev Mistry',
    referrerRole: 'work-coach',
    officeId,
    eligibility: {
      onHealthJourney: true,
      fitNoteValidUntil: '2027-01-15',
      wcaStatus: 'not-assessed',
      unemployed: true,
    },
    preferredChannel: 'telephone',
    referralNotes: 'Back pain since a fall at work in 2024. Keen to talk about retraining.',
    ...change,
  };
}
