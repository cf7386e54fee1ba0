import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { saveAppointmentRecordSchema } from '../../core/discussion';
import { WorkabilityError } from '../../core/errors';
import { getAppointmentSession, saveAppointmentRecord } from '../../db/appointment-record';
import { recordAudit, recordEditAudit } from '../../db/audit';
import type { Database } from '../../db/schema';

async function requireSession(db: Kysely<Database>, appointmentId: string) {
  const session = await getAppointmentSession(db, appointmentId);
  if (!session) throw new WorkabilityError('not-found', 'That appointment is not on this device.');
  return session;
}

export function appointmentRecordService(db: Kysely<Database>) {
  return {
    async open(appointmentId: string) {
      const session = await requireSession(db, appointmentId);
      await recordAudit(db, {
        action: 'appointment.opened',
        entity: 'appointment',
        recordId: appointmentId,
      });
      return session;
    },

    async save({ appointmentId, ...change }: z.output<typeof saveAppointmentRecordSchema>) {
      await requireSession(db, appointmentId);
      const now = new Date();
      await db.transaction().execute(async (trx) => {
        await saveAppointmentRecord(trx, appointmentId, change);
        await recordEditAudit(trx, {
          action: 'appointment.record-edited',
          entity: 'appointment',
          recordId: appointmentId,
          at: now,
        });
      });
      return { savedAt: now.toISOString() };
    },
  };
}
