import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxType } from '../../core/sync';
import { serverDatabases, type TestDatabase } from './databases';
import { hull, leeds, serverWithPeople } from './people';

/** The smallest thing that starts like a .docx: a zip's local file header. */
const docx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60, 7)]);

describe.each(serverDatabases)('referrals and plan documents on $name', ({ open }) => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof serverWithPeople>>['app'];
  let tokens: Record<string, string>;
  let ids: Record<string, string>;

  beforeAll(async () => {
    database = await open();
    ({ app, tokens, ids } = await serverWithPeople(database.db, [
      ['aisha', 'ehp', hull],
      ['ben', 'ehp', hull],
      ['leeds-ehp', 'ehp', leeds],
      ['maya', 'manager', hull],
      ['hull-coach', 'referrer', hull],
      ['leeds-coach', 'referrer', leeds],
    ]));
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  const as = (who: string) => ({ authorization: `Bearer ${tokens[who]}` });
  const referral = {
    officeId: hull,
    customerName: 'Jordan Hale',
    customerRef: 'UC-2231-0098',
    referralDate: '2026-11-20',
    referrerName: 'Priya Shah',
    referrerRole: 'work_coach',
    notes: 'Back pain; wants to return to warehouse work.',
  };
  const refer = (who: string, body: object = referral) =>
    app.inject({ method: 'POST', url: '/v1/referrals', headers: as(who), payload: body });
  const pulledIds = async (who: string) =>
    (await app.inject({ method: 'GET', url: '/v1/sync/pull?limit=1000', headers: as(who) })).json<{
      changes: { id: string; fields: Record<string, unknown> }[];
    }>().changes;
  const push = (who: string, mutations: object[]) =>
    app
      .inject({
        method: 'POST',
        url: '/v1/sync/push',
        headers: as(who),
        payload: { deviceId: who, mutations },
      })
      .then((response) => response.json<{ results: { status: string }[] }>().results);

  it('makes a case from a referral that reaches the office’s EHPs, until one takes it', async () => {
    const response = await refer('hull-coach');
    expect(response.statusCode).toBe(201);
    const { caseId } = response.json<{ caseId: string }>();
    const seen = async (who: string) => (await pulledIds(who)).find((c) => c.id === caseId);
    expect((await seen('aisha'))?.fields).toMatchObject({
      status: 'referred',
      customerName: 'Jordan Hale',
      referrerRole: 'work_coach',
    });
    expect(await seen('ben')).toBeDefined();
    expect(await seen('leeds-ehp')).toBeUndefined();
    expect(await seen('hull-coach')).toBeUndefined();

    const taken = await push('aisha', [
      {
        mutationId: randomUUID(),
        entity: 'case',
        id: caseId,
        baseRev: 1,
        op: 'upsert',
        fields: { practitionerId: ids.aisha },
      },
    ]);
    expect(taken[0]!.status).toBe('applied');
    expect(await seen('ben')).toBeUndefined();
    expect(await seen('maya')).toBeDefined();
  });

  it('refuses a referral from another role or office (403), names bad fields (400), and needs a token (401)', async () => {
    expect((await refer('aisha')).statusCode).toBe(403);
    expect((await refer('leeds-coach')).statusCode).toBe(403);
    const bad = await refer('hull-coach', {
      ...referral,
      referrerRole: 'doctor',
      referralDate: 'soon',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual(
      expect.arrayContaining(['referrerRole', 'referralDate']),
    );
    expect(
      (await app.inject({ method: 'POST', url: '/v1/referrals', payload: referral })).statusCode,
    ).toBe(401);
    const huge = await refer('hull-coach', { ...referral, notes: 'x'.repeat(3 * 1024 * 1024) });
    expect(huge.statusCode).toBe(413);
  });

  it('stores an issued plan’s document for its practitioner, and gives it to her manager and the office’s Work Coach only', async () => {
    const caseId = randomUUID();
    const planId = randomUUID();
    const results = await push('aisha', [
      {
        mutationId: randomUUID(),
        entity: 'case',
        id: caseId,
        baseRev: null,
        op: 'upsert',
        fields: {
          officeId: hull,
          customerName: 'Sharon Pearce',
          customerRef: 'UC-4417-2290',
          referralDate: '2026-11-02',
          status: 'active',
        },
      },
      {
        mutationId: randomUUID(),
        entity: 'plan',
        id: planId,
        baseRev: null,
        op: 'upsert',
        fields: {
          caseId,
          canDoNow: 'Walk 20 minutes',
          confidence: 6,
          importance: 8,
          potentialWorkAbility: 7,
        },
      },
    ]);
    expect(results.map((result) => result.status)).toEqual(['applied', 'applied']);
    const put = (who: string, body: Buffer, type = docxType) =>
      app.inject({
        method: 'PUT',
        url: `/v1/plans/${planId}/document`,
        headers: { ...as(who), 'content-type': type },
        payload: body,
      });
    const get = (who: string) =>
      app.inject({ method: 'GET', url: `/v1/plans/${planId}/document`, headers: as(who) });

    expect((await get('aisha')).statusCode).toBe(404);
    const stored = await put('aisha', docx);
    expect(stored.statusCode, stored.body).toBe(200);
    expect(stored.json()).toMatchObject({ planId, bytes: docx.length });
    for (const who of ['aisha', 'maya', 'hull-coach']) {
      const fetched = await get(who);
      expect(fetched.statusCode, who).toBe(200);
      expect(fetched.headers['content-type']).toBe(docxType);
      expect(fetched.rawPayload.equals(docx)).toBe(true);
    }
    for (const who of ['ben', 'leeds-ehp', 'leeds-coach']) {
      expect((await get(who)).statusCode, who).toBe(404);
      expect((await put(who, docx)).statusCode, who).toBe(404);
    }
    expect((await put('hull-coach', docx)).statusCode).toBe(403);
    expect((await put('aisha', Buffer.from('not a document'))).statusCode).toBe(400);
    expect((await put('aisha', docx, 'application/pdf')).statusCode).toBe(415);
    const badId = await app.inject({
      method: 'GET',
      url: '/v1/plans/nine/document',
      headers: as('aisha'),
    });
    expect(badId.statusCode).toBe(400);
    expect(badId.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('id');
    expect(
      (await app.inject({ method: 'GET', url: `/v1/plans/${planId}/document` })).statusCode,
    ).toBe(401);
    const tooBig = await put('aisha', Buffer.concat([docx, Buffer.alloc(11 * 1024 * 1024)]));
    expect(tooBig.statusCode).toBe(413);
  });
});
