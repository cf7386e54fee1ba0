import type { Kysely } from 'kysely';
import { draftFieldsSchema, type DraftFields, type Drafts } from '../core/drafts';
import type { Database } from './schema';

export async function listDrafts(db: Kysely<Database>, caseId: string): Promise<Drafts> {
  const rows = await db
    .selectFrom('drafts')
    .select(['form', 'fields'])
    .where('case_id', '=', caseId)
    .execute();
  const drafts: Drafts = {};
  for (const row of rows) {
    // Written by this app from validated input; a row that no longer parses is skipped, not fatal.
    const fields = draftFieldsSchema.safeParse(JSON.parse(row.fields));
    if (fields.success) drafts[row.form] = fields.data;
  }
  return drafts;
}

/** Keeps the form's fields, or with null removes its draft. */
export async function saveDraft(
  db: Kysely<Database>,
  caseId: string,
  form: string,
  fields: DraftFields | null,
  now = new Date(),
): Promise<void> {
  if (!fields) {
    await db.deleteFrom('drafts').where('case_id', '=', caseId).where('form', '=', form).execute();
    return;
  }
  const row = { fields: JSON.stringify(fields), updated_at: now.toISOString() };
  await db
    .insertInto('drafts')
    .values({ case_id: caseId, form, ...row })
    .onConflict((conflict) => conflict.columns(['case_id', 'form']).doUpdateSet(row))
    .execute();
}
