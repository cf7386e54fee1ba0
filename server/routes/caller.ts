import type { FastifyInstance } from 'fastify';
import { Problem } from '../problems';
import type { Caller } from '../records';

/** Who the bearer token says is calling. */
export function callerOf(user: unknown): Caller {
  const claims = user as { sub: string; role: Caller['role']; officeId: string | null };
  return { id: claims.sub, role: claims.role, officeId: claims.officeId };
}

/** Every route of the plugin needs a valid token; without one, 401. */
export function requireSignIn(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    try {
      await request.jwtVerify();
    } catch {
      throw new Problem(401, 'Not signed in', 'Sign in: the token is missing, wrong or expired.');
    }
  });
}
