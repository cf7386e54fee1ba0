import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import {
  problemSchema,
  pullQuerySchema,
  pullResponseSchema,
  pushRequestSchema,
  pushResponseSchema,
} from '../../core/sync';
import { Problem } from '../problems';
import type { ServerDatabase } from '../schema';
import { applyMutation, pullChanges, type Caller } from '../sync';

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema };

/** SYNC.md's push and pull, for a signed-in practitioner. */
export function syncRoutes(db: Kysely<ServerDatabase>): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onRequest', async (request) => {
      try {
        await request.jwtVerify();
      } catch {
        throw new Problem(401, 'Not signed in', 'Sign in: the token is missing, wrong or expired.');
      }
    });
    const caller = (user: unknown): Caller => {
      const claims = user as { sub: string; role: Caller['role']; officeId: string | null };
      return { id: claims.sub, role: claims.role, officeId: claims.officeId };
    };

    app.post(
      '/v1/sync/push',
      {
        schema: {
          security: [{ bearer: [] }],
          body: pushRequestSchema,
          response: { 200: pushResponseSchema, ...problems },
        },
      },
      async (request) => {
        const who = caller(request.user);
        const results = [];
        // In order: a later mutation may build on an earlier one of the batch.
        for (const mutation of request.body.mutations) {
          results.push(await applyMutation(db, who, mutation));
        }
        return { results };
      },
    );

    app.get(
      '/v1/sync/pull',
      {
        schema: {
          security: [{ bearer: [] }],
          querystring: pullQuerySchema,
          response: { 200: pullResponseSchema, ...problems },
        },
      },
      async (request) =>
        pullChanges(
          db,
          caller(request.user),
          Number(request.query.cursor ?? 0),
          request.query.limit,
        ),
    );
  };
}
