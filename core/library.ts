import { z } from 'zod';
import { v5 as uuidv5 } from 'uuid';
import { labelled, nations, type Nation } from './domain';
import { headings } from './plan';
import topics from './data/library-topics.json' with { type: 'json' };

/**
 * The solutions library: services to signpost, online resources and practical
 * steps, each for some of the obstacle headings, in an area. Central items come
 * from core/data/solutions.json (and later from sync); an EHP adds local ones.
 */
export const libraryTypes = labelled(['service', 'online', 'practical'], {
  service: 'Service to signpost',
  online: 'Online resource',
  practical: 'Practical step',
});
export type LibraryType = z.infer<typeof libraryTypes.schema>;

/** The step type a library item becomes when it is added to a plan. */
export const stepTypeOf = {
  service: 'signpost',
  online: 'online-resource',
  practical: 'practical-step',
} as const satisfies Record<LibraryType, string>;

export const topicTags = Object.keys(topics.topics) as [string, ...string[]];
const topicWords: Record<string, string[]> = topics.topics;

/** UK, a nation, or one JCP office's area (SYNC.md: `office:<officeId>`). */
export const libraryAreaSchema = z.union([
  z.enum(['UK', ...nations.values]),
  z.templateLiteral(['office:', z.uuid()]),
]);
export type LibraryArea = z.infer<typeof libraryAreaSchema>;

const https = z
  .url({ protocol: /^https$/, error: 'Enter the web address in full, starting https://' })
  .max(500);
/** A UK number as published: 0800 121 7479, 116 123, 111, 999. */
const phone = z
  .string()
  .trim()
  .regex(/^(0\d[\d ]{7,12}\d|1\d{2}( \d{3})?|999)$/, {
    error: 'Enter a UK phone number, like 0800 121 7479',
  });

const text = (max: number, message: string) =>
  z
    .string({ error: message })
    .trim()
    .min(1, { error: message })
    .max(max, { error: `Keep this to ${max} characters or fewer` });

const itemFields = {
  title: text(120, 'Enter the name of the service or step'),
  summary: text(600, 'Say in a sentence or two what it offers the customer'),
  type: libraryTypes.schema,
  headings: z
    .array(z.enum(headings))
    .min(1, { error: 'Choose at least one heading it helps with' })
    .max(4),
  tags: z.array(z.enum(topicTags)).max(8),
  url: https.nullable(),
  phone: phone.nullable(),
  selfReferral: z.boolean(),
  cost: z.string().trim().max(100),
  howToGet: z.string().trim().max(600),
};

/** An item of core/data/solutions.json, as clinical governance keeps it. */
export const starterItemSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    ...itemFields,
    area: z.enum(['UK', ...nations.values]),
    /** The organisation's own page the contact details were taken from. */
    source: https.nullable(),
    lastChecked: z.iso.date(),
  })
  .refine((item) => item.type === 'practical' || item.url || item.phone, {
    error: 'A service or online resource needs a web address or a phone number',
  });
export type StarterItem = z.infer<typeof starterItemSchema>;

export const starterLibrarySchema = z.object({
  version: z.string().min(1),
  items: z.array(starterItemSchema).min(1),
});

export const libraryItemSchema = z.object({
  id: z.uuid(),
  ...itemFields,
  area: libraryAreaSchema,
  source: z.enum(['central', 'local']),
  sourceUrl: z.string().nullable(),
  lastChecked: z.string().nullable(),
  /** A local item is unverified until a manager of its office checks it. */
  verified: z.boolean(),
});
export type LibraryItem = z.infer<typeof libraryItemSchema>;

export const libraryResultSchema = libraryItemSchema.pick({
  id: true,
  title: true,
  summary: true,
  type: true,
  headings: true,
  area: true,
  source: true,
  verified: true,
});
export type LibraryResult = z.infer<typeof libraryResultSchema>;

export const librarySearchSchema = z.object({
  query: z.string().trim().max(200, { error: 'Keep the search to 200 characters or fewer' }),
  heading: z.enum(headings).nullable().default(null),
  type: libraryTypes.schema.nullable().default(null),
  /** Whose area to look in: the EHP's own office, or one they are covering. */
  officeId: z.uuid({ error: 'Choose an office' }),
  limit: z.number().int().min(1).max(100).default(25),
});
export type LibrarySearch = z.input<typeof librarySearchSchema>;

export const addLocalServiceSchema = z
  .object({ ...itemFields, type: z.enum(['service', 'online']) })
  .refine((item) => item.url || item.phone, {
    error: 'Give a web address or a phone number, so the customer can reach it',
    path: ['url'],
  });

