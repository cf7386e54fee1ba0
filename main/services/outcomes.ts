import { addDays, formatISO, parseISO } from 'date-fns';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { CaseDetail } from '../../core/caseload';
import { WorkabilityError } from '../../core/errors';
import {
  closingRefusals,
  type closeCaseSchema,
  type recordFollowUpSchema,
} from '../../core/outcomes';
import { recordAudit } from '../../db/audit';
import { getCaseDetail } from '../../db/cases';
import { closeCase, insertFollowUp, listFollowUpsDue } from '../../db/outcomes';
import { getDiscussion } from '../../db/plan';
import type { Database } from '../../db/schema';

type Valid<S extends z.ZodType> = z.output<S>;

/** How far ahead the caseload looks for follow-ups: the coming week, and any overdue. */
const followUpHorizonDays = 7;

function refused(field: string, messages: string[]): WorkabilityError {
  return new WorkabilityError(
    'invalid-input',
    messages.join('. '),
    messages.map((message) => ({ field, message })),
  );
}

/** Closing cases with an outcome, and the follow-up six weeks after completion. */
export function outcomesService(db: Kysely<Database>) {
  async function requireCase(caseId: string): Promise<CaseDetail> {
    const detail = await getCaseDetail(db, caseId);
    if (!detail) throw new WorkabilityError('not-found', 'That case is not on this device.');
    return detail;
  }

  return {
    async close(input: Valid<typeof closeCaseSchema>) {
      const detail = await requireCase(input.caseId);
      const refusals = closingRefusals(
        {
          status: detail.status,
          appointmentsAttended: detail.appointments.filter((a) => a.attendance === 'attended')
            .length,
          discussion: await getDiscussion(db, input.caseId),
        },
        input.outcome,
      );
      if (refusals.length > 0) throw refused('outcome', refusals);
      await db.transaction().execute(async (trx) => {
        await closeCase(trx, input);
        await recordAudit(trx, {
          action: 'case.closed',
          entity: 'case',
          recordId: input.caseId,
          detail: input.unsuitableReason
            ? `${input.outcome}: ${input.unsuitableReason}`
            : input.outcome,
        });
      });
      return requireCase(input.caseId);
    },

    async recordFollowUp(input: Valid<typeof recordFollowUpSchema>) {
      const detail = await requireCase(input.caseId);
      if (detail.outcome?.outcome !== 'completed') {
        throw refused('stepsTaken', ['Only a completed case has a follow-up']);
      }
      if (detail.outcome.followUp) {
        throw refused('stepsTaken', ['The follow-up for this case is already recorded']);
      }
      await db.transaction().execute(async (trx) => {
        await insertFollowUp(trx, input);
        await recordAudit(trx, {
          action: 'case.follow-up-recorded',
          entity: 'case',
          recordId: input.caseId,
          detail: `Steps taken: ${input.stepsTaken}`,
        });
      });
      return requireCase(input.caseId);
    },

    /** Today is the EHP's, from the renderer: the office's calendar, not the machine's zone. */
    followUpsDue(today: string) {
      const horizon = addDays(parseISO(today), followUpHorizonDays);
      return listFollowUpsDue(db, formatISO(horizon, { representation: 'date' }));
    },
  };
}
