import type { Kysely } from 'kysely';
import { recordAudit } from '../../db/audit';
import type { Database } from '../../db/schema';
import { renderDocx } from '../docx';
import { exportService } from '../services/export';
import type { CentralApi } from './central-api';

/**
 * Sends each case's latest issued plan to the server, where the Work Coach's
 * systems fetch it. Waits until the plan itself has reached the server.
 */
export async function uploadIssuedPlans(db: Kysely<Database>, api: CentralApi): Promise<number> {
  const due = await db
    .selectFrom('document_uploads')
    .innerJoin('plan_ends', 'plan_ends.case_id', 'document_uploads.case_id')
    .select(['document_uploads.case_id', 'document_uploads.version', 'plan_ends.id as plan_id'])
    .where('plan_ends.rev', '>', 0)
    .execute();
  for (const upload of due) {
    const model = await exportService(db).issuedDocument({
      caseId: upload.case_id,
      version: upload.version,
    });
    await api.putDocument(upload.plan_id, await renderDocx(model));
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
