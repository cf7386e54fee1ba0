import { z } from 'zod';
import { nations, roles } from './domain';

/**
 * The central API's wire formats (../shared/SYNC.md), one source for the
 * server's validation, its OpenAPI description and the app's client.
 */
export const serverRoles = z.enum([...roles.values, 'referrer', 'admin']);
export type ServerRole = z.infer<typeof serverRoles>;

export const tokenRequestSchema = z.object({
  username: z.string().trim().min(1, { error: 'Enter the username' }).max(100),
  password: z.string().min(1, { error: 'Enter the password' }).max(200),
});

export const tokenResponseSchema = z.object({
  token: z.string(),
  expiresAt: z.string(),
  practitioner: z.object({
    id: z.string(),
    name: z.string(),
    role: serverRoles,
    officeId: z.string().nullable(),
  }),
});

/** RFC 9457 problem details, as every error leaves the server. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});

export const officeInputSchema = z.object({
  id: z.uuid({ error: 'Give the office id as a UUID' }),
  name: z.string().trim().min(1, { error: 'Give the office a name' }).max(100),
  nation: nations.schema,
});

export const userInputSchema = z.object({
  username: z.string().regex(/^[a-z0-9._-]{3,40}$/, {
    error: 'A username is 3 to 40 lower-case letters, digits, dots, dashes',
  }),
  password: z.string().min(12, { error: 'A password has at least 12 characters' }).max(200),
  role: serverRoles,
  officeId: z.uuid({ error: 'Give the office id as a UUID' }).nullable(),
  name: z.string().trim().min(1, { error: 'Give the person’s full name' }).max(100),
});

const uuid = z.uuid({ error: 'Give an id as a UUID' });
const text = (max: number) => z.string().max(max);
// "or null" in SYNC.md: may be left out on create, and is then stored as null.
const score = z.number().int().min(0).max(10).nullish();
const headingName = z.enum(['health', 'personal', 'social', 'work']);

/**
 * What a client may carry beyond the contract's fields (SYNC.md allows it):
 * plain values only, bounded, so the server stores text and never structure.
 */
const extraField = z.union([
  z.string().max(20_000),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.string().max(500)).max(100),
]);
const record = <T extends z.ZodRawShape>(shape: T) => z.object(shape).catchall(extraField);

/**
 * Each entity's fields on the wire (SYNC.md "Entities on the wire"); optional
 * ones may be left out. Beyond SYNC.md's list: a heading marked none
 * identified and a follow-up, the case's other records.
 */
export const entityFields = {
  case: record({
    officeId: uuid,
    customerName: text(200).min(1),
    customerRef: text(50).min(1),
    referralDate: z.iso.date(),
    status: z.enum(['referred', 'active', 'completed', 'unsuitable', 'returned', 'claim_closed']),
    practitionerId: uuid.optional(),
  }),
  appointment: record({
    caseId: uuid,
    number: z.number().int().min(1),
    startsAt: z.iso.datetime({ offset: true }),
    channel: z.enum(['telephone', 'video', 'face_to_face', 'neutral_venue']),
    attendance: z.enum([
      'scheduled',
      'attended',
      'unable_to_attend',
      'failed_to_attend',
      'cancelled',
    ]),
    workAbilityScore: score,
    notes: text(20_000).optional(),
  }),
  goal: record({
    caseId: uuid,
    lens: z.enum(['past', 'present', 'future']),
    text: text(500).min(1),
    workRelated: z.boolean(),
  }),
  obstacle: record({
    caseId: uuid,
    heading: z.enum(['health', 'personal', 'social', 'work']),
    text: text(500).min(1),
  }),
  step: record({
    caseId: uuid,
    obstacleId: uuid,
    text: text(500).min(1),
    type: z.enum(['signpost', 'online_resource', 'practical_step']),
    who: text(100).min(1),
    byWhen: z.iso.date().nullable().optional(),
    libraryItemId: uuid.nullish(),
  }),
  plan: record({
    caseId: uuid,
    canDoNow: text(4000),
    confidence: score,
    importance: score,
    potentialWorkAbility: score,
  }),
  library_item: record({
    title: text(120).min(1),
    summary: text(600).min(1),
    type: z.enum(['service', 'online', 'practical']),
    headings: z.array(z.enum(['health', 'personal', 'social', 'work'])).min(1),
    area: z.union([z.enum(['UK', 'England', 'Wales']), z.templateLiteral(['office:', z.uuid()])]),
    url: z.string().nullable(),
    phone: z.string().nullable(),
  }),
  none_identified: record({
    caseId: uuid,
    heading: headingName,
    reason: text(1000).min(1),
  }),
  follow_up: record({
    caseId: uuid,
    stepsTaken: z.enum(['all', 'some', 'none']),
    workAbilityScore: z.number().int().min(0).max(10),
    note: text(1000),
    recordedAt: z.iso.datetime({ offset: true }),
  }),
} as const;
export type RecordEntity = keyof typeof entityFields;

