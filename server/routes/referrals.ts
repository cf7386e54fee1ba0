import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { problemSchema, referralResponseSchema, referralSchema } from '../../core/sync';
import { Problem } from '../problems';
import { insertRecord } from '../records';
import type { ServerDatabase } from '../schema';
import { callerOf, requireSignIn } from './caller';

/** SYNC.md's referral: a Work Coach system makes a case that the office's EHPs pull. */
export function referralRoutes(db: Kysely<ServerDatabase>): FastifyPluginAsyncZod {
  return async (app) => {
    requireSignIn(app);
    app.post(
      '/v1/referrals',
      {
        schema: {
          security: [{ bearer: [] }],
          body: referralSchema,
          response: {
            201: referralResponseSchema,
            400: problemSchema,
            401: problemSchema,
            403: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const caller = callerOf(request.user);
        const referral = request.body;
        const allowed =
          caller.role === 'admin' ||
          (caller.role === 'referrer' && caller.officeId === referral.officeId);
        if (!allowed) {
          throw new Problem(403, 'Not allowed', 'Only a referrer of the office refers to it.');
        }
        const caseId = uuidv7();
        await db.transaction().execute(async (trx) => {
          await insertRecord(trx, {
            entity: 'case',
            id: caseId,
            by: caller.id,
            // Nobody's yet: it reaches the office's EHPs until one takes it.
            scope: { case_id: caseId, owner_id: null, office_id: referral.officeId },
            fields: {
              officeId: referral.officeId,
              customerName: referral.customerName,
              customerRef: referral.customerRef,
              referralDate: referral.referralDate,
              status: 'referred',
              referrerName: referral.referrerName,
              referrerRole: referral.referrerRole,
              referralNotes: referral.notes,
            },
          });
          await trx
            .insertInto('audit')
            .values({
              id: uuidv7(),
              at: new Date().toISOString(),
              user_id: caller.id,
              action: 'referral.created',
              detail: `case ${caseId}`,
            })
            .execute();
        });
        return reply.status(201).send({ caseId });
      },
    );
  };
}
