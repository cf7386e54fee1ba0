import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { WorkabilityError } from '../../core/errors';
import { decisionRefusal, type decideSchema } from '../../core/scope';
import { recordAudit } from '../../db/audit';
import { findCase } from '../../db/cases';
import { insertDecision, listDecisions } from '../../db/scope-decisions';
import type { Database } from '../../db/schema';

/** Scope-of-practice decisions: each with its audit event, in one transaction. */
export function scopeService(db: Kysely<Database>) {
  async function requireCase(caseId: string) {
    if (!(await findCase(db, caseId))) {
      throw new WorkabilityError('not-found', 'That case is not on this device.');
    }
  }
  return {
    async decisions(caseId: string) {
      await requireCase(caseId);
      return listDecisions(db, caseId);
    },

    async decide(input: z.output<typeof decideSchema>) {
      await requireCase(input.caseId);
      const refusal = decisionRefusal(input);
      if (refusal) {
        throw new WorkabilityError('invalid-input', refusal, [
          { field: 'reason', message: refusal },
        ]);
      }
      await db.transaction().execute(async (trx) => {
        const id = await insertDecision(trx, input);
        // The rule and the field, never the words: the trail names no customer's health.
        await recordAudit(trx, {
          action: input.kind === 'kept' ? 'scope.kept' : 'scope.safeguarding-recorded',
          entity: 'case',
          recordId: input.caseId,
          detail: `${input.ruleId} in ${input.field} (decision ${id})`,
        });
      });
      return listDecisions(db, input.caseId);
    },
  };
}
