import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverDatabases, type TestDatabase } from './databases';
import { hull, leeds, serverWithPeople } from './people';

describe.each(serverDatabases)('push and pull on $name', ({ open }) => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof serverWithPeople>>['app'];
  let tokens: Record<string, string>;
  let ids: Record<string, string>;

  beforeAll(async () => {
    database = await open();
    ({ app, tokens, ids } = await serverWithPeople(database.db, [
      ['aisha', 'ehp', hull],
      ['ben', 'ehp', hull],
      ['maya', 'manager', hull],
      ['leo', 'manager', leeds],
    ]));
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  const push = (who: string, mutations: object[]) =>
    app.inject({
      method: 'POST',
      url: '/v1/sync/push',
      headers: { authorization: `Bearer ${tokens[who]}` },
      payload: { deviceId: `${who}-laptop`, mutations },
    });
  const pull = async (who: string, cursor?: string, limit = 500) => {
    const response = await app.inject({
      method: 'GET',
      url: `/v1/sync/pull?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
      headers: { authorization: `Bearer ${tokens[who]}` },
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{
      changes: {
        entity: string;
        id: string;
        rev: number;
        deleted: boolean;
        fields: Record<string, unknown>;
      }[];
      cursor: string;
      hasMore: boolean;
    }>();
  };
  const caseFields = {
    officeId: hull,
    customerName: 'Sharon Pearce',
    customerRef: 'UC-4417-2290',
    referralDate: '2026-11-02',
    status: 'referred',
  };
  const mutation = (entity: string, id: string, fields: object, baseRev: number | null = null) => ({
    mutationId: randomUUID(),
    entity,
    id,
    baseRev,
    op: 'upsert',
    fields,
  });

  it('applies a case and its obstacle, and shows them to their practitioner and her manager only', async () => {
    const caseId = randomUUID();
    const obstacleId = randomUUID();
    const response = await push('aisha', [
      mutation('case', caseId, caseFields),
      mutation('obstacle', obstacleId, { caseId, heading: 'health', text: 'Back pain' }),
    ]);
    expect(response.statusCode).toBe(200);
    const { results } = response.json<{ results: { status: string; rev: number }[] }>();
    expect(results.map((result) => [result.status, result.rev])).toEqual([
      ['applied', 1],
      ['applied', 1],
    ]);
    const seen = async (who: string) => (await pull(who)).changes.map((change) => change.id);
    expect(await seen('aisha')).toEqual(expect.arrayContaining([caseId, obstacleId]));
    expect(await seen('maya')).toEqual(expect.arrayContaining([caseId, obstacleId]));
    expect(await seen('ben')).not.toContain(caseId);
    expect(await seen('leo')).not.toContain(caseId);
    const aishaCase = (await pull('aisha')).changes.find((change) => change.id === caseId)!;
    expect(aishaCase.fields.practitionerId).toEqual(expect.any(String));
  });

  it('never lets another EHP add to or change someone else’s case: 404, as if it were not there', async () => {
    const caseId = randomUUID();
    await push('aisha', [mutation('case', caseId, caseFields)]);
    const { results } = (
      await push('ben', [
        mutation('goal', randomUUID(), { caseId, lens: 'future', text: 'x', workRelated: true }),
        mutation('case', caseId, { customerName: 'Changed' }, 1),
      ])
    ).json<{ results: { status: string; error: { status: number } }[] }>();
    expect(results.map((result) => [result.status, result.error.status])).toEqual([
      ['rejected', 404],
      ['rejected', 404],
    ]);
  });

  it('applies a mutation once: the same mutationId again is a duplicate with the same rev', async () => {
    const once = mutation('case', randomUUID(), caseFields);
    await push('aisha', [once]);
    const again = (await push('aisha', [once])).json<{
      results: { status: string; rev: number }[];
    }>();
    expect(again.results[0]).toMatchObject({ status: 'duplicate', rev: 1 });
  });

  it('keeps both sides of a field changed on two devices: the server value stays, the other is a conflict', async () => {
    const caseId = randomUUID();
    await push('aisha', [mutation('case', caseId, caseFields)]);
    await push('aisha', [mutation('case', caseId, { customerName: 'Sharon Pierce' }, 1)]);
    const second = (
      await push('aisha', [
        mutation('case', caseId, { customerName: 'Sharon Pearse', status: 'active' }, 1),
      ])
    ).json<{
      results: {
        status: string;
        rev: number;
        conflicts: object[];
        record: Record<string, unknown>;
      }[];
    }>();
    expect(second.results[0]).toMatchObject({
      status: 'conflict',
      rev: 3,
      conflicts: [
        { field: 'customerName', serverValue: 'Sharon Pierce', clientValue: 'Sharon Pearse' },
      ],
    });
    expect(second.results[0]!.record).toMatchObject({
      customerName: 'Sharon Pierce',
      status: 'active',
    });
    const conflictOf = async (who: string) =>
      (await pull(who)).changes.find(
        (change) => change.entity === 'conflict' && change.fields.recordId === caseId,
      );
    const conflict = await conflictOf('aisha');
    expect(conflict).toMatchObject({
      deleted: false,
      fields: { entity: 'case', field: 'customerName', clientValue: 'Sharon Pearse' },
    });
    expect(await conflictOf('ben')).toBeUndefined();
    expect(await conflictOf('maya')).toBeDefined();

    const change = (
      await push('aisha', [{ ...mutation('conflict', conflict!.id, {}), op: 'upsert' }])
    ).json<{ results: { status: string; error: { detail: string } }[] }>();
    expect(change.results[0]).toMatchObject({ status: 'rejected' });
    expect(change.results[0]!.error.detail).toMatch(/^entity:/);
    const resolved = (
      await push('aisha', [{ ...mutation('conflict', conflict!.id, {}), op: 'delete' }])
    ).json<{ results: { status: string }[] }>();
    expect(resolved.results[0]!.status).toBe('applied');
    expect(await conflictOf('aisha')).toMatchObject({ deleted: true });
  });

  it('keeps a record changed since the deleting device saw it: the delete waits as a conflict', async () => {
    const caseId = randomUUID();
    await push('aisha', [mutation('case', caseId, caseFields)]);
    await push('aisha', [mutation('case', caseId, { customerName: 'Sharon Pierce' }, 1)]);
    const stale = (
      await push('aisha', [{ ...mutation('case', caseId, {}, 1), op: 'delete' }])
    ).json<{ results: { status: string; rev: number; conflicts: object[] }[] }>();
    expect(stale.results[0]).toMatchObject({
      status: 'conflict',
      rev: 2,
      conflicts: [{ field: 'deleted', serverValue: false, clientValue: true }],
    });
    const current = (
      await push('aisha', [{ ...mutation('case', caseId, {}, 2), op: 'delete' }])
    ).json<{ results: { status: string; rev: number }[] }>();
    expect(current.results[0]).toMatchObject({ status: 'applied', rev: 3 });
  });

  it('brings offices to everyone as reference data, and keeps fields a client adds', async () => {
    const offices = (await pull('ben')).changes.filter((change) => change.entity === 'office');
    expect(offices.map((office) => office.fields)).toEqual(
      expect.arrayContaining([{ name: 'Hull JCP', nation: 'England' }]),
    );
    const caseId = randomUUID();
    await push('aisha', [
      mutation('case', caseId, { ...caseFields, referrerName: 'Dan Moss', fitNote: true }),
    ]);
    const extra = (
      await push('aisha', [mutation('case', caseId, { referrerName: { nested: 'no' } }, 1)])
    ).json<{ results: { status: string; error: { detail: string } }[] }>();
    expect(extra.results[0]!.error.detail).toMatch(/^referrerName:/);
    const pulled = (await pull('aisha')).changes.find((change) => change.id === caseId);
    expect(pulled!.fields).toMatchObject({ referrerName: 'Dan Moss', fitNote: true });
  });

  it('lets an EHP take an untaken case of her office, and only a manager give one to someone else', async () => {
    const caseId = randomUUID();
    const obstacleId = randomUUID();
    const made = (
      await push('maya', [
        mutation('case', caseId, { ...caseFields, practitionerId: ids.ben }),
        mutation('obstacle', obstacleId, { caseId, heading: 'health', text: 'Back pain' }),
      ])
    ).json<{ results: { status: string }[] }>();
    expect(made.results.map((result) => result.status)).toEqual(['applied', 'applied']);
    // Aisha has pulled to the end before the case comes to her.
    const before = (await pull('aisha')).cursor;
    // A manager of another office gives nothing of Hull's, even to someone of Hull.
    const elsewhere = (
      await push('leo', [
        mutation('case', randomUUID(), { ...caseFields, practitionerId: ids.aisha }),
      ])
    ).json<{ results: { error: { status: number } }[] }>();
    expect(elsewhere.results[0]!.error.status).toBe(403);
    const aishaTakes = (
      await push('aisha', [mutation('case', caseId, { practitionerId: ids.aisha }, 1)])
    ).json<{ results: { status: string; error: { status: number } }[] }>();
    expect(aishaTakes.results[0]!.error.status).toBe(404);
    const handed = (
      await push('maya', [mutation('case', caseId, { practitionerId: ids.aisha }, 1)])
    ).json<{ results: { status: string }[] }>();
    expect(handed.results[0]!.status).toBe('applied');
    const sees = async (who: string) =>
      (await pull(who)).changes.some((change) => change.id === caseId);
    expect([await sees('aisha'), await sees('ben'), await sees('leo')]).toEqual([
      true,
      false,
      false,
    ]);
    // The case's records come with it, though her cursor had passed them.
    const hers = (await pull('aisha', before)).changes;
    expect(hers.map((change) => change.id)).toEqual(expect.arrayContaining([caseId, obstacleId]));
    expect(hers.filter((change) => change.entity === 'departure')).toEqual([]);
    // Ben's device hears the case has left him, and nothing else of it.
    const departures = (await pull('ben')).changes.filter(
      (change) => change.entity === 'departure' && change.fields.caseId === caseId,
    );
    expect(departures.map((change) => change.fields)).toEqual([
      { caseId, practitionerId: ids.aisha },
    ]);
  });

  it('tells the office’s other EHPs when one of them takes a referral', async () => {
    const caseId = randomUUID();
    await push('maya', [mutation('case', caseId, { ...caseFields, practitionerId: ids.maya })]);
    await database.db
      .updateTable('records')
      .set({ owner_id: null })
      .where('case_id', '=', caseId)
      .execute();
    const taken = (
      await push('ben', [mutation('case', caseId, { practitionerId: ids.ben }, 1)])
    ).json<{ results: { status: string }[] }>();
    expect(taken.results[0]!.status).toBe('applied');
    const departureFor = async (who: string) =>
      (await pull(who)).changes
        .filter((change) => change.entity === 'departure' && change.fields.caseId === caseId)
        .map((change) => change.fields.practitionerId);
    expect(await departureFor('aisha')).toEqual([ids.ben]);
    expect(await departureFor('leo')).toEqual([]);
  });

  it('takes a record without the fields that may be null, and keeps them as null', async () => {
    const caseId = randomUUID();
    const obstacleId = randomUUID();
    const appointmentId = randomUUID();
    const answer = (
      await push('aisha', [
        mutation('case', caseId, caseFields),
        mutation('obstacle', obstacleId, { caseId, heading: 'work', text: 'No recent experience' }),
        mutation('appointment', appointmentId, {
          caseId,
          number: 1,
          startsAt: '2026-11-20T10:00:00+00:00',
          channel: 'telephone',
          attendance: 'scheduled',
        }),
        mutation('step', randomUUID(), {
          caseId,
          obstacleId,
          text: 'Volunteer at the food bank',
          type: 'practical_step',
          who: 'You',
        }),
      ])
    ).json<{ results: { status: string; record: Record<string, unknown> }[] }>();
    expect(answer.results.map((result) => result.status)).toEqual([
      'applied',
      'applied',
      'applied',
      'applied',
    ]);
    expect(answer.results[2]!.record).toMatchObject({ workAbilityScore: null });
    expect(answer.results[3]!.record).toMatchObject({ libraryItemId: null, byWhen: null });
  });

  it('keeps a record where it was made, and a mutation id to the one who sent it', async () => {
    const caseId = randomUUID();
    const obstacleId = randomUUID();
    await push('aisha', [
      mutation('case', caseId, caseFields),
      mutation('obstacle', obstacleId, { caseId, heading: 'health', text: 'Back pain' }),
    ]);
    const moved = (
      await push('aisha', [
        mutation('obstacle', obstacleId, { caseId: randomUUID() }, 1),
        mutation('case', caseId, { officeId: leeds }, 1),
      ])
    ).json<{ results: { status: string; error: { detail: string } }[] }>();
    expect(moved.results.map((result) => [result.status, result.error.detail])).toEqual([
      ['rejected', 'caseId: a record stays where it was made'],
      ['rejected', 'officeId: a record stays where it was made'],
    ]);
    const local = mutation('library_item', randomUUID(), {
      title: 'Hull Mind',
      summary: 'Talking therapies and groups in Hull.',
      type: 'service',
      headings: ['health'],
      area: `office:${hull}`,
      url: 'https://www.hullmind.org.uk',
      phone: null,
    });
    await push('aisha', [local]);
    const national = (
      await push('aisha', [mutation('library_item', local.id, { area: 'UK' }, 1)])
    ).json<{ results: { error: { detail: string } }[] }>();
    expect(national.results[0]!.error.detail).toMatch(/^area:/);

    // Ben sending Aisha's mutation id is refused, and learns nothing of her record.
    const reused = (await push('ben', [local])).json<{
      results: { status: string; record: unknown; error: { detail: string } }[];
    }>();
    expect(reused.results[0]).toMatchObject({ status: 'rejected', record: null });
    expect(reused.results[0]!.error.detail).toMatch(/^mutationId:/);
  });

  it('pages through changes in order with a cursor, never repeating one, and shows deletions', async () => {
    const caseId = randomUUID();
    await push('aisha', [mutation('case', caseId, caseFields)]);
    await push('aisha', [{ ...mutation('case', caseId, {}), op: 'delete', baseRev: 1 }]);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await pull('aisha', cursor, 2);
      seen.push(...page.changes.map((change) => `${change.entity}:${change.id}`));
      expect(page.changes.length).toBeLessThanOrEqual(2);
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    expect(new Set(seen).size).toBe(seen.length);
    const all = await pull('aisha');
    expect(all.changes.find((change) => change.id === caseId)).toMatchObject({
      deleted: true,
      rev: 2,
    });
    expect((await pull('aisha', all.cursor)).changes).toEqual([]);
  });

  it('refuses without a token (401), names bad fields (400), and refuses an oversized push (413)', async () => {
    const noToken = await app.inject({ method: 'GET', url: '/v1/sync/pull' });
    expect(noToken.statusCode).toBe(401);
    expect(noToken.headers['content-type']).toContain('application/problem+json');
    const bad = await app.inject({
      method: 'POST',
      url: '/v1/sync/push',
      headers: { authorization: `Bearer ${tokens.aisha}` },
      payload: { mutations: [] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { field: string }[] }>().errors.map((error) => error.field)).toEqual(
      expect.arrayContaining(['deviceId', 'mutations']),
    );
    const badPull = await app.inject({
      method: 'GET',
      url: '/v1/sync/pull?cursor=abc&limit=5000',
      headers: { authorization: `Bearer ${tokens.aisha}` },
    });
    expect(badPull.statusCode).toBe(400);
    expect(
      badPull.json<{ errors: { field: string }[] }>().errors.map((error) => error.field),
    ).toEqual(expect.arrayContaining(['cursor', 'limit']));
    const invalidFields = (
      await push('aisha', [mutation('case', randomUUID(), { ...caseFields, status: 'lost' })])
    ).json<{ results: { status: string; error: { detail: string } }[] }>();
    expect(invalidFields.results[0]).toMatchObject({ status: 'rejected' });
    expect(invalidFields.results[0]!.error.detail).toContain('status');
    const huge = await push('aisha', [
      mutation('case', randomUUID(), { ...caseFields, customerName: 'x'.repeat(3 * 1024 * 1024) }),
    ]);
    expect(huge.statusCode).toBe(413);
  });
});
