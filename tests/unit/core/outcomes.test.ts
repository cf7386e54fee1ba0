import { describe, expect, it } from 'vitest';
import type { CaseStatus } from '../../../core/domain';
import {
  closeCaseSchema,
  closingRefusals,
  followUpDate,
  outcomes,
  recordFollowUpSchema,
  type Outcome,
} from '../../../core/outcomes';
import type { Discussion } from '../../../core/plan';

const caseId = '019ac000-0000-7000-8000-000000000001';
const obstacleId = '019ac000-0000-7000-8000-000000000002';

const emptyPlan: Discussion = {
  caseId,
  goals: [],
  obstacles: [],
  noneIdentified: [],
  end: { confidence: null, importance: null, potentialWorkAbility: null, canDo: '' },
};

/** A plan with a goal, every heading explored and every obstacle matched. */
const fullPlan: Discussion = {
  ...emptyPlan,
  goals: [{ id: caseId, lens: 'future', kind: 'work', text: 'Work in a garden centre' }],
  obstacles: [
    {
      id: obstacleId,
      heading: 'health',
      text: 'Back pain when standing',
      limitingBelief: null,
      beliefApproach: null,
      steps: [
        {
          id: caseId,
          obstacleId,
          goalId: null,
          text: 'Ask the GP about a physiotherapy referral',
          type: 'signpost',
          who: 'You',
          byWhen: null,
          interim: false,
          review: null,
          reviewNote: '',
          libraryItemId: null,
          contact: '',
        },
      ],
    },
  ],
  noneIdentified: (['personal', 'social', 'work'] as const).map((heading) => ({
    heading,
    reason: 'Nothing raised',
  })),
};

const facts = (status: CaseStatus, discussion = fullPlan, appointmentsAttended = 1) => ({
  status,
  appointmentsAttended,
  discussion,
});

describe('outcome transitions', () => {
  it('lets an open case close with any outcome once a plan is produced', () => {
    for (const status of ['referred', 'active'] as const) {
      for (const outcome of outcomes) {
        expect(closingRefusals(facts(status), outcome), `${status} → ${outcome}`).toEqual([]);
      }
    }
  });

  it('lets a referral close as unsuitable, returned or claim closed before any appointment', () => {
    for (const outcome of ['unsuitable', 'returned-to-jcp', 'claim-closed'] as Outcome[]) {
      expect(closingRefusals(facts('referred', emptyPlan, 0), outcome)).toEqual([]);
    }
  });

  it('refuses to close a closed case again, whatever the outcome', () => {
    for (const status of outcomes) {
      for (const outcome of outcomes) {
        expect(closingRefusals(facts(status), outcome)).toEqual([
          expect.stringContaining('already closed'),
        ]);
      }
    }
  });

  it('refuses completion without a plan, saying each thing missing', () => {
    const unmatched: Discussion = {
      ...emptyPlan,
      obstacles: [{ ...fullPlan.obstacles[0]!, steps: [] }],
    };
    expect(closingRefusals(facts('active', unmatched, 0), 'completed')).toEqual([
      'Record an attended appointment before completing the case',
      'Record at least one goal',
      'Record an obstacle, or mark none identified, under personal, social, work',
      'Add a step for every obstacle: Back pain when standing',
    ]);
  });
});

describe('closing and follow-up input', () => {
  it('asks why a customer is unsuitable', () => {
    const refused = closeCaseSchema.safeParse({ caseId, outcome: 'unsuitable' });
    expect(refused.error?.issues.map((issue) => issue.path[0])).toEqual([
      'unsuitableReason',
      'note',
    ]);
    expect(
      closeCaseSchema.safeParse({
        caseId,
        outcome: 'unsuitable',
        unsuitableReason: 'too-unwell',
        note: 'Surgery booked for January',
      }).success,
    ).toBe(true);
  });

  it('refuses an outcome that does not close a case', () => {
    expect(closeCaseSchema.safeParse({ caseId, outcome: 'active' }).success).toBe(false);
  });

  it('keeps the follow-up score from 0 to 10', () => {
    const followUp = { caseId, stepsTaken: 'some', note: '' };
    for (const score of [-1, 11, 4.5]) {
      expect(recordFollowUpSchema.safeParse({ ...followUp, workAbilityScore: score }).success).toBe(
        false,
      );
    }
    expect(recordFollowUpSchema.safeParse({ ...followUp, workAbilityScore: 0 }).success).toBe(true);
  });

  it('sets the follow-up six weeks after completion', () => {
    expect(followUpDate('2026-11-26T10:00:00')).toBe('2027-01-07');
  });
});
