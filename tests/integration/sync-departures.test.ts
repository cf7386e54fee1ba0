import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { office, password, startCentral } from '../support/central';
import { deviceSignedIn } from '../support/devices';
import { planOver } from '../support/plans';

describe('a case given to another practitioner', () => {
  let central: Awaited<ReturnType<typeof startCentral>>;

  beforeAll(async () => {
    central = await startCentral([
      ['aisha', 'ehp'],
      ['ben', 'ehp'],
      ['maya', 'manager'],
    ]);
  }, 60_000);
  afterAll(async () => {
    await central?.stop();
  });

  it('leaves the device of the EHP it was taken from, and reaches the one it was given to', async () => {
    const ben = await deviceSignedIn(central.url, 'ben');
    const aisha = await deviceSignedIn(central.url, 'aisha');
    const caseId = await planOver(ben, office.id, 'Jordan Hale');
    await ben.call('sync.now', {});

    // Their manager gives the case to Aisha.
    const { token } = (await (
      await fetch(`${central.url}/v1/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'maya', password }),
      })
    ).json()) as { token: string };
    const [theCase, aishaUser] = await Promise.all([
      central.db
        .selectFrom('records')
        .select('rev')
        .where('id', '=', caseId)
        .executeTakeFirstOrThrow(),
      central.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'aisha')
        .executeTakeFirstOrThrow(),
    ]);
    const given = await fetch(`${central.url}/v1/sync/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        deviceId: 'maya-laptop',
        mutations: [
          {
            mutationId: randomUUID(),
            entity: 'case',
            id: caseId,
            baseRev: theCase.rev,
            op: 'upsert',
            fields: { practitionerId: aishaUser.id },
          },
        ],
      }),
    });
    expect(given.status).toBe(200);

    expect(await ben.call('sync.now', {})).toMatchObject({ state: 'synced', refused: [] });
    await expect(ben.call('cases.get', { caseId })).rejects.toMatchObject({ code: 'not-found' });
    const benAudit = await ben.call('audit.list', { page: 1 });
    expect(benAudit.events.map((event) => event.action)).toContain('case.departed');

    await aisha.call('sync.now', {});
    const hers = await aisha.call('plan.get', { caseId });
    expect(hers.goals.map((goal) => goal.text)).toEqual(['Drive a van']);
    expect(hers.obstacles.map((obstacle) => obstacle.text)).toEqual([
      'Back pain after an hour sitting',
    ]);
  });
});
