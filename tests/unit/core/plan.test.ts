import { describe, expect, it } from 'vitest';
import { headingCoverage, saveObstacleSchema, saveStepSchema } from '../../../core/plan';

const caseId = '019ac000-0000-7000-8000-000000000001';
const obstacleId = '019ac000-0000-7000-8000-000000000002';

describe('plan rules', () => {
  it('refuses a step without the obstacle it answers', () => {
    const step = {
      caseId,
      text: 'Walk to the shop each morning',
      type: 'practical-step',
      who: 'You',
    };
    const refused = saveStepSchema.safeParse(step);
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]).toMatchObject({
      path: ['obstacleId'],
      message: 'Choose the obstacle this step is for',
    });
    expect(saveStepSchema.safeParse({ ...step, obstacleId }).success).toBe(true);
  });

  it('keeps limiting beliefs to personal obstacles', () => {
    const belief = {
      caseId,
      text: 'Worried about work',
      limitingBelief: 'I must wait for my operation first',
    };
    expect(saveObstacleSchema.safeParse({ ...belief, heading: 'personal' }).success).toBe(true);
    expect(
      saveObstacleSchema.safeParse({ ...belief, heading: 'work' }).error?.issues[0]?.path,
    ).toEqual(['limitingBelief']);
  });

  it('shows which headings are explored', () => {
    const coverage = headingCoverage({
      caseId,
      goals: [],
      obstacles: [
        {
          id: obstacleId,
          heading: 'health',
          text: 'Back pain',
          limitingBelief: null,
          beliefApproach: null,
          steps: [],
        },
      ],
      noneIdentified: [{ heading: 'social', reason: 'Supportive family' }],
      end: { confidence: null, importance: null, potentialWorkAbility: null, canDo: '' },
    });
    expect(coverage).toEqual({
      health: 'obstacles',
      personal: 'not-explored',
      social: 'none-identified',
      work: 'not-explored',
    });
  });
});
