import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { docxType, problemSchema } from '../../core/sync';
import { Problem } from '../problems';
import { mayChange, maySee, type Caller } from '../records';
import type { ServerDatabase } from '../schema';
import { callerOf, requireSignIn } from './caller';

const params = z.object({ id: z.uuid({ error: 'Give the plan id as a UUID' }) });
const documentLimit = 10 * 1024 * 1024;
const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };

/** A .docx is a zip: anything else is not one. */
const isZip = (body: Buffer) => body.length > 4 && body.readUInt32LE(0) === 0x04034b50;

/** SYNC.md's issued plan document: uploaded by the practitioner's app, fetched by the Work Coach's. */
export function documentRoutes(db: Kysely<ServerDatabase>): FastifyPluginAsyncZod {
  return async (app) => {
    requireSignIn(app);
    app.addContentTypeParser(
      docxType,
      { parseAs: 'buffer', bodyLimit: documentLimit },
      (_request, body, done) => done(null, body),
    );

    const planOf = async (caller: Caller, id: string) => {
      const plan = await db
        .selectFrom('records')
        .select(['case_id', 'owner_id', 'office_id'])
        .where('entity', '=', 'plan')
        .where('id', '=', id)
        .where('deleted', '=', 0)
        .executeTakeFirst();
      const referrerOfOffice =
        caller.role === 'referrer' && plan !== undefined && plan.office_id === caller.officeId;
      // Someone else's plan reads as no plan at all.
      if (!plan || !(maySee(caller, plan) || referrerOfOffice)) {
        throw new Problem(404, 'Not found', 'There is no such plan.');
      }
      return plan;
    };
    const audit = (caller: Caller, action: string, planId: string) =>
      db
        .insertInto('audit')
        .values({
          id: uuidv7(),
          at: new Date().toISOString(),
          user_id: caller.id,
          action,
          detail: `plan ${planId}`,
        })
        .execute();

    app.put(
      '/v1/plans/:id/document',
      {
        bodyLimit: documentLimit,
        schema: {
          security: [{ bearer: [] }],
          params,
          consumes: [docxType],
          response: {
            200: z.object({ planId: z.string(), bytes: z.number(), updatedAt: z.string() }),
            ...problems,
          },
        },
      },
      async (request) => {
        const caller = callerOf(request.user);
        if (!Buffer.isBuffer(request.body) || !isZip(request.body)) {
          throw new Problem(400, 'Bad request', `body: send the plan as ${docxType}`);
        }
        const plan = await planOf(caller, request.params.id);
        if (!mayChange(caller, plan)) {
          throw new Problem(403, 'Not allowed', 'Only the case’s practitioner issues its plan.');
        }
        const row = {
          plan_id: request.params.id,
          case_id: plan.case_id!,
          content: request.body,
          updated_at: new Date().toISOString(),
          updated_by: caller.id,
        };
        await db
          .insertInto('documents')
          .values(row)
          .onConflict((conflict) =>
            conflict.column('plan_id').doUpdateSet({
              content: row.content,
              updated_at: row.updated_at,
              updated_by: row.updated_by,
            }),
          )
          .execute();
        await audit(caller, 'plan.document-uploaded', request.params.id);
        return { planId: row.plan_id, bytes: row.content.length, updatedAt: row.updated_at };
      },
    );

    app.get(
      '/v1/plans/:id/document',
      {
        schema: {
          security: [{ bearer: [] }],
          params,
          produces: [docxType],
          response: { 200: z.unknown().describe('The .docx'), ...problems },
        },
      },
      async (request, reply) => {
        const caller = callerOf(request.user);
        await planOf(caller, request.params.id);
        const document = await db
          .selectFrom('documents')
          .select('content')
          .where('plan_id', '=', request.params.id)
          .executeTakeFirst();
        if (!document) {
          throw new Problem(404, 'Not found', 'The plan has not been issued to the server yet.');
        }
        await audit(caller, 'plan.document-fetched', request.params.id);
        return reply
          .type(docxType)
          .header('content-disposition', `attachment; filename="plan-${request.params.id}.docx"`)
          .header('cache-control', 'no-store')
          .send(Buffer.from(document.content));
      },
    );
  };
}
