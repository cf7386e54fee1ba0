import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import {
  problemSchema,
  pullQuerySchema,
  pullResponseSchema,
  pushRequestSchema,
  pushResponseSchema,
} from '../../core/sync';
import type { ServerDatabase } from '../schema';
import { applyMutation, pullChanges } from '../sync';
import { callerOf, requireSignIn } from './caller';

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema };

/** SYNC.md's push and pull, for a signed-in practitioner. */
export function syncRoutes(db: Kysely<ServerDatabase>): FastifyPluginAsyncZod {
  return async (app) => {
    requireSignIn(app);

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
        const who = callerOf(request.user);
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
          callerOf(request.user),
          Number(request.query.cursor ?? 0),
          request.query.limit,
        ),
    );
  };
}
