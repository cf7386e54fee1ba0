import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { miFigures, miSchema, type MiAppointment, type MiCase } from '../../core/mi';
import { problemSchema } from '../../core/sync';
import { Problem } from '../problems';
import type { ServerDatabase } from '../schema';
import { callerOf, requireSignIn } from './caller';

const query = z
  .object({
    officeId: z.uuid({ error: 'Give the office id' }),
    from: z.iso.date({ error: 'Give the first day as a date' }),
    to: z.iso.date({ error: 'Give the last day as a date' }),
  })
  .refine((period) => period.from <= period.to, {
    error: 'The period ends before it starts',
    path: ['to'],
  });

/** SYNC.md's MI for one office and period, for its managers and administrators. */
export function miRoutes(db: Kysely<ServerDatabase>): FastifyPluginAsyncZod {
  return async (app) => {
    requireSignIn(app);
    app.get(
      '/v1/mi',
      {
        schema: {
          security: [{ bearer: [] }],
          querystring: query,
          response: { 200: miSchema, 400: problemSchema, 401: problemSchema, 403: problemSchema },
        },
      },
      async (request) => {
        const caller = callerOf(request.user);
        const allowed =
          caller.role === 'admin' ||
          (caller.role === 'manager' && caller.officeId === request.query.officeId);
        if (!allowed) {
          throw new Problem(
            403,
            'Not allowed',
            'Only a manager of the office can see its figures.',
          );
        }
        const rows = await db
          .selectFrom('records')
          .select(['entity', 'id', 'case_id', 'fields'])
          .where('office_id', '=', request.query.officeId)
          .where('entity', 'in', ['case', 'appointment'])
          .where('deleted', '=', 0)
          .execute();
        const cases: MiCase[] = rows
          .filter((row) => row.entity === 'case')
          .map((row) => ({ id: row.id, ...(JSON.parse(row.fields) as Omit<MiCase, 'id'>) }));
        const appointments: MiAppointment[] = rows
          .filter((row) => row.entity === 'appointment')
          .map((row) => ({ ...(JSON.parse(row.fields) as MiAppointment), caseId: row.case_id! }));
        return miFigures(request.query, cases, appointments);
      },
    );
  };
}
