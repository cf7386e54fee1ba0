import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverDatabases, type TestDatabase } from './databases';
import { hull, leeds, serverWithPeople } from './people';

describe.each(serverDatabases)('GET /v1/mi on $name', ({ open }) => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof serverWithPeople>>['app'];
  let tokens: Record<string, string>;

  beforeAll(async () => {
    database = await open();
    ({ app, tokens } = await serverWithPeople(database.db, [
      ['aisha', 'ehp', hull],
      ['maya', 'manager', hull],
      ['leo', 'manager', leeds],
    ]));
    const caseId = randomUUID();
    const upsert = (entity: string, id: string, fields: object) => ({
      mutationId: randomUUID(),
      entity,
      id,
      baseRev: null,
      op: 'upsert',
      fields,
    });
    const pushed = await app.inject({
      method: 'POST',
      url: '/v1/sync/push',
      headers: { authorization: `Bearer ${tokens.aisha}` },
      payload: {
        deviceId: 'laptop',
        mutations: [
          upsert('case', caseId, {
            officeId: hull,
            customerName: 'Sharon Pearce',
            customerRef: 'UC-1',
            referralDate: '2026-10-05',
            status: 'completed',
          }),
          ...[3, 6].map((score, index) =>
            upsert('appointment', randomUUID(), {
              caseId,
              number: index + 1,
              startsAt: `2026-10-1${index}T10:00:00Z`,
              channel: 'telephone',
              attendance: 'attended',
              workAbilityScore: score,
            }),
          ),
        ],
      },
    });
    expect(pushed.json<{ results: { status: string }[] }>().results.map((r) => r.status)).toEqual([
      'applied',
      'applied',
      'applied',
    ]);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const mi = (who: string | null, query: string) =>
    app.inject({
      method: 'GET',
      url: `/v1/mi?${query}`,
      headers: who ? { authorization: `Bearer ${tokens[who]}` } : {},
    });

  it('gives the office’s manager its figures for the period', async () => {
    const response = await mi('maya', `officeId=${hull}&from=2026-10-01&to=2026-10-31`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      referrals: 1,
      outcomes: { completed: 1 },
      attendance: { attended: 2 },
      appointmentsPerCompletedCase: { '2': 1 },
      workAbilityChange: { improved: 1 },
    });
  });

  it('refuses an EHP and another office’s manager (403), bad dates (400 naming the field), no token (401)', async () => {
    const query = `officeId=${hull}&from=2026-10-01&to=2026-10-31`;
    expect((await mi('aisha', query)).statusCode).toBe(403);
    expect((await mi('leo', query)).statusCode).toBe(403);
    const bad = await mi('maya', `officeId=${hull}&from=2026-10-31&to=2026-10-01`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('to');
    expect((await mi(null, query)).statusCode).toBe(401);
  });
});
