import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addOffice, addUser } from '../../server/directory';
import { startServer, type RunningServer } from '../support/server-process';
import { serverDatabases, type TestDatabase } from './databases';

const office = '019ac0de-0000-7000-8000-00000000d001';
const postgres = serverDatabases.find((database) => database.name === 'PostgreSQL')!;

describe('two server processes on one PostgreSQL database', () => {
  let database: TestDatabase;
  const servers: RunningServer[] = [];

  beforeAll(async () => {
    database = await postgres.open();
    await addOffice(database.db, { id: office, name: 'Hull JCP', nation: 'England' });
    await addUser(database.db, {
      username: 'aisha',
      password: 'copper kettle river lamp',
      role: 'ehp',
      officeId: office,
      name: 'Aisha Khan',
    });
    const env = { DATABASE_URL: database.env.DATABASE_URL!, DATA_DIR: database.env.DATA_DIR };
    servers.push(await startServer(env), await startServer(env));
  }, 60_000);
  afterAll(async () => {
    // Each closes its connections before the database goes.
    await Promise.all(servers.map((server) => server.stop()));
    await database.drop();
  });

  it('signs in through one and is trusted by the other; pushes through one, pulls through the other; a retry through the other is a duplicate', async () => {
    const [one, two] = servers as [(typeof servers)[0], (typeof servers)[0]];
    const signIn = await fetch(`${one.url}/v1/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'aisha', password: 'copper kettle river lamp' }),
    });
    const { token } = (await signIn.json()) as { token: string };
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const mutation = {
      mutationId: randomUUID(),
      entity: 'case',
      id: randomUUID(),
      baseRev: null,
      op: 'upsert',
      fields: {
        officeId: office,
        customerName: 'Sharon Pearce',
        customerRef: 'UC-4417-2290',
        referralDate: '2026-11-02',
        status: 'referred',
      },
    };
    const push = (url: string) =>
      fetch(`${url}/v1/sync/push`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ deviceId: 'laptop', mutations: [mutation] }),
      }).then(
        (response) => response.json() as Promise<{ results: { status: string; rev: number }[] }>,
      );
    expect((await push(one.url)).results[0]).toMatchObject({ status: 'applied', rev: 1 });
    expect((await push(two.url)).results[0]).toMatchObject({ status: 'duplicate', rev: 1 });

    const pull = (url: string, cursor = '0') =>
      fetch(`${url}/v1/sync/pull?cursor=${cursor}`, { headers }).then(
        (response) =>
          response.json() as Promise<{ changes: { entity: string; id: string }[]; cursor: string }>,
      );
    const first = await pull(two.url);
    expect(
      first.changes.filter((change) => change.entity === 'case').map((change) => change.id),
    ).toEqual([mutation.id]);
    expect((await pull(one.url, first.cursor)).changes).toEqual([]);
  }, 60_000);
});
