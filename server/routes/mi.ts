import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import {
  miFigures,
  miSchema,
  type MiAppointment,
  type MiCase,
  type MiFollowUp,
} from '../../core/mi';
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
          .where('entity', 'in', ['case', 'appointment', 'follow_up'])
          .where('deleted', '=', 0)
          .execute();
        const of = (entity: string) =>
          rows
            .filter((row) => row.entity === entity)
            .map((row) => ({
              ...(JSON.parse(row.fields) as Record<string, unknown>),
              id: row.id,
              caseId: row.case_id!,
            }));
        // A case's follow-up date is a field the app carries beyond SYNC.md's list.
        const cases = of('case').map((c) => ({ followUpDue: null, ...c }) as unknown as MiCase);
        const appointments = of('appointment') as unknown as MiAppointment[];
        const followUps = of('follow_up') as unknown as MiFollowUp[];
        return miFigures(request.query, { cases, appointments, followUps });
      },
    );
  };
}
