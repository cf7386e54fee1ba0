import { sql, type Kysely, type Selectable } from 'kysely';
import type { CaseDetail, CaseloadPage } from '../core/caseload';
import { caseloadQuerySchema, referralSchema } from '../core/caseload';
import { listAppointments } from './appointments';
import { getOutcome } from './outcomes';
import { toOffice } from './offices';
import { newRow, touched } from './row-stamp';
import type { CaseTable, Database } from './schema';

type CaseloadQuery = ReturnType<typeof caseloadQuerySchema.parse>;
type ValidReferral = ReturnType<typeof referralSchema.parse>;

/** Escapes LIKE's wildcards so a name with % or _ in it is searched for as typed. */
function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

export async function listCases(db: Kysely<Database>, query: CaseloadQuery): Promise<CaseloadPage> {
  let cases = db.selectFrom('cases').where('cases.deleted', '=', 0);
  if (query.status) cases = cases.where('cases.status', '=', query.status);
  if (query.search) {
    const pattern = likeContains(query.search);
    cases = cases.where((eb) =>
      eb.or([
        sql<boolean>`cases.customer_name like ${pattern} escape '\\'`,
        sql<boolean>`cases.customer_reference like ${pattern} escape '\\'`,
      ]),
    );
  }
  const { total } = await cases
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();

  const rows = await cases
    .select((eb) => [
      'cases.id',
      'cases.customer_name',
      'cases.customer_reference',
      'cases.status',
      'cases.referral_date',
      eb
        .selectFrom('appointments')
        .select((inner) => inner.fn.min('appointments.starts_at').as('next'))
        .whereRef('appointments.case_id', '=', 'cases.id')
        .where('appointments.attendance', '=', 'booked')
        .where('appointments.deleted', '=', 0)
        .as('next_appointment'),
    ])
    // Soonest appointment first: the caseload is the EHP's day.
    .orderBy(sql`next_appointment is null`)
    .orderBy('next_appointment')
    .orderBy('cases.customer_name')
    .orderBy('cases.id')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();

  return {
    total,
    page: query.page,
    pageSize: query.pageSize,
    cases: rows.map((row) => ({
      id: row.id,
      customerName: row.customer_name,
      customerReference: row.customer_reference,
      status: row.status,
      referralDate: row.referral_date,
      nextAppointment: row.next_appointment ?? null,
    })),
  };
}

export async function findCase(
  db: Kysely<Database>,
  id: string,
): Promise<Selectable<CaseTable> | undefined> {
  return db
    .selectFrom('cases')
    .selectAll()
    .where('id', '=', id)
    .where('deleted', '=', 0)
    .executeTakeFirst();
}

export async function getCaseDetail(
  db: Kysely<Database>,
  id: string,
): Promise<CaseDetail | undefined> {
  const row = await findCase(db, id);
  if (!row) return undefined;
  const office = await db
    .selectFrom('offices')
    .selectAll()
    .where('id', '=', row.office_id)
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    rev: row.rev,
    updatedAt: row.updated_at,
    customerName: row.customer_name,
    customerReference: row.customer_reference,
    referralDate: row.referral_date,
    referrerName: row.referrer_name,
    referrerRole: row.referrer_role,
    office: toOffice(office),
    eligibility: {
      onHealthJourney: row.on_health_journey === 1,
      fitNoteValidUntil: row.fit_note_valid_until,
      wcaStatus: row.wca_status,
      unemployed: row.unemployed === 1,
    },
    preferredChannel: row.preferred_channel,
    referralNotes: row.referral_notes,
    status: row.status,
    appointments: await listAppointments(db, id),
    outcome: await getOutcome(db, id),
  };
}

export async function insertCase(
  db: Kysely<Database>,
  referral: ValidReferral,
  practitionerId: string,
): Promise<string> {
  const stamp = newRow();
  await db
    .insertInto('cases')
    .values({
      ...stamp,
      created_at: stamp.updated_at,
      customer_name: referral.customerName,
      customer_reference: referral.customerReference,
      referral_date: referral.referralDate,
      referrer_name: referral.referrerName,
      referrer_role: referral.referrerRole,
      office_id: referral.officeId,
      practitioner_id: practitionerId,
      on_health_journey: referral.eligibility.onHealthJourney ? 1 : 0,
      fit_note_valid_until: referral.eligibility.fitNoteValidUntil,
      wca_status: referral.eligibility.wcaStatus,
      unemployed: referral.eligibility.unemployed ? 1 : 0,
      preferred_channel: referral.preferredChannel,
      referral_notes: referral.referralNotes,
      status: 'referred',
      closed_at: null,
    })
    .execute();
  return stamp.id;
}

/** The first appointment attended makes a referral an active case. */
export async function activateCase(db: Kysely<Database>, id: string): Promise<void> {
  await db
    .updateTable('cases')
    .set({ status: 'active', ...touched() })
    .where('id', '=', id)
    .where('status', '=', 'referred')
    .execute();
}
