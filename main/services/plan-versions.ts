import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { WorkabilityError } from '../../core/errors';
import { checkPlan } from '../../core/plan-checks';
import { unconfirmedFindings, type issuePlanSchema } from '../../core/plan-versions';
import { recordAudit } from '../../db/audit';
import { contentHash, currentPlan, insertVersion, listVersions } from '../../db/plan-versions';
import type { Database } from '../../db/schema';

/** Issuing the plan as numbered versions, each checked and audited. */
export function planVersionsService(db: Kysely<Database>) {
  async function requirePlan(caseId: string) {
    const plan = await currentPlan(db, caseId);
    if (!plan) throw new WorkabilityError('not-found', 'That case is not on this device.');
    return plan;
  }

  async function versions(caseId: string) {
    const plan = await requirePlan(caseId);
    const versions = await listVersions(db, caseId);
    return {
      versions,
      changedSinceIssued: versions.at(-1)?.contentHash !== contentHash(plan),
    };
  }

  return {
    versions,

    async issue({ caseId, openChecksConfirmed }: z.output<typeof issuePlanSchema>) {
      const plan = await requirePlan(caseId);
      const findings = checkPlan({ discussion: plan.discussion, attended: plan.attended });
      const unconfirmed = unconfirmedFindings(findings, openChecksConfirmed);
      if (unconfirmed.length > 0) {
        throw new WorkabilityError(
          'invalid-input',
          `The plan checklist has things to look at (${unconfirmed.length}): fix them, or confirm issuing the plan with them open.`,
          unconfirmed.map((finding) => ({ field: finding.target, message: finding.message })),
        );
      }
      const latest = (await listVersions(db, caseId)).at(-1);
      if (latest?.contentHash === contentHash(plan)) {
        throw new WorkabilityError(
          'invalid-input',
          `Nothing has changed since version ${latest.version} was issued.`,
        );
      }
      await db.transaction().execute(async (trx) => {
        const version = await insertVersion(trx, caseId, plan, findings);
        // Which checks were open, never their words: the trail names no customer's health.
        const open = [...new Set(findings.map((finding) => finding.check))];
        await recordAudit(trx, {
          action: 'plan.issued',
          entity: 'case',
          recordId: caseId,
          detail: open.length
            ? `version ${version}, issued with open findings confirmed: ${open.join(', ')}`
            : `version ${version}`,
        });
      });
      return versions(caseId);
    },
  };
}
