import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { numberAppointments } from '../core/appointments';
import type { PlanFinding } from '../core/plan-checks';
import { issuedPlanSchema, type IssuedPlan, type PlanVersion } from '../core/plan-versions';
import { getDiscussion } from './plan';
import { currentPractitionerKey } from './practitioners';
import type { Database } from './schema';

/** The plan of a case as it would be issued now; undefined when the case is not here. */
export async function currentPlan(
  db: Kysely<Database>,
  caseId: string,
): Promise<IssuedPlan | undefined> {
  const header = await db
    .selectFrom('cases')
    .innerJoin('offices', 'offices.id', 'cases.office_id')
    .select([
      'cases.customer_name',
      'cases.customer_reference',
      'cases.follow_up_due',
      'offices.name as office_name',
    ])
    .where('cases.id', '=', caseId)
    .where('cases.deleted', '=', 0)
    .executeTakeFirst();
  if (!header) return undefined;
  const appointments = await db
    .selectFrom('appointments')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('deleted', '=', 0)
    .execute();
  return {
    customerName: header.customer_name,
    customerReference: header.customer_reference,
    officeName: header.office_name,
    followUpDue: header.follow_up_due,
    discussion: await getDiscussion(db, caseId),
    attended: numberAppointments(appointments.map((row) => ({ ...row, startsAt: row.starts_at })))
      .filter((row) => row.attendance === 'attended' && row.number !== null)
      .map((row) => ({
        number: row.number!,
        startsAt: row.starts_at,
        channel: row.channel,
        workAbilityScore: row.work_ability_score,
      })),
  };
}

/** The plan is built in a fixed order, so equal plans give equal JSON and equal hashes. */
export function contentHash(plan: IssuedPlan): string {
  return createHash('sha256').update(JSON.stringify(plan)).digest('hex');
}

export async function listVersions(db: Kysely<Database>, caseId: string): Promise<PlanVersion[]> {
  const rows = await db
    .selectFrom('plan_versions')
    .leftJoin('practitioners', 'practitioners.id', 'plan_versions.issued_by')
    .select([
      'plan_versions.version',
      'plan_versions.issued_at',
      'practitioners.name',
      'plan_versions.content_hash',
      'plan_versions.open_findings',
    ])
    .where('plan_versions.case_id', '=', caseId)
    .orderBy('plan_versions.version')
    .execute();
  return rows.map((row) => ({
    version: row.version,
    issuedAt: row.issued_at,
    issuedBy: row.name,
    contentHash: row.content_hash,
    openFindings: (JSON.parse(row.open_findings) as PlanFinding[]).map(({ check, message }) => ({
      check,
      message,
    })),
  }));
}

/** Freezes the plan as the next version for whoever uses this device; returns its number. */
export async function insertVersion(
  db: Kysely<Database>,
  caseId: string,
  plan: IssuedPlan,
  openFindings: readonly PlanFinding[],
): Promise<number> {
  const [latest, practitioner] = await Promise.all([
    db
      .selectFrom('plan_versions')
      .select((eb) => eb.fn.max('version').as('version'))
      .where('case_id', '=', caseId)
      .executeTakeFirst(),
    db
      .selectFrom('device_settings')
      .select('value')
      .where('key', '=', currentPractitionerKey)
      .executeTakeFirst(),
  ]);
  const version = (latest?.version ?? 0) + 1;
  await db
    .insertInto('plan_versions')
    .values({
      id: uuidv7(),
      case_id: caseId,
      version,
      content: JSON.stringify(plan),
      content_hash: contentHash(plan),
      issued_at: new Date().toISOString(),
      issued_by: practitioner?.value ?? null,
      open_findings: JSON.stringify(openFindings),
    })
    .execute();
  return version;
}

/** One issued version as it was frozen, with who issued it; undefined when there is none. */
export async function findVersion(db: Kysely<Database>, caseId: string, version: number) {
  const row = await db
    .selectFrom('plan_versions')
    .leftJoin('practitioners', 'practitioners.id', 'plan_versions.issued_by')
    .select(['plan_versions.content', 'plan_versions.issued_at', 'practitioners.name'])
    .where('plan_versions.case_id', '=', caseId)
    .where('plan_versions.version', '=', version)
    .executeTakeFirst();
  return (
    row && {
      plan: issuedPlanSchema.parse(JSON.parse(row.content)),
      issuedAt: row.issued_at,
      issuedBy: row.name,
    }
  );
}
