import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Api, CallName, CallOutput } from '../core/api';
import type { Database } from '../db/schema';
import { caseloadService } from './services/caseload';

/** One handler per call of core/api.ts; each gets input its schema has already parsed. */
export type Handlers = {
  [K in CallName]: (input: z.output<Api[K]['input']>) => Promise<CallOutput<K>>;
};

export function createHandlers(db: Kysely<Database>): Handlers {
  const caseload = caseloadService(db);
  return {
    'practitioner.get': () => caseload.getPractitioner(),
    'practitioner.save': (input) => caseload.savePractitioner(input),
    'offices.list': () => caseload.listOffices(),
    'offices.add': (input) => caseload.addOffice(input),
    'cases.list': (input) => caseload.listCases(input),
    'cases.get': (input) => caseload.getCase(input.caseId),
    'cases.create': (input) => caseload.createCase(input),
    'cases.setStatus': (input) => caseload.setStatus(input),
    'appointments.schedule': (input) => caseload.scheduleAppointment(input),
    'appointments.recordAttendance': (input) => caseload.recordAttendance(input),
    'appointments.reschedule': (input) => caseload.rescheduleAppointment(input),
  };
}