/**
 * A field pushed on two devices to different values: the server keeps one
 * and this record keeps the other, until a practitioner chooses. Pushing a
 * delete of it marks it resolved on every device.
 */
export const conflictFields = z.object({
  entity: z.enum(Object.keys(entityFields) as [RecordEntity, ...RecordEntity[]]),
  recordId: z.string(),
  field: z.string(),
  serverValue: z.unknown(),
  clientValue: z.unknown(),
  createdAt: z.string(),
});
export type ConflictFields = z.infer<typeof conflictFields>;

/** What a push may carry, and what a pull may bring: offices, practitioners and the rulebook are the server's own. */
export const pushEntities = [
  ...(Object.keys(entityFields) as RecordEntity[]),
  'conflict',
] as const satisfies readonly string[];
export const pullEntities = [
  ...pushEntities,
  'office',
  'practitioner',
  'rulebook',
  'departure',
] as const;

/**
 * A case gone from someone's view: given by a manager to another
 * practitioner, or a referral taken by one of the office's EHPs. Pulled by
 * whoever could see the case before, so their device lets go of it.
 */
export const departureFields = z.object({ caseId: z.string(), practitionerId: z.string() });
export type DepartureFields = z.infer<typeof departureFields>;

/** The scope-of-practice rulebook as the server publishes it: one record, its JSON as text. */
export const rulebookRecordId = '019ac0de-0000-7000-8000-0000000a0001';
export const rulebookFields = z.object({ version: z.string(), book: z.string() });
export type Entity = (typeof pullEntities)[number];

export const officeFields = z.object({ name: z.string(), nation: nations.schema });

export const mutationSchema = z.object({
  mutationId: uuid,
  entity: z.enum(pushEntities as unknown as [RecordEntity | 'conflict']),
  id: uuid,
  baseRev: z.number().int().min(0).nullable(),
  op: z.enum(['upsert', 'delete']),
  fields: z.record(z.string(), z.unknown()).default({}),
});
export type Mutation = z.infer<typeof mutationSchema>;

/** The largest push body the server takes (413 beyond); the app fills a batch to half of it. */
export const pushBodyLimit = 2 * 1024 * 1024;

export const pushRequestSchema = z.object({
  deviceId: z.string().min(1).max(100),
  mutations: z.array(mutationSchema).min(1).max(500),
});

const conflictSchema = z.object({
  field: z.string(),
  serverValue: z.unknown(),
  clientValue: z.unknown(),
});

export const pushResultSchema = z.object({
  mutationId: z.string(),
  status: z.enum(['applied', 'duplicate', 'conflict', 'rejected']),
  rev: z.number().int().nullable(),
  record: z.record(z.string(), z.unknown()).nullable(),
  conflicts: z.array(conflictSchema),
  error: problemSchema.nullable(),
});
export type PushResult = z.infer<typeof pushResultSchema>;

export const pushResponseSchema = z.object({ results: z.array(pushResultSchema) });

export const pullQuerySchema = z.object({
  cursor: z
    .string()
    .regex(/^\d{1,18}$/, { error: 'Give back a cursor the server returned' })
    .optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
});

export const pullResponseSchema = z.object({
  changes: z.array(
    z.object({
      entity: z.enum(pullEntities as unknown as [Entity]),
      id: z.string(),
      rev: z.number().int(),
      deleted: z.boolean(),
      updatedAt: z.string(),
      updatedBy: z.string().nullable(),
      fields: z.record(z.string(), z.unknown()),
    }),
  ),
  cursor: z.string(),
  hasMore: z.boolean(),
});

const referrerRolesOnWire = z.enum(['work_coach', 'dea']);

/** SYNC.md's referral from a Work Coach system: a new case for an office. */
export const referralSchema = z.object({
  officeId: uuid,
  customerName: text(200).trim().min(1, { error: 'Give the customer’s name' }),
  customerRef: text(50).trim().min(1, { error: 'Give the customer’s reference' }),
  referralDate: z.iso.date({ error: 'Give the referral date as a date' }),
  referrerName: text(200).trim().min(1, { error: 'Give the referrer’s name' }),
  referrerRole: referrerRolesOnWire,
  notes: text(4000).default(''),
});

export const referralResponseSchema = z.object({ caseId: z.string() });

/** The media type of an issued plan's document. */
export const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
