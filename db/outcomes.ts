import type { Kysely } from 'kysely';
import type { z } from 'zod';
import {
  followUpDate,
  type CaseOutcome,
  type closeCaseSchema,
  type recordFollowUpSchema,
} from '../core/outcomes';
import { oneOfCase, touched } from './row-stamp';
import type { Database } from './schema';

type ValidClose = z.output<typeof closeCaseSchema>;
type ValidFollowUp = z.output<typeof recordFollowUpSchema>;

/** Closes a case with its outcome; a completed case gets its follow-up date. */
export async function closeCase(
  db: Kysely<Database>,
  close: ValidClose,
  now = new Date(),
): Promise<void> {
  const stamp = touched(now);
  await db
    .updateTable('cases')
    .set({
      status: close.outcome,
      closed_at: stamp.updated_at,
      unsuitable_reason: close.outcome === 'unsuitable' ? close.unsuitableReason : null,
      outcome_note: close.note,
      follow_up_due: close.outcome === 'completed' ? followUpDate(stamp.updated_at) : null,
      ...stamp,
    })
    .where('id', '=', close.caseId)
    .execute();
}

export async function insertFollowUp(db: Kysely<Database>, followUp: ValidFollowUp) {
  const stamp = oneOfCase(followUp.caseId, 'follow-up');
  await db
    .insertInto('follow_ups')
    .values({
      ...stamp,
      case_id: followUp.caseId,
      steps_taken: followUp.stepsTaken,
      work_ability_score: followUp.workAbilityScore,
      note: followUp.note,
      recorded_at: stamp.updated_at,
    })
    .execute();
}

export async function getOutcome(
  db: Kysely<Database>,
  caseId: string,
): Promise<CaseOutcome | null> {
  const row = await db
    .selectFrom('cases')
    .leftJoin('follow_ups', (join) =>
      join.onRef('follow_ups.case_id', '=', 'cases.id').on('follow_ups.deleted', '=', 0),
    )
    .select([
      'cases.status',
      'cases.closed_at',
      'cases.unsuitable_reason',
      'cases.outcome_note',
      'cases.follow_up_due',
      'follow_ups.steps_taken',
      'follow_ups.work_ability_score',
      'follow_ups.note',
      'follow_ups.recorded_at',
    ])
    .where('cases.id', '=', caseId)
    .executeTakeFirst();
  if (!row?.closed_at || row.status === 'referred' || row.status === 'active') return null;
  return {
    outcome: row.status,
    unsuitableReason: row.unsuitable_reason,
    note: row.outcome_note,
    closedAt: row.closed_at,
    followUpDue: row.follow_up_due,
    followUp: row.steps_taken
      ? {
          stepsTaken: row.steps_taken,
          workAbilityScore: row.work_ability_score!,
          note: row.note!,
          recordedAt: row.recorded_at!,
        }
      : null,
  };
}

export interface FollowUpDue {
  caseId: string;
  customerName: string;
  customerReference: string;
  followUpDue: string;
}

/** Completed cases whose follow-up falls on or before the given day and is not yet recorded. */
export async function listFollowUpsDue(
  db: Kysely<Database>,
  onOrBefore: string,
): Promise<FollowUpDue[]> {
  const rows = await db
    .selectFrom('cases')
    .select(['id', 'customer_name', 'customer_reference', 'follow_up_due'])
    .where('deleted', '=', 0)
    .where('status', '=', 'completed')
    .where('follow_up_due', '<=', onOrBefore)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('follow_ups')
            .select('follow_ups.id')
            .whereRef('follow_ups.case_id', '=', 'cases.id')
            .where('follow_ups.deleted', '=', 0),
        ),
      ),
    )
    .orderBy('follow_up_due')
    .orderBy('customer_name')
    .execute();
  return rows.map((row) => ({
    caseId: row.id,
    customerName: row.customer_name,
    customerReference: row.customer_reference,
    followUpDue: row.follow_up_due!,
  }));
}
