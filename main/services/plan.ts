import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { AuditAction } from '../../core/audit';
import type { saveDraftSchema } from '../../core/drafts';
import { WorkabilityError } from '../../core/errors';
import { stepFromItem, type addSuggestedStepSchema } from '../../core/library';
import type {
  markHeadingSchema,
  reviewStepSchema,
  saveGoalSchema,
  saveObstacleSchema,
  savePlanEndSchema,
  saveStepSchema,
} from '../../core/plan';
import { recordAudit, recordEditAudit } from '../../db/audit';
import { findLibraryItem } from '../../db/library';
import { listDrafts, saveDraft } from '../../db/drafts';
import { findCase } from '../../db/cases';
import {
  caseOf,
  deleteRow,
  getDiscussion,
  markHeading,
  saveGoal,
  saveObstacle,
  savePlanEnd,
  saveStep,
} from '../../db/plan';
import type { Database } from '../../db/schema';
import { touched } from '../../db/row-stamp';

type Valid<S extends z.ZodType> = z.output<S>;
type Part = 'goals' | 'obstacles' | 'steps';
const entities = { goals: 'goal', obstacles: 'obstacle', steps: 'step' } as const;

function invalid(field: string, message: string): WorkabilityError {
  return new WorkabilityError('invalid-input', message, [{ field, message }]);
}

/**
 * Goals, obstacles and steps of a case. Every reference is checked against the
 * case it is said to belong to, and each change is audited in its transaction.
 */
export function planService(db: Kysely<Database>) {
  async function requireCase(caseId: string) {
    if (!(await findCase(db, caseId)))
      throw new WorkabilityError('not-found', 'That case is not on this device.');
  }

  async function requirePart(part: Part, id: string, caseId?: string): Promise<string> {
    const owner = await caseOf(db, part, id);
    if (!owner || (caseId && owner !== caseId)) {
      throw new WorkabilityError('not-found', `That ${entities[part]} is not part of this case.`);
    }
    return owner;
  }

  async function write(
    caseId: string,
    part: Part,
    action: AuditAction,
    work: (trx: Kysely<Database>) => Promise<string>,
  ) {
    await db.transaction().execute(async (trx) => {
      const id = await work(trx);
      await recordAudit(trx, {
        action,
        entity: 'case',
        recordId: caseId,
        detail: `${entities[part]} ${id}`,
      });
    });
    return getDiscussion(db, caseId);
  }

  return {
    async get(caseId: string) {
      await requireCase(caseId);
      return getDiscussion(db, caseId);
    },

    async saveGoal(goal: Valid<typeof saveGoalSchema>) {
      await requireCase(goal.caseId);
      if (goal.id) await requirePart('goals', goal.id, goal.caseId);
      return write(goal.caseId, 'goals', 'plan.goal-saved', (trx) => saveGoal(trx, goal));
    },

    async saveObstacle(obstacle: Valid<typeof saveObstacleSchema>) {
      await requireCase(obstacle.caseId);
      if (obstacle.id) await requirePart('obstacles', obstacle.id, obstacle.caseId);
      return write(obstacle.caseId, 'obstacles', 'plan.obstacle-saved', async (trx) => {
        await markHeading(trx, obstacle.caseId, obstacle.heading, null);
        return saveObstacle(trx, obstacle);
      });
    },

    async saveStep(step: Valid<typeof saveStepSchema>) {
      await requireCase(step.caseId);
      if (step.id) await requirePart('steps', step.id, step.caseId);
      if ((await caseOf(db, 'obstacles', step.obstacleId)) !== step.caseId) {
        throw invalid('obstacleId', 'Choose an obstacle of this case for the step to answer');
      }
      if (step.goalId && (await caseOf(db, 'goals', step.goalId)) !== step.caseId) {
        throw invalid('goalId', 'Choose a goal of this case');
      }
      return write(step.caseId, 'steps', 'plan.step-saved', (trx) => saveStep(trx, step));
    },

    /** One key press on a suggestion: the item becomes a step for the obstacle, with its contact details. */
    async addSuggestedStep({ obstacleId, libraryItemId }: Valid<typeof addSuggestedStepSchema>) {
      const caseId = await requirePart('obstacles', obstacleId);
      const item = await findLibraryItem(db, libraryItemId);
      if (!item) throw invalid('libraryItemId', 'That item is not in the library');
      const { contact, ...step } = stepFromItem(item);
      return write(caseId, 'steps', 'plan.step-saved', (trx) =>
        saveStep(
          trx,
          { caseId, obstacleId, goalId: null, who: 'You', byWhen: null, interim: false, ...step },
          { library_item_id: item.id, contact },
        ),
      );
    },

    async reviewStep({ id, review, note }: Valid<typeof reviewStepSchema>) {
      const caseId = await requirePart('steps', id);
      return write(caseId, 'steps', 'plan.step-reviewed', async (trx) => {
        await trx
          .updateTable('steps')
          .set({ review, review_note: note, ...touched() })
          .where('id', '=', id)
          .execute();
        return id;
      });
    },

    async remove(part: Part, id: string) {
      const caseId = await requirePart(part, id);
      if (part === 'obstacles') {
        const { obstacles } = await getDiscussion(db, caseId);
        if (obstacles.find((o) => o.id === id)!.steps.length > 0) {
          throw invalid(
            'id',
            'Remove the steps for this obstacle first, or match them to another obstacle',
          );
        }
      }
      if (part === 'goals') {
        await db
          .updateTable('steps')
          .set({ goal_id: null, ...touched() })
          .where('goal_id', '=', id)
          .execute();
      }
      return write(caseId, part, 'plan.removed', async (trx) => {
        await deleteRow(trx, part, id);
        return id;
      });
    },

    async saveEnd({ caseId, ...change }: Valid<typeof savePlanEndSchema>) {
      await requireCase(caseId);
      const now = new Date();
      await db.transaction().execute(async (trx) => {
        await savePlanEnd(trx, caseId, change);
        await recordEditAudit(trx, {
          action: 'plan.end-edited',
          entity: 'case',
          recordId: caseId,
          at: now,
        });
      });
      return { savedAt: now.toISOString() };
    },

    async drafts(caseId: string) {
      await requireCase(caseId);
      return listDrafts(db, caseId);
    },

    /** Not audited: a draft is typing in progress, not a record; what it becomes is. */
    async saveDraft({ caseId, form, fields }: Valid<typeof saveDraftSchema>) {
      await requireCase(caseId);
      const now = new Date();
      await saveDraft(db, caseId, form, fields, now);
      return { savedAt: now.toISOString() };
    },

    async markHeading({ caseId, heading, noneReason }: Valid<typeof markHeadingSchema>) {
      await requireCase(caseId);
      const { obstacles } = await getDiscussion(db, caseId);
      if (noneReason && obstacles.some((o) => o.heading === heading)) {
        throw invalid(
          'noneReason',
          `There are ${heading} obstacles already: remove them before marking none identified`,
        );
      }
      await db.transaction().execute(async (trx) => {
        await markHeading(trx, caseId, heading, noneReason);
        await recordAudit(trx, {
          action: 'plan.heading-marked',
          entity: 'case',
          recordId: caseId,
          detail: `${heading}: ${noneReason ? 'none identified' : 'mark removed'}`,
        });
      });
      return getDiscussion(db, caseId);
    },
  };
}
