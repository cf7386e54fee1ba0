import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addOffice, addUser } from '../../server/directory';
import { serverDatabases, type TestDatabase } from './databases';

const office = '019ac0de-0000-7000-8000-00000000d001';
const postgres = serverDatabases.find((database) => database.name === 'PostgreSQL')!;

/**
 * The server as `npm run server` runs it, on a free port, as one process (not
 * under npm) so that stopping it stops the server; resolves once it listens.
 */
function startServer(env: Record<string, string>): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, ...env, PORT: '0', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`The server exited with ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const address = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(line)?.[1];
      if (address) resolve({ url: address, process: child });
    });
  });
}

describe('two server processes on one PostgreSQL database', () => {
  let database: TestDatabase;
  const servers: { url: string; process: ChildProcess }[] = [];

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
    await Promise.all(
      servers.map(
        ({ process: child }) =>
          new Promise((resolve) => {
            child.once('exit', resolve);
            child.kill('SIGTERM');
          }),
      ),
    );
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
      first.changes.filter((change) => change.entity !== 'office').map((change) => change.id),
    ).toEqual([mutation.id]);
    expect((await pull(one.url, first.cursor)).changes).toEqual([]);
  }, 60_000);
});
