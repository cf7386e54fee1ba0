import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../server/app';
import { addOffice, addUser } from '../../server/directory';
import { serverDatabases, type TestDatabase } from './databases';

const office = '019ac0de-0000-7000-8000-00000000c001';
const postgres = serverDatabases.find((database) => database.name === 'PostgreSQL')!;

/** A new case, as a device first pushes it. */
const newCase = (id: string) => ({
  mutationId: randomUUID(),
  entity: 'case',
  id,
  baseRev: null,
  op: 'upsert',
  fields: {
    officeId: office,
    customerName: 'Customer',
    customerRef: 'UC-1',
    referralDate: '2026-11-02',
    status: 'referred',
  },
});

describe('the pull cursor under concurrent pushes, on PostgreSQL', () => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof buildServer>>;
  let token: string;

  beforeAll(async () => {
    database = await postgres.open();
    await addOffice(database.db, { id: office, name: 'Hull JCP', nation: 'England' });
    await addUser(database.db, {
      username: 'maya',
      password: 'copper kettle river lamp',
      role: 'manager',
      officeId: office,
      name: 'Maya',
    });
    app = await buildServer({ db: database.db, requestsPerMinute: 100_000 });
    token = (
      await app.inject({
        method: 'POST',
        url: '/v1/auth/token',
        payload: { username: 'maya', password: 'copper kettle river lamp' },
      })
    ).json<{ token: string }>().token;
  }, 30_000);
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('gives a reader pulling all the while every change exactly once', async () => {
    const writers = 6;
    const pushesEach = 25;
    const written: string[] = [];
    const seen: string[] = [];
    let writing = true;
    const writer = async () => {
      for (let push = 0; push < pushesEach; push++) {
        const ids = [randomUUID(), randomUUID()];
        written.push(...ids);
        const response = await app.inject({
          method: 'POST',
          url: '/v1/sync/push',
          headers: { authorization: `Bearer ${token}` },
          payload: {
            deviceId: 'writer',
            mutations: ids.map(newCase),
          },
        });
        expect(response.statusCode).toBe(200);
      }
    };
    const reader = async () => {
      let cursor = '0';
      for (;;) {
        const done = !writing;
        const response = await app.inject({
          method: 'GET',
          url: `/v1/sync/pull?cursor=${cursor}&limit=7`,
          headers: { authorization: `Bearer ${token}` },
        });
        const page = response.json<{
          changes: { entity: string; id: string }[];
          cursor: string;
          hasMore: boolean;
        }>();
        // Offices come too, as reference data: only the cases count here.
        seen.push(
          ...page.changes.filter((change) => change.entity === 'case').map((change) => change.id),
        );
        cursor = page.cursor;
        // Once the writers have finished, drain what is left and stop.
        if (done && !page.hasMore) return;
      }
    };
    const reading = reader();
    await Promise.all(Array.from({ length: writers }, writer));
    writing = false;
    await reading;
    expect(written).toHaveLength(writers * pushesEach * 2);
    expect(seen.length).toBe(new Set(seen).size);
    expect(new Set(seen)).toEqual(new Set(written));
  }, 120_000);

  it('applies pushes to one record from many devices at once one after the other, losing none', async () => {
    const push = (mutations: object[]) =>
      app.inject({
        method: 'POST',
        url: '/v1/sync/push',
        headers: { authorization: `Bearer ${token}` },
        payload: { deviceId: 'tablet', mutations },
      });
    const id = randomUUID();
    const created = await push([newCase(id)]);
    expect(created.statusCode).toBe(200);
    // Twelve devices, each changing a field of its own on the rev they all hold.
    const fields = Array.from({ length: 12 }, (_, index) => `note${index}`);
    const answers = await Promise.all(
      fields.map((field) =>
        push([
          {
            mutationId: randomUUID(),
            entity: 'case',
            id,
            baseRev: 1,
            op: 'upsert',
            fields: { [field]: `typed on device ${field}` },
          },
        ]),
      ),
    );
    expect(answers.map((answer) => answer.statusCode)).toEqual(fields.map(() => 200));
    expect(answers.map((answer) => answer.json().results[0].status)).toEqual(
      fields.map(() => 'applied'),
    );
    const stored = await database.db
      .selectFrom('records')
      .select(['rev', 'fields'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored.rev).toBe(1 + fields.length);
    expect(JSON.parse(stored.fields)).toMatchObject(
      Object.fromEntries(fields.map((field) => [field, `typed on device ${field}`])),
    );
  }, 60_000);
});
