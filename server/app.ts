import jwt from '@fastify/jwt';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { pushBodyLimit } from '../core/sync';
import { tokenSecret } from './database';
import { sendProblem } from './problems';
import { authRoutes } from './routes/auth';
import { documentRoutes } from './routes/documents';
import { miRoutes } from './routes/mi';
import { referralRoutes } from './routes/referrals';
import { syncRoutes } from './routes/sync';
import type { ServerDatabase } from './schema';

export interface ServerOptions {
  db: Kysely<ServerDatabase>;
  logger?: FastifyServerOptions['logger'];
  /** Requests a client may make a minute before it is asked to wait. */
  requestsPerMinute?: number;
}

/** The central API: every route schema-checked, described at /v1/openapi.json. */
export async function buildServer({ db, logger = false, requestsPerMinute = 600 }: ServerOptions) {
  const app = Fastify({
    logger,
    // Larger bodies are refused with 413; the app keeps each push to half of it.
    bodyLimit: pushBodyLimit,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(sendProblem);
  app.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .type('application/problem+json')
      .send({
        type: 'about:blank',
        title: 'Not found',
        status: 404,
        detail: `There is no ${request.method} ${request.url.split('?')[0]}.`,
      }),
  );
  await app.register(rateLimit, { max: requestsPerMinute, timeWindow: '1 minute' });
  await app.register(jwt, { secret: await tokenSecret(db), sign: { expiresIn: '8h' } });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Workability central API', version: '1.0.0' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    transform: jsonSchemaTransform,
  });
  app.get('/v1/openapi.json', { schema: { hide: true } }, () => app.swagger());
  await app.register(authRoutes(db));
  await app.register(syncRoutes(db));
  await app.register(miRoutes(db));
  await app.register(referralRoutes(db));
  await app.register(documentRoutes(db));
  return app;
}
