import { z } from 'zod';
import { headingCoverage, type Discussion } from './plan';

/**
 * Plan quality checks: what the evaluation found wrong in real plans, each
 * checked by one function. A finding says what to fix and where (the id of the
 * field on the appointment screen), so the checklist can link to it.
 */
export const planFindingSchema = z.object({
  check: z.string(),
  message: z.string(),
  /** The element id to go to: "canDo", "goal-text", "obstacle-<id>-text"... */
  target: z.string(),
});
export type PlanFinding = z.infer<typeof planFindingSchema>;

export interface PlanUnderCheck {
  discussion: Discussion;
  /** Appointments held, with the work ability score given at each (null when not given). */
  attended: readonly { number: number; workAbilityScore: number | null }[];
}

type Check = (plan: PlanUnderCheck) => PlanFinding[];

const sentencesOf = (text: string) =>
  text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);

const cannot = /\b(can't|cannot|can not|unable to|not able to|couldn't|could not|won't be able)\b/i;

export const canDoMissing: Check = ({ discussion }) =>
  discussion.end.canDo.trim()
    ? []
    : [
        {
          check: 'can-do-missing',
          message: 'Write what the customer can do now',
          target: 'canDo',
        },
      ];

/** "Can do" lists in the evaluation were full of what people cannot do. */
export const canDoAsCannot: Check = ({ discussion }) =>
  sentencesOf(discussion.end.canDo)
    .filter((sentence) => cannot.test(sentence))
    .map((sentence) => ({
      check: 'can-do-as-cannot',
      message: `Say what the customer can do, not what they cannot: “${sentence}”`,
      target: 'canDo',
    }));

export const noGoal: Check = ({ discussion }) =>
  discussion.goals.length > 0
    ? []
    : [{ check: 'no-goal', message: 'Record at least one goal', target: 'goal-text' }];

const limitation =
  /\b(can't|cannot|unable|not able|because of (my|his|her|the)|due to (my|his|her|the)|only if|as long as|despite|if (my|his|her) \w+ (allows?|lets))\b/i;

export const goalWithLimitation: Check = ({ discussion }) =>
  discussion.goals
    .filter((goal) => limitation.test(goal.text))
    .map((goal) => ({
      check: 'goal-with-limitation',
      message: `Keep the limitation out of the goal (it belongs under obstacles): “${goal.text}”`,
      target: `goal-${goal.id}`,
    }));

export const obstacleWithoutStep: Check = ({ discussion }) =>
  discussion.obstacles
    .filter((obstacle) => obstacle.steps.length === 0)
    .map((obstacle) => ({
      check: 'obstacle-without-step',
      message: `Add a step for the obstacle “${obstacle.text}”`,
      target: 'step-obstacleId',
    }));

const noIdeas =
  /\b(could(n't| not) think of|no ideas?|nothing came to mind|didn't know what|did not know what|no solutions?|unable to (think|suggest|come up))\b/i;

export const stepWithoutIdeas: Check = ({ discussion }) =>
  discussion.obstacles
    .flatMap((obstacle) => obstacle.steps)
    .filter((step) => noIdeas.test(step.text))
    .map((step) => ({
      check: 'step-without-ideas',
      message: `A step should be something to do; look in the solutions library for ideas: “${step.text}”`,
      target: `step-${step.id}`,
    }));

/** The evaluation found personal and social sections left blank. */
export const personalOrSocialUnexplored: Check = ({ discussion }) => {
  const coverage = headingCoverage(discussion);
  return (['personal', 'social'] as const)
    .filter((heading) => coverage[heading] === 'not-explored')
    .map((heading) => ({
      check: 'heading-unexplored',
      message: `Explore ${heading} obstacles with the customer, or say why there are none`,
      target: `obstacle-${heading}-text`,
    }));
};

export const lowConfidenceWithoutPersonalObstacle: Check = ({ discussion }) => {
  const { confidence } = discussion.end;
  const personal = discussion.obstacles.some((obstacle) => obstacle.heading === 'personal');
  return confidence !== null && confidence <= 4 && !personal
    ? [
        {
          check: 'low-confidence-no-personal-obstacle',
          message: `Confidence is ${confidence} out of 10 but no personal obstacle is recorded: is something holding the customer back?`,
          target: 'obstacle-personal-text',
        },
      ]
    : [];
};

/** Text the customer reads: goals, steps and what they can do now, with where each is. */
function customerFacing({ discussion }: PlanUnderCheck) {
  return [
    ...discussion.goals.map((goal) => ({ text: goal.text, target: `goal-${goal.id}` })),
    ...discussion.obstacles
      .flatMap((obstacle) => obstacle.steps)
      .map((step) => ({ text: step.text, target: `step-${step.id}` })),
    ...(discussion.end.canDo.trim() ? [{ text: discussion.end.canDo, target: 'canDo' }] : []),
  ];
}

const persons = {
  first: /\b(I|I'm|I'll|I've|me|my|myself)\b/,
  second: /\b(you|your|you'll|you're|yourself)\b/i,
  third: /\b(he|she|his|her|him|herself|himself|the customer|cust|client)\b/i,
} as const;
type Person = keyof typeof persons;

/** A plan is written to the customer, in one voice: "You will ...". */
export const mixedPerson: Check = (plan) => {
  const texts = customerFacing(plan).map((item) => ({
    ...item,
    persons: (Object.keys(persons) as Person[]).filter((person) => persons[person].test(item.text)),
  }));
  const used = new Set(texts.flatMap((item) => item.persons));
  if (used.size <= 1) return [];
  const voice: Person = used.has('second') ? 'second' : [...used][0]!;
  return texts
    .filter((item) => item.persons.some((person) => person !== voice))
    .map((item) => ({
      check: 'mixed-person',
      message: `Write to the customer as “you” throughout: “${item.text}”`,
      target: item.target,
    }));
};

const noteAbbreviations =
  /\b(cust|pt|appt|appts|dx|hx|tx|meds|w\/|c\/o|approx|asap|wk|wks|hrs|info|re|pw|pm|am)\b|(\+|&|->|@)/i;
/** Known to any customer; anything else in capitals needs spelling out. */
const plainAbbreviations = new Set(['GP', 'NHS', 'CV', 'UC', 'JCP', 'DWP', 'OK', 'TV', 'UK', 'ID']);

export const noteStyle: Check = (plan) =>
  customerFacing(plan)
    .filter(({ text }) => {
      const unexplained = [...text.matchAll(/\b[A-Z]{2,5}\b/g)].some(
        ([word]) => !plainAbbreviations.has(word) && !text.includes(`(${word})`),
      );
      const fragment = /^[a-z]/.test(text.trim()) || text.trim().split(/\s+/).length < 3;
      return unexplained || fragment || noteAbbreviations.test(text);
    })
    .map(({ text, target }) => ({
      check: 'note-style',
      message: `Write this for the customer in full sentences, with abbreviations spelt out: “${text}”`,
      target,
    }));

export const missingScore: Check = ({ discussion, attended }) => [
  ...attended
    .filter((appointment) => appointment.workAbilityScore === null)
    .map((appointment) => ({
      check: 'missing-score',
      message: `Record the work ability score for appointment ${appointment.number}`,
      target: 'workAbilityScore',
    })),
  ...(
    [
      ['confidence', 'confidence'],
      ['importance', 'importance'],
      ['potentialWorkAbility', 'potential work ability'],
    ] as const
  )
    .filter(([field]) => discussion.end[field] === null)
    .map(([field, name]) => ({
      check: 'missing-score',
      message: `Record the customer's ${name} score`,
      target: field,
    })),
];

export const planChecks: readonly Check[] = [
  noGoal,
  goalWithLimitation,
  personalOrSocialUnexplored,
  obstacleWithoutStep,
  stepWithoutIdeas,
  lowConfidenceWithoutPersonalObstacle,
  canDoMissing,
  canDoAsCannot,
  mixedPerson,
  noteStyle,
  missingScore,
];

/** Every finding for the plan, in the order the plan is written. */
export function checkPlan(plan: PlanUnderCheck): PlanFinding[] {
  return planChecks.flatMap((check) => check(plan));
}