export const suggestionSchema = libraryResultSchema.extend({
  url: z.string().nullable(),
  phone: z.string().nullable(),
  score: z.number(),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

/** Where a customer is: their office, and its nation. */
export interface Whereabouts {
  officeId: string | null;
  nation: Nation;
}

/** The areas whose items apply to a customer, nearest first. */
export function areasFor({ officeId, nation }: Whereabouts): LibraryArea[] {
  return [...(officeId ? [`office:${officeId}` as const] : []), nation, 'UK'];
}

/** The topic tags an obstacle's words point to: "behind on rent" is debt and housing. */
export function topicsIn(text: string): Set<string> {
  const padded = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}'-]+/gu, ' ')} `;
  return new Set(
    topicTags.filter((tag) => topicWords[tag]!.some((word) => padded.includes(` ${word}`))),
  );
}

export interface Candidate {
  item: Pick<LibraryItem, 'id' | 'headings' | 'tags' | 'area'>;
  /** SQLite FTS5 bm25 of the obstacle's words against the item: lower is better, 0 for none. */
  bm25: number;
}

const weights = {
  tag: 1.5,
  specificTag: 1.5,
  tags: 2,
  text: 1.5,
  heading: 1,
  office: 0.4,
  nation: 0.2,
};
/** Items for one group of people rank lower unless the obstacle points to that group. */
const audiences = ['men', 'young-people', 'older-people', 'veterans', 'lgbt'];
const audiencePenalty = 1;

/** How many items of the customer's area carry each tag: a rare tag says more. */
export interface TagCounts {
  total: number;
  byTag: Readonly<Record<string, number>>;
}

/**
 * Suggestions for an obstacle: items that serve its heading and its topics
 * (the rarer the topic, the more it counts), whose words match its words,
 * nearest to the customer first. Items outside the customer's area never appear.
 */
export function rankSuggestions<C extends Candidate>(
  obstacle: { heading: string; text: string },
  candidates: readonly C[],
  where: Whereabouts,
  tagCounts: TagCounts,
): (C & { score: number })[] {
  const areas = areasFor(where);
  const topics = topicsIn(obstacle.text);
  const best = Math.min(0, ...candidates.map((candidate) => candidate.bm25));
  const specificity = (tag: string) =>
    Math.log(1 + tagCounts.total / (tagCounts.byTag[tag] ?? 1)) / Math.log(1 + tagCounts.total);
  return candidates
    .filter(({ item }) => areas.includes(item.area))
    .map((candidate) => {
      const { item, bm25 } = candidate;
      const tagScores = item.tags
        .filter((tag) => topics.has(tag))
        .map((tag) => weights.tag + weights.specificTag * specificity(tag))
        .sort((a, b) => b - a)
        .slice(0, weights.tags);
      const otherAudience = item.tags.some((tag) => audiences.includes(tag) && !topics.has(tag));
      const score =
        tagScores.reduce((sum, tag) => sum + tag, 0) +
        weights.text * (best < 0 ? bm25 / best : 0) +
        weights.heading * (item.headings.includes(obstacle.heading as never) ? 1 : 0) +
        (item.area.startsWith('office:')
          ? weights.office
          : item.area === where.nation
            ? weights.nation
            : 0) -
        (otherAudience ? audiencePenalty : 0);
      return { ...candidate, score: Number(score.toFixed(3)) };
    })
    .filter((candidate) => candidate.score > weights.heading)
    .sort((a, b) => b.score - a.score || a.item.id.localeCompare(b.item.id));
}

const starterNamespace = '8f0c7f2e-55a3-4f3c-9a51-6c1b0f2d8e10';
/** The id every device and the central API give a starter item: a UUID from its name in the file. */
export function starterItemId(slug: string): string {
  return uuidv5(slug, starterNamespace);
}

export const addSuggestedStepSchema = z.object({
  obstacleId: z.uuid({ error: 'Choose an obstacle that exists' }),
  libraryItemId: z.uuid({ error: 'Choose an item of the library' }),
});

/** What the customer will do, and how to reach it, when an item becomes a step. */
export function stepFromItem(
  item: Pick<LibraryItem, 'title' | 'type' | 'howToGet' | 'url' | 'phone'>,
) {
  const lead = { service: 'Contact ', online: 'Look at ', practical: '' }[item.type];
  return {
    text: `${lead}${item.title}`.slice(0, 500),
    type: stepTypeOf[item.type],
    contact: [
      item.howToGet,
      item.url && `Website: ${item.url}`,
      item.phone && `Phone: ${item.phone}`,
    ]
      .filter(Boolean)
      .join('\n'),
  };
}
