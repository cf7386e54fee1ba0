import type { Kysely } from 'kysely';
import type { Rulebook } from '../core/guardrails/rulebook';
import { rulebookRecordId } from '../core/sync';
import { insertRecord, logChange } from './records';
import type { ServerDatabase } from './schema';

/**
 * Publishes a scope-of-practice rulebook to every app, by pull. Only a newer
 * version replaces the one published (versions are dated, so they sort);
 * returns whether it did.
 */
export async function publishRulebook(
  db: Kysely<ServerDatabase>,
  book: Rulebook,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('records')
      .select(['rev', 'fields'])
      .where('entity', '=', 'rulebook')
      .where('id', '=', rulebookRecordId)
      .executeTakeFirst();
    const fields = { version: book.version, book: JSON.stringify(book) };
    if (!current) {
      await insertRecord(trx, {
        entity: 'rulebook',
        id: rulebookRecordId,
        by: null,
        scope: { case_id: null, owner_id: null, office_id: null },
        fields,
      });
      return true;
    }
    const { version } = JSON.parse(current.fields) as { version: string };
    if (book.version <= version) return false;
    await trx
      .updateTable('records')
      .set({
        rev: current.rev + 1,
        updated_at: new Date().toISOString(),
        fields: JSON.stringify(fields),
        field_revs: JSON.stringify({ version: current.rev + 1, book: current.rev + 1 }),
      })
      .where('entity', '=', 'rulebook')
      .where('id', '=', rulebookRecordId)
      .execute();
    await logChange(trx, 'rulebook', rulebookRecordId);
    return true;
  });
}
