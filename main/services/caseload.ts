import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { needsExtraReason } from '../../core/appointments';
import type {
  CaseDetail,
  caseloadQuerySchema,
  newOfficeSchema,
  practitionerInputSchema,
  recordAttendanceSchema,
  referralSchema,
  rescheduleAppointmentSchema,
  scheduleAppointmentSchema,
} from '../../core/caseload';
import { WorkabilityError } from '../../core/errors';
import { findAppointment, insertAppointment, updateAttendance } from '../../db/appointments';
import { activateCase, getCaseDetail, insertCase, listCases } from '../../db/cases';
import { findOffice, findOfficeByName, insertOffice, listOffices } from '../../db/offices';
import { findCurrentPractitioner, saveCurrentPractitioner } from '../../db/practitioners';
import type { Database } from '../../db/schema';
import { recordAudit } from '../../db/audit';

type Valid<S extends z.ZodType> = z.output<S>;

function invalid(field: string, message: string): WorkabilityError {
  return new WorkabilityError('invalid-input', message, [{ field, message }]);
}

async function requireOffice(db: Kysely<Database>, officeId: string, field: string) {
  const office = await findOffice(db, officeId);
  if (!office) throw invalid(field, 'Choose a JCP office from the list');
  return office;
}

async function requirePractitioner(db: Kysely<Database>) {
  const practitioner = await findCurrentPractitioner(db);
  if (!practitioner) {
    throw new WorkabilityError('not-allowed', 'Say who you are before working on cases.');
  }
  return practitioner;
}

async function requireCase(db: Kysely<Database>, caseId: string): Promise<CaseDetail> {
  const detail = await getCaseDetail(db, caseId);
  if (!detail) throw new WorkabilityError('not-found', 'That case is not on this device.');
  return detail;
}

async function requireAppointment(db: Kysely<Database>, appointmentId: string) {
  const appointment = await findAppointment(db, appointmentId);
  if (!appointment) {
    throw new WorkabilityError('not-found', 'That appointment is not on this device.');
  }
  return appointment;
}

/**
 * The caseload's reads and writes. Each write and its audit event are one
 * transaction: both are kept, or neither.
 */
export function caseloadService(db: Kysely<Database>) {
  const write = <T>(work: (trx: Kysely<Database>) => Promise<T>) => db.transaction().execute(work);
  return {
    getPractitioner: () => findCurrentPractitioner(db),

    async savePractitioner(input: Valid<typeof practitionerInputSchema>) {
      await requireOffice(db, input.officeId, 'officeId');
      await write(async (trx) => {
        await saveCurrentPractitioner(trx, input);
        await recordAudit(trx, { action: 'practitioner.saved', entity: 'practitioner' });
      });
      return (await findCurrentPractitioner(db))!;
    },

    listOffices: () => listOffices(db),

    async addOffice(input: Valid<typeof newOfficeSchema>) {
      if (await findOfficeByName(db, input.name)) {
        throw invalid('name', `${input.name} is already in the list of offices`);
      }
      return write(async (trx) => {
        const office = await insertOffice(trx, input);
        await recordAudit(trx, { action: 'office.added', entity: 'office', recordId: office.id });
        return office;
      });
    },

    listCases: (query: Valid<typeof caseloadQuerySchema>) => listCases(db, query),

    async openCase(caseId: string) {
      const detail = await requireCase(db, caseId);
      await recordAudit(db, { action: 'case.opened', entity: 'case', recordId: caseId });
      return detail;
    },

    async createCase(referral: Valid<typeof referralSchema>) {
      const practitioner = await requirePractitioner(db);
      await requireOffice(db, referral.officeId, 'officeId');
      const id = await write(async (trx) => {
        const caseId = await insertCase(trx, referral, practitioner.id);
        await recordAudit(trx, { action: 'case.created', entity: 'case', recordId: caseId });
        return caseId;
      });
      return requireCase(db, id);
    },

    async scheduleAppointment(input: Valid<typeof scheduleAppointmentSchema>) {
      const detail = await requireCase(db, input.caseId);
      const extraReason = input.extraReason || null;
      if (needsExtraReason(detail.appointments) && !extraReason) {
        throw invalid('extraReason', 'Give a reason for booking more than three appointments');
      }
      await write(async (trx) => {
        const id = await insertAppointment(trx, { ...input, extraReason });
        await recordAudit(trx, {
          action: 'appointment.scheduled',
          entity: 'appointment',
          recordId: id,
        });
      });
      return requireCase(db, input.caseId);
    },

    async recordAttendance(input: Valid<typeof recordAttendanceSchema>) {
      const appointment = await requireAppointment(db, input.appointmentId);
      await write(async (trx) => {
        await updateAttendance(trx, appointment.id, input.attendance);
        if (input.attendance === 'attended') await activateCase(trx, appointment.case_id);
        await recordAudit(trx, {
          action: 'appointment.attendance-recorded',
          entity: 'appointment',
          recordId: appointment.id,
          detail: input.attendance,
        });
      });
      return requireCase(db, appointment.case_id);
    },

    /** The old appointment stays on record as rescheduled; a new one takes its place. */
    async rescheduleAppointment(input: Valid<typeof rescheduleAppointmentSchema>) {
      const appointment = await requireAppointment(db, input.appointmentId);
      if (appointment.attendance !== 'booked') {
        throw invalid('appointmentId', 'Only a booked appointment can be rescheduled');
      }
      await write(async (trx) => {
        const replacementId = await insertAppointment(trx, {
          caseId: appointment.case_id,
          startsAt: input.startsAt,
          durationMinutes: appointment.duration_minutes,
          channel: appointment.channel,
          extraReason: appointment.extra_reason,
        });
        await updateAttendance(trx, appointment.id, 'rescheduled', replacementId);
        await recordAudit(trx, {
          action: 'appointment.rescheduled',
          entity: 'appointment',
          recordId: appointment.id,
          detail: `Replaced by ${replacementId}`,
        });
      });
      return requireCase(db, appointment.case_id);
    },
  };
}
