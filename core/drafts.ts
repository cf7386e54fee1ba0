import { z } from 'zod';

/**
 * What is typed into a form not yet submitted (a new goal, an obstacle being
 * changed), kept in the store as it is typed so nothing is lost if the app is
 * closed or killed. A form is named by its field prefix: "goal", "step",
 * "obstacle-personal", "goal-<id>" for a goal being changed.
 */
export const draftFieldsSchema = z
  .record(
    z.string().regex(/^[A-Za-z]{1,40}$/, { error: 'A draft field is named in letters' }),
    z.union([
      z.string().max(4000, { error: 'Keep this to 4,000 characters or fewer' }),
      z.boolean(),
    ]),
  )
  .refine((fields) => Object.keys(fields).length <= 20, { error: 'A draft has at most 20 fields' });
export type DraftFields = z.infer<typeof draftFieldsSchema>;

export const draftFormSchema = z
  .string()
  .regex(/^[a-z]+(-[a-z0-9-]{1,40})?$/, { error: 'Name the form the draft belongs to' });

export const saveDraftSchema = z.object({
  caseId: z.uuid({ error: 'Choose a case that exists' }),
  form: draftFormSchema,
  /** null: the form was submitted or cancelled, so the draft goes. */
  fields: draftFieldsSchema.nullable(),
});

export const draftsSchema = z.record(z.string(), draftFieldsSchema);
export type Drafts = z.infer<typeof draftsSchema>;
