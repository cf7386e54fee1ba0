import type { Kysely } from 'kysely';
import { recordAudit } from '../../db/audit';
import type { Database } from '../../db/schema';
import { renderDocx } from '../docx';
import { exportService } from '../services/export';
import { SyncFailure, type CentralApi } from './central-api';

/**
 * Sends each case's latest issued plan to the server, where the Work Coach's
 * systems fetch it. Waits until the plan itself has reached the server. A
 * plan the server refuses keeps its reason and waits for a newer version;
 * the rest of sync goes on.
 */
export async function uploadIssuedPlans(db: Kysely<Database>, api: CentralApi): Promise<number> {
  const due = await db
    .selectFrom('document_uploads')
    .innerJoin('plan_ends', 'plan_ends.case_id', 'document_uploads.case_id')
    .innerJoin('cases', 'cases.id', 'document_uploads.case_id')
    .select([
      'document_uploads.case_id',
      'document_uploads.version',
      'plan_ends.id as plan_id',
      'cases.customer_name',
    ])
    .where('plan_ends.rev', '>', 0)
    .where('document_uploads.error', 'is', null)
    .execute();
  for (const upload of due) {
    const model = await exportService(db).issuedDocument({
      caseId: upload.case_id,
      version: upload.version,
    });
    try {
      await api.putDocument(upload.plan_id, await renderDocx(model));
    } catch (error) {
      if (!(error instanceof SyncFailure) || error.kind !== 'refused') throw error;
      await db
        .updateTable('document_uploads')
        .set({
          error: `The plan for ${upload.customer_name} (version ${upload.version}): ${error.message}`,
        })
        .where('case_id', '=', upload.case_id)
        .where('version', '=', upload.version)
        .execute();
      continue;
    }
    await db.transaction().execute(async (trx) => {
      // A version issued while this one was on its way goes up next time.
      await trx
        .deleteFrom('document_uploads')
        .where('case_id', '=', upload.case_id)
        .where('version', '=', upload.version)
        .execute();
      await recordAudit(trx, {
        action: 'sync.document-uploaded',
        entity: 'case',
        recordId: upload.case_id,
        detail: `plan version ${upload.version}`,
      });
    });
  }
  return due.length;
}
