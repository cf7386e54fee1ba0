import type { Kysely } from 'kysely';
import { numberAppointments } from '../../core/appointments';
import type { Channel } from '../../core/domain';
import type { DocumentModel } from '../../core/document';
import { WorkabilityError } from '../../core/errors';
import { notesDocument } from '../../core/notes-document';
import { checkPlan } from '../../core/plan-checks';
import { planDocument } from '../../core/plan-document';
import { recordAudit } from '../../db/audit';
import { findCase } from '../../db/cases';
import { currentPlan, findVersion, listVersions } from '../../db/plan-versions';
import { findCurrentPractitioner } from '../../db/practitioners';
import type { Database } from '../../db/schema';
import { renderDocx } from '../docx';

type Version = { caseId: string; version: number };

/** The plan preview, and the plan and the meeting notes as .docx documents, each export audited. */
export function exportService(db: Kysely<Database>) {
  async function practitionerName() {
    return (await findCurrentPractitioner(db))?.name ?? 'your Employment and Health Practitioner';
  }

  async function exported(model: DocumentModel, caseId: string, detail: string) {
    const bytes = await renderDocx(model);
    await recordAudit(db, { action: 'case.exported', entity: 'case', recordId: caseId, detail });
    return { fileName: `${model.fileName}.docx`, contentBase64: bytes.toString('base64') };
  }

  /** An issued version's document, as it was issued. */
  async function issuedDocument({ caseId, version }: Version) {
    const issued = await findVersion(db, caseId, version);
    if (!issued) {
      throw new WorkabilityError(
        'not-found',
        `Version ${version} of this plan has not been issued.`,
      );
    }
    return planDocument(issued.plan, {
      version,
      issuedAt: issued.issuedAt,
      practitionerName: issued.issuedBy ?? 'your Employment and Health Practitioner',
    });
  }

  return {
    /** What issuing now would give the customer, and what the checklist still asks. */
    async preview(caseId: string) {
      const plan = await currentPlan(db, caseId);
      if (!plan) throw new WorkabilityError('not-found', 'That case is not on this device.');
      const versions = await listVersions(db, caseId);
      return {
        document: planDocument(plan, {
          version: (versions.at(-1)?.version ?? 0) + 1,
          issuedAt: null,
          practitionerName: await practitionerName(),
        }),
        findings: checkPlan({ discussion: plan.discussion, attended: plan.attended }),
      };
    },

    issuedDocument,

    /** An issued version exactly as it was issued. */
    async planDocx(version: Version) {
      const model = await issuedDocument(version);
      return exported(model, version.caseId, `plan version ${version.version}`);
    },

    /** The meeting notes of every appointment as they are now, for the Work Coach. */
    async notesDocx(caseId: string) {
      const found = await findCase(db, caseId);
      if (!found) throw new WorkabilityError('not-found', 'That case is not on this device.');
      const [office, rows] = await Promise.all([
        db
          .selectFrom('offices')
          .select('name')
          .where('id', '=', found.office_id)
          .executeTakeFirst(),
        db
          .selectFrom('appointments')
          .selectAll()
          .where('case_id', '=', caseId)
          .where('deleted', '=', 0)
          .where('attendance', '!=', 'cancelled')
          .execute(),
      ]);
      const model = notesDocument({
        customerName: found.customer_name,
        customerReference: found.customer_reference,
        officeName: office?.name ?? '',
        practitionerName: await practitionerName(),
        appointments: numberAppointments(
          rows.map((row) => ({ ...row, startsAt: row.starts_at })),
        ).map((row) => ({
          number: row.number,
          startsAt: row.starts_at,
          channel: row.channel as Channel,
          attendance: row.attendance,
          workAbilityScore: row.work_ability_score,
          notes: row.notes,
        })),
      });
      return exported(model, caseId, 'meeting notes');
    },
  };
}
