import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { problemSchema, tokenRequestSchema, tokenResponseSchema } from '../../core/sync';
import { hashPassword, passwordMatches } from '../passwords';
import { Problem } from '../problems';
import type { ServerDatabase } from '../schema';

const tokenLifetimeMs = 8 * 60 * 60 * 1000;
/** Checked against when the username is unknown, so both take the same time. */
const decoy = hashPassword('a password nobody has');

export function authRoutes(db: Kysely<ServerDatabase>): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/v1/auth/token',
      {
        // Guessing is slowed twice over: the KDF, and few tries a minute.
        config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
        schema: {
          body: tokenRequestSchema,
          response: { 200: tokenResponseSchema, 400: problemSchema, 401: problemSchema },
        },
      },
      async (request) => {
        const { username, password } = request.body;
        const user = await db
          .selectFrom('users')
          .selectAll()
          .where('username', '=', username.toLowerCase())
          .executeTakeFirst();
        const matches = await passwordMatches(password, user?.password_hash ?? (await decoy));
        await db
          .insertInto('audit')
          .values({
            id: uuidv7(),
            at: new Date().toISOString(),
            user_id: user && matches ? user.id : null,
            action: user && matches ? 'auth.signed-in' : 'auth.refused',
            detail: user && matches ? '' : `username ${username.slice(0, 40)}`,
          })
          .execute();
        if (!user || !matches) {
          throw new Problem(401, 'Not signed in', 'The username or password is not right.');
        }
        const expiresAt = new Date(Date.now() + tokenLifetimeMs).toISOString();
        return {
          token: app.jwt.sign({ sub: user.id, role: user.role, officeId: user.office_id }),
          expiresAt,
          practitioner: { id: user.id, name: user.name, role: user.role, officeId: user.office_id },
        };
      },
    );
  };
}
