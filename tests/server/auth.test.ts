import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../server/app';
import { addOffice, addUser } from '../../server/directory';
import { serverDatabases, type TestDatabase } from './databases';

const officeId = '019ac0de-0000-7000-8000-00000000a001';

describe.each(serverDatabases)('the central API on $name', ({ open }) => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof buildServer>>;

  beforeAll(async () => {
    database = await open();
    await addOffice(database.db, { id: officeId, name: 'Hull JCP', nation: 'England' });
    await addUser(database.db, {
      username: 'aisha.khan',
      password: 'copper kettle river lamp',
      role: 'ehp',
      officeId,
      name: 'Aisha Khan',
    });
    app = await buildServer({ db: database.db });
  }, 30_000);
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  const token = (body: unknown) =>
    app.inject({ method: 'POST', url: '/v1/auth/token', payload: body as object });

  it('gives a signed, expiring token for the right password, with who it is for', async () => {
    const response = await token({ username: 'aisha.khan', password: 'copper kettle river lamp' });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ token: string; expiresAt: string; practitioner: object }>();
    expect(body.practitioner).toEqual({
      id: expect.any(String),
      name: 'Aisha Khan',
      role: 'ehp',
      officeId,
    });
    expect(new Date(body.expiresAt).getTime()).toBeGreaterThan(Date.now() + 7 * 3600_000);
    const claims = app.jwt.verify<{ sub: string; role: string; exp: number }>(body.token);
    expect(claims).toMatchObject({ role: 'ehp', sub: expect.any(String) });
    expect(claims.exp * 1000).toBeLessThanOrEqual(Date.now() + 8 * 3600_000 + 1000);
  });

  it('refuses a wrong password or an unknown user alike, as problem+json, and audits both', async () => {
    for (const body of [
      { username: 'aisha.khan', password: 'not her passphrase' },
      { username: 'nobody', password: 'copper kettle river lamp' },
    ]) {
      const response = await token(body);
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({
        status: 401,
        detail: 'The username or password is not right.',
      });
    }
    const refused = await database.db
      .selectFrom('audit')
      .select('action')
      .where('action', '=', 'auth.refused')
      .execute();
    expect(refused).toHaveLength(2);
  });

  it('names each field of bad input with 400', async () => {
    const response = await token({ username: '', password: 42 });
    expect(response.statusCode).toBe(400);
    const body = response.json<{ errors: { field: string }[] }>();
    expect(body.errors.map((error) => error.field).sort()).toEqual(['password', 'username']);
  });

  it('refuses an oversized body with 413', async () => {
    const response = await token({ username: 'x', password: 'y'.repeat(3 * 1024 * 1024) });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ status: 413 });
  });

  it('slows guessing: after ten tries a minute, 429 with Retry-After', async () => {
    const fresh = await buildServer({ db: database.db });
    const statuses: number[] = [];
    let retryAfter: string | undefined;
    for (let attempt = 0; attempt < 12; attempt++) {
      const response = await fresh.inject({
        method: 'POST',
        url: '/v1/auth/token',
        payload: { username: 'aisha.khan', password: 'wrong' },
      });
      statuses.push(response.statusCode);
      retryAfter ??= response.headers['retry-after'] as string | undefined;
    }
    await fresh.close();
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  }, 30_000);

  it('describes itself at /v1/openapi.json from the same schemas', async () => {
    const response = await app.inject({ method: 'GET', url: '/v1/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json<{ openapi: string; paths: Record<string, object> }>();
    expect(document.openapi).toMatch(/^3\./);
    expect(document.paths['/v1/auth/token']).toHaveProperty('post');
  });

  it('answers an unknown route with 404 problem+json', async () => {
    const response = await app.inject({ method: 'GET', url: '/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});
