import { describe, expect, it } from 'vitest';
import {
  canDoAsCannot,
  canDoMissing,
  checkPlan,
  goalWithLimitation,
  lowConfidenceWithoutPersonalObstacle,
  missingScore,
  mixedPerson,
  noGoal,
  noteStyle,
  obstacleWithoutStep,
  personalOrSocialUnexplored,
  stepWithoutIdeas,
  type PlanUnderCheck,
} from '../../../core/plan-checks';
import type { Discussion } from '../../../core/plan';

const id = (n: number) => `019ac000-0000-7000-8000-${String(n).padStart(12, '0')}`;

type Obstacle = Discussion['obstacles'][number];
type Step = Obstacle['steps'][number];

const step = (n: number, obstacleId: string, text: string): Step => ({
  id: id(n),
  obstacleId,
  goalId: null,
  text,
  type: 'practical-step',
  who: 'You',
  byWhen: null,
  interim: false,
  review: null,
  reviewNote: '',
  libraryItemId: null,
  contact: '',
});

const obstacle = (n: number, heading: Obstacle['heading'], text: string, steps: string[]) => ({
  id: id(n),
  heading,
  text,
  limitingBelief: null,
  beliefApproach: null,
  steps: steps.map((stepText, index) => step(n * 10 + index, id(n), stepText)),
});

/** A plan as the evaluation would want it: every check passes. */
const good: PlanUnderCheck = {
  attended: [
    { number: 1, workAbilityScore: 3 },
    { number: 2, workAbilityScore: 5 },
  ],
  discussion: {
    caseId: id(1),
    goals: [{ id: id(2), lens: 'future', kind: 'work', text: 'Work part-time in a garden centre' }],
    obstacles: [
      obstacle(3, 'health', 'Back pain after an hour of sitting', [
        'You will try the NHS back pain exercises each morning.',
      ]),
      obstacle(4, 'personal', 'Worried about being too old to retrain', [
        'You will look at the National Careers Service skills assessment.',
      ]),
    ],
    noneIdentified: [{ heading: 'social', reason: 'Lives with a supportive sister' }],
    end: {
      confidence: 5,
      importance: 9,
      potentialWorkAbility: 7,
      canDo: 'You can walk for twenty minutes. You can drive short distances.',
    },
  },
};

/** The good plan with one part of its discussion changed. */
const withDiscussion = (change: Partial<Discussion>): PlanUnderCheck => ({
  ...good,
  discussion: { ...good.discussion, ...change },
});
const withEnd = (change: Partial<Discussion['end']>) =>
  withDiscussion({ end: { ...good.discussion.end, ...change } });
const withStep = (text: string) =>
  withDiscussion({
    obstacles: [good.discussion.obstacles[0]!, obstacle(5, 'personal', 'Low confidence', [text])],
  });

describe('plan quality checks', () => {
  it('find nothing in a good plan', () => {
    expect(checkPlan(good)).toEqual([]);
  });

  it('nothing the customer can do', () => {
    expect(canDoMissing(withEnd({ canDo: '  ' }))).toMatchObject([{ target: 'canDo' }]);
    expect(canDoMissing(good)).toEqual([]);
  });

  it('"can do" phrased as cannot', () => {
    const findings = canDoAsCannot(
      withEnd({ canDo: 'You can walk to the shop. You cannot lift anything heavy.' }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('You cannot lift anything heavy.');
    expect(canDoAsCannot(good)).toEqual([]);
  });

  it('no goal', () => {
    expect(noGoal(withDiscussion({ goals: [] }))).toMatchObject([{ target: 'goal-text' }]);
    expect(noGoal(good)).toEqual([]);
  });

  it('a goal with a limitation written into it', () => {
    const limited = withDiscussion({
      goals: [
        { id: id(6), lens: 'present', kind: 'work', text: 'Find a job I can do despite my back' },
      ],
    });
    expect(goalWithLimitation(limited)).toMatchObject([{ target: `goal-${id(6)}` }]);
    expect(goalWithLimitation(good)).toEqual([]);
  });

  it('an obstacle with no step', () => {
    const unmatched = withDiscussion({
      obstacles: [...good.discussion.obstacles, obstacle(7, 'work', 'No recent references', [])],
    });
    expect(obstacleWithoutStep(unmatched)).toMatchObject([
      { message: 'Add a step for the obstacle “No recent references”' },
    ]);
    expect(obstacleWithoutStep(good)).toEqual([]);
  });

  it('a step that says the customer could not think of any', () => {
    expect(stepWithoutIdeas(withStep('You could not think of anything to try.'))).toHaveLength(1);
    expect(stepWithoutIdeas(good)).toEqual([]);
  });

  it('personal or social neither explored nor marked none identified', () => {
    const blank = withDiscussion({
      obstacles: [good.discussion.obstacles[0]!],
      noneIdentified: [],
    });
    expect(personalOrSocialUnexplored(blank).map((f) => f.target)).toEqual([
      'obstacle-personal-text',
      'obstacle-social-text',
    ]);
    expect(personalOrSocialUnexplored(good)).toEqual([]);
  });

  it('confidence of 4 or less with no personal obstacle', () => {
    const low = withDiscussion({
      obstacles: [good.discussion.obstacles[0]!],
      end: { ...good.discussion.end, confidence: 4 },
    });
    expect(lowConfidenceWithoutPersonalObstacle(low)).toHaveLength(1);
    expect(lowConfidenceWithoutPersonalObstacle(withEnd({ confidence: 4 }))).toEqual([]);
    expect(lowConfidenceWithoutPersonalObstacle(good)).toEqual([]);
  });

  it('first, second and third person mixed in text addressed to the customer', () => {
    const mixed = withStep('She will ring the Access to Work helpline on Monday.');
    expect(mixedPerson(mixed)).toMatchObject([{ target: `step-${id(50)}` }]);
    expect(mixedPerson(good)).toEqual([]);
  });

  it('note style in customer-facing text', () => {
    expect(noteStyle(withStep('cust to call GP re meds'))).toHaveLength(1);
    expect(noteStyle(withStep('You will ask about an OH referral at work.'))).toHaveLength(1);
    expect(
      noteStyle(withStep('You will ask your employer about occupational health (OH) support.')),
    ).toEqual([]);
    expect(noteStyle(good)).toEqual([]);
  });

  it('a missing score', () => {
    const missing: PlanUnderCheck = {
      ...withEnd({ importance: null }),
      attended: [{ number: 1, workAbilityScore: null }],
    };
    expect(missingScore(missing).map((f) => f.message)).toEqual([
      'Record the work ability score for appointment 1',
      "Record the customer's importance score",
    ]);
    expect(missingScore(good)).toEqual([]);
  });
});
