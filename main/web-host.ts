import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { contentSecurityPolicy } from './content-security-policy';
import type { Dispatch } from './dispatch';

export interface WebHostOptions {
  dispatch: Dispatch;
  /** Built renderer (index.html and assets) and the fetch bridge script. */
  rendererDir: string;
  bridgeFile: string;
  port: number;
  token?: string;
}

export interface WebHost {
  url: string;
  token: string;
  server: FastifyInstance;
  close(): Promise<void>;
}

const cookieName = 'workability-token';
const loopback = '127.0.0.1';

function sameToken(offered: string | undefined, token: string): boolean {
  if (!offered) return false;
  const a = Buffer.from(offered);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieToken(request: FastifyRequest): string | undefined {
  const cookies = request.headers.cookie?.split(';') ?? [];
  for (const cookie of cookies) {
    const [name, ...value] = cookie.trim().split('=');
    if (name === cookieName) return value.join('=');
  }
  return undefined;
}

function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : undefined;
}

/**
 * Serves the renderer and the API to a plain browser on this machine only.
 * Pages need the launch token (from the URL once, then a same-site cookie);
 * API calls need it in the Authorization header, which another site cannot add.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const server = Fastify({ logger: false, bodyLimit: 1024 * 1024 });
  const indexHtml = readFileSync(join(options.rendererDir, 'index.html'), 'utf8').replace(
    '<head>',
    `<head><meta name="workability-token" content="${token}"><script src="./web-bridge.js"></script>`,
  );

  server.addHook('onRequest', async (request, reply) => {
    reply.header('Content-Security-Policy', contentSecurityPolicy);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('Cache-Control', 'no-store');
    const isApi = request.url.startsWith('/api/');
    const queryToken = (request.query as { token?: string }).token;
    const allowed = isApi
      ? sameToken(bearerToken(request), token)
      : sameToken(queryToken, token) || sameToken(cookieToken(request), token);
    if (!allowed) {
      return reply
        .code(401)
        .type('text/plain; charset=utf-8')
        .send('Open Workability with the address the web host printed when it started.');
    }
    if (!isApi && queryToken) {
      reply.header('Set-Cookie', `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/`);
    }
  });

  // A body the parser refused still gets the same typed error a handler would give.
  server.setErrorHandler((error: { statusCode?: number; message: string }, _request, reply) => {
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    const message =
      status === 413
        ? 'That was too much to send at once.'
        : 'Workability could not read that request.';
    return reply.code(status).send({
      ok: false,
      error: { code: status < 500 ? 'invalid-input' : 'internal', message, fields: [] },
    });
  });

  server.post<{ Params: { name: string } }>('/api/:name', async (request) =>
    options.dispatch(request.params.name, request.body),
  );
  server.get('/web-bridge.js', (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').send(readFileSync(options.bridgeFile)),
  );
  server.get('/', (_request, reply) => reply.type('text/html; charset=utf-8').send(indexHtml));
  await server.register(fastifyStatic, { root: options.rendererDir, index: false, wildcard: true });

  await server.listen({ host: loopback, port: options.port });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${loopback}:${port}/?token=${token}`,
    token,
    server,
    close: () => server.close(),
  };
}
