import { addDays, formatISO, parseISO } from 'date-fns';
import { z } from 'zod';
import { workAbilityScoreSchema } from './discussion';
import { caseStatuses, closedStatuses, type CaseStatus } from './domain';
import { headingCoverage, headings, type Discussion } from './plan';

const caseId = z.uuid({ error: 'Choose a case that exists' });
const note = z
  .string()
  .trim()
  .max(1000, { error: 'Keep this to 1,000 characters or fewer' })
  .default('');

export const outcomes = closedStatuses as readonly Outcome[];
export type Outcome = Exclude<CaseStatus, 'referred' | 'active'>;

export const unsuitableReasons = {
  'too-unwell': 'Too unwell at present',
  'far-from-labour-market': 'Too far from the labour market',
  other: 'Another reason',
} as const;
export type UnsuitableReason = keyof typeof unsuitableReasons;

export const stepsTaken = {
  all: 'All of them',
  some: 'Some of them',
  none: 'None of them',
} as const;
export type StepsTaken = keyof typeof stepsTaken;

/** DOMAIN.md: a follow-up six weeks after completion checks which steps were taken. */
export const followUpWeeks = 6;

export const closeCaseSchema = z
  .object({
    caseId,
    outcome: z.enum(outcomes as [Outcome, ...Outcome[]], {
      error: 'Choose the outcome of the case',
    }),
    unsuitableReason: z
      .enum(Object.keys(unsuitableReasons) as [UnsuitableReason, ...UnsuitableReason[]], {
        error: 'Choose why the customer is unsuitable',
      })
      .nullable()
      .default(null),
    note,
  })
  .superRefine((close, ctx) => {
    if (close.outcome !== 'unsuitable') return;
    if (!close.unsuitableReason) {
      ctx.addIssue({
        code: 'custom',
        path: ['unsuitableReason'],
        message: 'Choose why the customer is unsuitable',
      });
    }
    if (!close.note) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: 'Say briefly why the discussion cannot go on',
      });
    }
  });
export type CloseCase = z.input<typeof closeCaseSchema>;

export const recordFollowUpSchema = z.object({
  caseId,
  stepsTaken: z.enum(Object.keys(stepsTaken) as [StepsTaken], {
    error: 'Choose whether the customer took all, some or none of the steps',
  }),
  workAbilityScore: workAbilityScoreSchema,
  note,
});

export const outcomeSchema = z.object({
  outcome: z.enum(outcomes as [Outcome, ...Outcome[]]),
  unsuitableReason: z.enum(Object.keys(unsuitableReasons) as [UnsuitableReason]).nullable(),
  note: z.string(),
  closedAt: z.string(),
  /** Set only for a completed case. */
  followUpDue: z.string().nullable(),
  followUp: z
    .object({
      stepsTaken: z.enum(Object.keys(stepsTaken) as [StepsTaken]),
      workAbilityScore: z.number().int(),
      note: z.string(),
      recordedAt: z.string(),
    })
    .nullable(),
});
export type CaseOutcome = z.infer<typeof outcomeSchema>;

/** What a case has done so far, as far as closing it is concerned. */
export interface ClosingFacts {
  status: CaseStatus;
  appointmentsAttended: number;
  discussion: Discussion;
}

/**
 * Why the case cannot close with this outcome, one reason a line, or none
 * when it can. A closed case stays closed; "completed" means a plan was
 * produced: an appointment held, a goal, every heading explored and every
 * obstacle matched by a step (the evaluation found plans that were not).
 */
export function closingRefusals(facts: ClosingFacts, outcome: Outcome): string[] {
  if (closedStatuses.includes(facts.status)) {
    return [`This case is already closed as ${caseStatuses.labels[facts.status].toLowerCase()}`];
  }
  if (outcome !== 'completed') return [];
  const { discussion } = facts;
  const refusals: string[] = [];
  if (facts.appointmentsAttended === 0) {
    refusals.push('Record an attended appointment before completing the case');
  }
  if (discussion.goals.length === 0) refusals.push('Record at least one goal');
  const coverage = headingCoverage(discussion);
  const unexplored = headings.filter((heading) => coverage[heading] === 'not-explored');
  if (unexplored.length > 0) {
    refusals.push(`Record an obstacle, or mark none identified, under ${unexplored.join(', ')}`);
  }
  const unmatched = discussion.obstacles.filter((obstacle) => obstacle.steps.length === 0);
  if (unmatched.length > 0) {
    refusals.push(
      `Add a step for every obstacle: ${unmatched.map((obstacle) => obstacle.text).join('; ')}`,
    );
  }
  return refusals;
}

/** The follow-up date for a case completed on the given instant. */
export function followUpDate(closedAt: string): string {
  return formatISO(addDays(parseISO(closedAt), followUpWeeks * 7), { representation: 'date' });
}
