import { format, parseISO } from 'date-fns';
import { workAbilityQuestion } from './discussion';
import { paragraph, fileNamePart, type Block, type DocumentModel, type Run } from './document';
import { endQuestions, headings, type Heading } from './plan';
import type { IssuedPlan } from './plan-versions';

const headingNames: Record<Heading, string> = {
  health: 'Health',
  personal: 'Personal',
  social: 'Social',
  work: 'Work',
};
const stepTypeWords = {
  signpost: 'A service to contact',
  'online-resource': 'Something to look at online',
  'practical-step': 'Something to do',
} as const;

const longDate = (iso: string) => format(parseISO(iso), 'd MMMM yyyy');
const lines = (text: string) =>
  text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean);

const labelled = (label: string, text: string): Block => ({
  kind: 'paragraph',
  runs: [{ text: label, bold: true }, { text }],
});

export interface Issue {
  /** The version number; for a preview, the version it would become. */
  version: number;
  /** When it was issued, or null for a preview of what would be issued. */
  issuedAt: string | null;
  practitionerName: string;
}

/**
 * The Workability Action Plan as the customer and their Work Coach read it:
 * written to the customer, every heading saying something, even if only that
 * nothing was found there.
 */
export function planDocument(plan: IssuedPlan, issue: Issue): DocumentModel {
  const { discussion } = plan;
  const blocks: Block[] = [
    labelled('For: ', plan.customerName),
    labelled(
      'Written with: ',
      `${issue.practitionerName}, Employment and Health Practitioner, ${plan.officeName}`,
    ),
    labelled(
      'Date: ',
      issue.issuedAt
        ? `${longDate(issue.issuedAt)} (version ${issue.version})`
        : `not issued yet (this would be version ${issue.version})`,
    ),
    { kind: 'heading', level: 1, text: 'About this plan' },
    paragraph(
      'This is your plan. It sets out what you would like to work towards, what is getting in the way, and the steps you agreed to take. Your Work Coach gets a copy so they can support you.',
    ),
    paragraph(
      'This plan does not affect your Universal Credit or any other benefit, and it is not an assessment of your health. You can ask for changes to it at any time.',
    ),
    { kind: 'heading', level: 1, text: 'Your goals' },
    discussion.goals.length > 0
      ? {
          kind: 'list',
          ordered: false,
          items: discussion.goals.map((goal) => ({ runs: [{ text: goal.text }], level: 0 })),
        }
      : paragraph('No goals were written down in this plan.'),
    { kind: 'heading', level: 1, text: 'What you can do now' },
    ...(lines(discussion.end.canDo).length > 0
      ? lines(discussion.end.canDo).map(paragraph)
      : [paragraph('This was not written down in this plan.')]),
    { kind: 'heading', level: 1, text: 'What is getting in the way, and your steps' },
    ...headings.flatMap((heading) => obstaclesUnder(plan, heading)),
    { kind: 'heading', level: 1, text: 'Your scores' },
    paragraph('Each question was scored from 0 to 10.'),
    {
      kind: 'table',
      caption: 'Your scores',
      header: ['Question', 'Your score'],
      rows: [
        [
          workAbilityQuestion,
          plan.attended.some((appointment) => appointment.workAbilityScore !== null)
            ? plan.attended
                .filter((appointment) => appointment.workAbilityScore !== null)
                .map(
                  (appointment) =>
                    `${appointment.workAbilityScore} at appointment ${appointment.number}`,
                )
                .join(', ')
            : 'Not recorded',
        ],
        ...(['confidence', 'importance', 'potentialWorkAbility'] as const).map((score) => [
          endQuestions[score],
          discussion.end[score] === null ? 'Not recorded' : String(discussion.end[score]),
        ]),
      ],
    },
    { kind: 'heading', level: 1, text: 'What happens next' },
    ...nextSteps(plan),
  ];
  return {
    title: 'Your Workability Action Plan',
    author: issue.practitionerName,
    fileName: `Workability-Action-Plan-${fileNamePart(plan.customerName)}-v${issue.version}`,
    blocks,
  };
}

function obstaclesUnder(plan: IssuedPlan, heading: Heading): Block[] {
  const { discussion } = plan;
  const obstacles = discussion.obstacles.filter((obstacle) => obstacle.heading === heading);
  const none = discussion.noneIdentified.find((entry) => entry.heading === heading);
  const title: Block = { kind: 'heading', level: 2, text: headingNames[heading] };
  if (obstacles.length === 0) {
    return [
      title,
      paragraph(
        none ? `Nothing is getting in the way here: ${none.reason}` : 'This was not talked about.',
      ),
    ];
  }
  return [
    title,
    ...obstacles.flatMap((obstacle): Block[] => [
      { kind: 'heading', level: 3, text: obstacle.text },
      ...(obstacle.limitingBelief
        ? [
            {
              kind: 'paragraph',
              runs: [
                { text: 'A thought that holds you back: ', bold: true },
                { text: obstacle.limitingBelief, italic: true },
              ],
            } satisfies Block,
          ]
        : []),
      obstacle.steps.length > 0
        ? {
            kind: 'table',
            caption: `Your steps for: ${obstacle.text}`,
            header: ['What to do', 'Who', 'By when', 'How to get in touch'],
            rows: obstacle.steps.map((step) => [
              `${step.text} (${stepTypeWords[step.type].toLowerCase()})`,
              step.who,
              step.byWhen ? longDate(step.byWhen) : 'When you are ready',
              step.contact || '—',
            ]),
          }
        : paragraph('No step has been agreed for this yet.'),
    ]),
  ];
}

/** Enough to start on; the tables above hold every step. */
const nextStepsListed = 5;

function nextSteps(plan: IssuedPlan): Block[] {
  const dated = plan.discussion.obstacles
    .flatMap((obstacle) => obstacle.steps)
    .filter((step) => step.byWhen)
    .sort((a, b) => a.byWhen!.localeCompare(b.byWhen!));
  const followUp: Run[] = plan.followUpDue
    ? [
        {
          text: `We will get in touch around ${longDate(plan.followUpDue)} to see how you are getting on.`,
        },
      ]
    : [{ text: 'Your Work Coach will talk this plan through with you at your next appointment.' }];
  return [
    ...(dated.length > 0
      ? [
          paragraph('Your next steps, soonest first:'),
          {
            kind: 'list',
            ordered: true,
            items: dated.slice(0, nextStepsListed).map((step) => ({
              runs: [{ text: `${step.text}, by ${longDate(step.byWhen!)}` }],
              level: 0,
            })),
          } satisfies Block,
          ...(dated.length > nextStepsListed
            ? [paragraph('Your other steps are in the tables above, each with its date.')]
            : []),
        ]
      : []),
    { kind: 'paragraph', runs: followUp },
  ];
}
