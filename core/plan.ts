import { z } from 'zod';
import discussion from './data/discussion.json' with { type: 'json' };

const caseId = z.uuid({ error: 'Choose a case that exists' });
const text = (max: number, message: string) =>
  z
    .string({ error: message })
    .trim()
    .min(1, { error: message })
    .max(max, { error: `Keep this to ${max} characters or fewer` });

export const lenses = ['past', 'present', 'future'] as const;
export const goalKinds = ['work', 'lifestyle'] as const;
export const headings = ['health', 'personal', 'social', 'work'] as const;
export const stepTypes = ['signpost', 'online-resource', 'practical-step'] as const;
export const stepReviews = ['done', 'partly', 'not-done'] as const;
export type Heading = (typeof headings)[number];

/** Prompts and approaches are data (core/data/discussion.json), so they can change centrally. */
export const goalPrompts: Record<(typeof lenses)[number], string[]> = discussion.goalPrompts;
export const obstaclePrompts: Record<Heading, string[]> = discussion.obstaclePrompts;
export const beliefApproaches: readonly { id: string; text: string }[] =
  discussion.beliefApproaches;
export const endQuestions: Record<'confidence' | 'importance' | 'potentialWorkAbility', string> =
  discussion.endQuestions;

const score = z
  .number({ error: 'Choose a score from 0 to 10' })
  .int({ error: 'Choose a whole number from 0 to 10' })
  .min(0, { error: 'Choose a score from 0 to 10' })
  .max(10, { error: 'Choose a score from 0 to 10' })
  .nullable();

export const planEndSchema = z.object({
  confidence: score,
  importance: score,
  potentialWorkAbility: score,
  /** Written to the customer: what they can do now, never what they cannot. */
  canDo: z.string().max(4000, { error: 'Keep this to 4,000 characters or fewer' }),
});
export type PlanEnd = z.infer<typeof planEndSchema>;

/** An autosave sends only what changed. */
export const savePlanEndSchema = planEndSchema.partial().extend({ caseId });

const optionalId = z.uuid({ error: 'Choose a record that exists' }).optional();

export const saveGoalSchema = z.object({
  id: optionalId,
  caseId,
  lens: z.enum(lenses, {
    error: 'Choose whether the goal came from the past, the present or the future',
  }),
  kind: z.enum(goalKinds, { error: 'Choose whether it is a work or a lifestyle goal' }),
  text: text(500, 'Enter the goal'),
});

export const saveObstacleSchema = z
  .object({
    id: optionalId,
    caseId,
    heading: z.enum(headings, { error: 'Choose health, personal, social or work' }),
    text: text(500, 'Enter the obstacle'),
    limitingBelief: z.string().trim().max(500).nullable().default(null),
    beliefApproach: z
      .enum(beliefApproaches.map((approach) => approach.id) as [string, ...string[]], {
        error: 'Choose an approach from the list',
      })
      .nullable()
      .default(null),
  })
  // A limiting belief is a personal obstacle (DOMAIN.md: beliefs, confidence, mindset).
  .refine((obstacle) => !obstacle.limitingBelief || obstacle.heading === 'personal', {
    error: 'Record a limiting belief on a personal obstacle',
    path: ['limitingBelief'],
  });

/** Every step answers an obstacle: the evaluation found plans with obstacles left unmatched. */
export const saveStepSchema = z.object({
  id: optionalId,
  caseId,
  obstacleId: z.uuid({ error: 'Choose the obstacle this step is for' }),
  goalId: z.uuid({ error: 'Choose a goal that exists' }).nullable().default(null),
  text: text(500, 'Enter what the customer will do'),
  type: z.enum(stepTypes, { error: 'Choose signpost, online resource or practical step' }),
  who: text(100, 'Enter who will do it'),
  byWhen: z.iso.date({ error: 'Enter the date as a real date' }).nullable().default(null),
  /** A small step to review at the start of the next appointment. */
  interim: z.boolean().default(false),
});

export const reviewStepSchema = z.object({
  id: z.uuid({ error: 'Choose a step that exists' }),
  review: z.enum(stepReviews, { error: 'Choose done, partly or not done' }),
  note: z.string().trim().max(500).default(''),
});

export const markHeadingSchema = z.object({
  caseId,
  heading: z.enum(headings, { error: 'Choose health, personal, social or work' }),
  /** null takes the mark away. */
  noneReason: text(300, 'Say briefly why there is no obstacle under this heading').nullable(),
});

export const byIdSchema = z.object({ id: z.uuid({ error: 'Choose a record that exists' }) });

const goal = z.object({
  id: z.uuid(),
  lens: z.enum(lenses),
  kind: z.enum(goalKinds),
  text: z.string(),
});
const step = z.object({
  id: z.uuid(),
  obstacleId: z.uuid(),
  goalId: z.uuid().nullable(),
  text: z.string(),
  type: z.enum(stepTypes),
  who: z.string(),
  byWhen: z.string().nullable(),
  interim: z.boolean(),
  review: z.enum(stepReviews).nullable(),
  reviewNote: z.string(),
  /** The solutions library item the step came from, and how to reach it. */
  libraryItemId: z.uuid().nullable(),
  contact: z.string(),
});
const obstacle = z.object({
  id: z.uuid(),
  heading: z.enum(headings),
  text: z.string(),
  limitingBelief: z.string().nullable(),
  beliefApproach: z.string().nullable(),
  steps: z.array(step),
});

export const discussionSchema = z.object({
  caseId: z.uuid(),
  goals: z.array(goal),
  obstacles: z.array(obstacle),
  noneIdentified: z.array(z.object({ heading: z.enum(headings), reason: z.string() })),
  end: planEndSchema,
});
export type Discussion = z.infer<typeof discussionSchema>;

/** Which headings are explored: with an obstacle, or marked none identified. */
export function headingCoverage(
  discussion: Discussion,
): Record<Heading, 'obstacles' | 'none-identified' | 'not-explored'> {
  return Object.fromEntries(
    headings.map((heading) => [
      heading,
      discussion.obstacles.some((o) => o.heading === heading)
        ? 'obstacles'
        : discussion.noneIdentified.some((n) => n.heading === heading)
          ? 'none-identified'
          : 'not-explored',
    ]),
  ) as Record<Heading, 'obstacles' | 'none-identified' | 'not-explored'>;
}
