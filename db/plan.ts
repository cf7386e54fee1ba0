import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type {
  Discussion,
  Heading,
  PlanEnd,
  saveGoalSchema,
  saveObstacleSchema,
  saveStepSchema,
} from '../core/plan';
import { newRow, oneOfCase, touched } from './row-stamp';
import type { Database } from './schema';

type Valid<S extends z.ZodType> = z.output<S>;

/** Goals, obstacles with their steps, and headings marked none identified, for one case. */
export async function getDiscussion(db: Kysely<Database>, caseId: string): Promise<Discussion> {
  const [goals, obstacles, steps, none, end] = await Promise.all([
    db
      .selectFrom('goals')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('deleted', '=', 0)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('obstacles')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('deleted', '=', 0)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('steps')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('deleted', '=', 0)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('headings_none_identified')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('deleted', '=', 0)
      .orderBy('heading')
      .execute(),
    db.selectFrom('plan_ends').selectAll().where('case_id', '=', caseId).executeTakeFirst(),
  ]);
  return {
    caseId,
    goals: goals.map((goal) => ({
      id: goal.id,
      lens: goal.lens,
      kind: goal.kind,
      text: goal.text,
    })),
    obstacles: obstacles.map((obstacle) => ({
      id: obstacle.id,
      heading: obstacle.heading,
      text: obstacle.text,
      limitingBelief: obstacle.limiting_belief,
      beliefApproach: obstacle.belief_approach,
      steps: steps
        .filter((step) => step.obstacle_id === obstacle.id)
        .map((step) => ({
          id: step.id,
          obstacleId: step.obstacle_id,
          goalId: step.goal_id,
          text: step.text,
          type: step.type,
          who: step.who,
          byWhen: step.by_when,
          interim: step.interim === 1,
          review: step.review,
          reviewNote: step.review_note,
          libraryItemId: step.library_item_id,
          contact: step.contact,
        })),
    })),
    noneIdentified: none.map((row) => ({ heading: row.heading, reason: row.reason })),
    end: {
      confidence: end?.confidence ?? null,
      importance: end?.importance ?? null,
      potentialWorkAbility: end?.potential_work_ability ?? null,
      canDo: end?.can_do ?? '',
    },
  };
}

/** The case a goal, obstacle or step belongs to, if it exists. */
export async function caseOf(
  db: Kysely<Database>,
  table: 'goals' | 'obstacles' | 'steps',
  id: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom(table as 'goals')
    .select('case_id')
    .where('id', '=', id)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  return row?.case_id;
}

export async function saveGoal(
  db: Kysely<Database>,
  goal: Valid<typeof saveGoalSchema>,
): Promise<string> {
  const values = { lens: goal.lens, kind: goal.kind, text: goal.text };
  if (goal.id) {
    await db
      .updateTable('goals')
      .set({ ...values, ...touched() })
      .where('id', '=', goal.id)
      .execute();
    return goal.id;
  }
  const row = { ...newRow(), case_id: goal.caseId, ...values };
  await db.insertInto('goals').values(row).execute();
  return row.id;
}

export async function saveObstacle(
  db: Kysely<Database>,
  obstacle: Valid<typeof saveObstacleSchema>,
): Promise<string> {
  const values = {
    heading: obstacle.heading,
    text: obstacle.text,
    limiting_belief: obstacle.limitingBelief || null,
    belief_approach: obstacle.limitingBelief ? obstacle.beliefApproach : null,
  };
  if (obstacle.id) {
    await db
      .updateTable('obstacles')
      .set({ ...values, ...touched() })
      .where('id', '=', obstacle.id)
      .execute();
    return obstacle.id;
  }
  const row = { ...newRow(), case_id: obstacle.caseId, ...values };
  await db.insertInto('obstacles').values(row).execute();
  return row.id;
}

/** A new step may come from a library item; a change keeps where it came from. */
export async function saveStep(
  db: Kysely<Database>,
  step: Valid<typeof saveStepSchema>,
  from: { library_item_id: string; contact: string } | null = null,
): Promise<string> {
  const values = {
    obstacle_id: step.obstacleId,
    goal_id: step.goalId,
    text: step.text,
    type: step.type,
    who: step.who,
    by_when: step.byWhen,
    interim: step.interim ? (1 as const) : (0 as const),
  };
  if (step.id) {
    await db
      .updateTable('steps')
      .set({ ...values, ...touched() })
      .where('id', '=', step.id)
      .execute();
    return step.id;
  }
  const row = { ...newRow(), case_id: step.caseId, review: null, ...values, ...from };
  await db.insertInto('steps').values(row).execute();
  return row.id;
}

/** Deleted rows stay as tombstones, so the deletion can reach the central API. */
export async function deleteRow(
  db: Kysely<Database>,
  table: 'goals' | 'obstacles' | 'steps',
  id: string,
) {
  await db
    .updateTable(table as 'goals')
    .set({ deleted: 1, ...touched() })
    .where('id', '=', id)
    .execute();
}

export async function markHeading(
  db: Kysely<Database>,
  caseId: string,
  heading: Heading,
  reason: string | null,
): Promise<void> {
  const existing = await db
    .selectFrom('headings_none_identified')
    .select('id')
    .where('case_id', '=', caseId)
    .where('heading', '=', heading)
    .executeTakeFirst();
  if (existing) {
    await db
      .updateTable('headings_none_identified')
      .set({ reason: reason ?? '', deleted: reason ? 0 : 1, ...touched() })
      .where('id', '=', existing.id)
      .execute();
  } else if (reason) {
    await db
      .insertInto('headings_none_identified')
      .values({
        ...oneOfCase(caseId, `none-identified:${heading}`),
        case_id: caseId,
        heading,
        reason,
      })
      .execute();
  }
}

/** Saves the parts of the end of the discussion that changed. */
export async function savePlanEnd(
  db: Kysely<Database>,
  caseId: string,
  change: Partial<PlanEnd>,
): Promise<void> {
  const values = {
    ...(change.confidence !== undefined && { confidence: change.confidence }),
    ...(change.importance !== undefined && { importance: change.importance }),
    ...(change.potentialWorkAbility !== undefined && {
      potential_work_ability: change.potentialWorkAbility,
    }),
    ...(change.canDo !== undefined && { can_do: change.canDo }),
  };
  await db
    .insertInto('plan_ends')
    .values({ ...oneOfCase(caseId, 'plan'), case_id: caseId, can_do: '', ...values })
    .onConflict((conflict) => conflict.column('case_id').doUpdateSet({ ...values, ...touched() }))
    .execute();
}
