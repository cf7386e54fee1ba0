import { addDays } from 'date-fns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultRulebook } from '../../core/guardrails/default-rulebook';
import { docxType } from '../../core/sync';
import { purgeDueCases } from '../../db/retention';
import { publishRulebook } from '../../server/rulebook';
import { office, password, startCentral } from '../support/central';
import { deviceSignedIn } from '../support/devices';
import { finishPlanOver, planOver } from '../support/plans';
import { referral } from '../support/referrals';

describe('what the server sends an EHP’s app, and what the app sends for the Work Coach', () => {
  let central: Awaited<ReturnType<typeof startCentral>>;

  beforeAll(async () => {
    central = await startCentral([
      ['aisha', 'ehp'],
      ['priya', 'referrer'],
    ]);
  }, 60_000);
  afterAll(async () => {
    await central?.stop();
  });

  const asPriya = async () => {
    const response = await fetch(`${central.url}/v1/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'priya', password }),
    });
    return { authorization: `Bearer ${((await response.json()) as { token: string }).token}` };
  };

  it('brings a Work Coach’s referral as a new case, taken by the EHP, and a newer rulebook', async () => {
    const newer = { ...defaultRulebook, version: '9999-01-01.1' };
    expect(await publishRulebook(central.db, newer)).toBe(true);
    expect(await publishRulebook(central.db, defaultRulebook)).toBe(false);
    const referred = await fetch(`${central.url}/v1/referrals`, {
      method: 'POST',
      headers: { ...(await asPriya()), 'content-type': 'application/json' },
      body: JSON.stringify({
        officeId: office.id,
        customerName: 'Jordan Hale',
        customerRef: 'UC-2231-0098',
        referralDate: '2026-11-20',
        referrerName: 'Priya Shah',
        referrerRole: 'work_coach',
        notes: 'Back pain; wants warehouse work again.',
      }),
    });
    expect(referred.status).toBe(201);
    const { caseId } = (await referred.json()) as { caseId: string };

    const app = await deviceSignedIn(central.url, 'aisha');
    expect(await app.call('sync.now', {})).toMatchObject({ state: 'synced', waiting: 0 });
    const theCase = await app.call('cases.get', { caseId });
    expect(theCase).toMatchObject({
      customerName: 'Jordan Hale',
      status: 'referred',
      referrerName: 'Priya Shah',
      referrerRole: 'work-coach',
      referralNotes: 'Back pain; wants warehouse work again.',
    });
    const owner = await central.db
      .selectFrom('records')
      .select('owner_id')
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
    const aisha = await central.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'aisha')
      .executeTakeFirstOrThrow();
    expect(owner.owner_id).toBe(aisha.id);
    expect((await app.call('scope.rulebook', {})).version).toBe('9999-01-01.1');
    expect((await app.call('offices.list', {})).find((o) => o.id === office.id)?.name).toBe(
      office.name,
    );
    await app.call('sync.signOut', {});
  });

  it('uploads an issued plan, which the Work Coach’s system fetches as a .docx', async () => {
    const app = await deviceSignedIn(central.url, 'aisha');
    const caseId = await planOver(app, office.id, 'Sharon Pearce');
    await finishPlanOver(app, caseId);
    await app.call('plan.issue', { caseId });
    expect(await app.call('sync.now', {})).toMatchObject({ state: 'synced', waiting: 0 });
    const plan = await central.db
      .selectFrom('records')
      .select('id')
      .where('entity', '=', 'plan')
      .where('case_id', '=', caseId)
      .executeTakeFirstOrThrow();
    const fetched = await fetch(`${central.url}/v1/plans/${plan.id}/document`, {
      headers: await asPriya(),
    });
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get('content-type')).toBe(docxType);
    const bytes = Buffer.from(await fetched.arrayBuffer());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const audit = await app.call('audit.list', { page: 1 });
    expect(audit.events.map((event) => event.action)).toContain('sync.document-uploaded');
    await app.call('sync.signOut', {});
  });

  it('shows an issued plan and an edit the server refuses, whose they were, and syncs on', async () => {
    const app = await deviceSignedIn(central.url, 'aisha');
    const caseId = await planOver(app, office.id, 'Jordan Hale');
    await finishPlanOver(app, caseId);
    await app.call('sync.now', {});
    // A manager gives the case to someone else before the plan's document goes up.
    const priya = await central.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'priya')
      .executeTakeFirstOrThrow();
    await central.db
      .updateTable('records')
      .set({ owner_id: priya.id })
      .where('case_id', '=', caseId)
      .execute();
    await app.call('plan.issue', { caseId });
    const { goals } = await app.call('plan.get', { caseId });
    await app.call('plan.saveGoal', {
      id: goals[0]!.id,
      caseId,
      lens: 'future',
      kind: 'work',
      text: 'Drive a van for a florist',
    });
    const refusal = /^The plan for Jordan Hale \(version 1\): There is no such/;
    for (const round of [1, 2]) {
      const status = await app.call('sync.now', {});
      expect(status.error, `round ${round}`).toBeNull();
      expect(status.refused.filter((reason) => refusal.test(reason))).toHaveLength(1);
      // Each refused edit says whose record it was, and keeps what was typed.
      expect(status.refused).toContain('Goal for Jordan Hale: There is no such record.');
    }
    expect((await app.call('plan.get', { caseId })).goals[0]!.text).toBe(
      'Drive a van for a florist',
    );
    await app.call('sync.signOut', {});
  });

  it('keeps a closed case past its retention until its edits have reached the server', async () => {
    const app = await deviceSignedIn(central.url, 'aisha');
    await app.call('sync.now', {});
    const { id: caseId } = await app.call('cases.create', referral(office.id));
    await app.call('cases.close', { caseId, outcome: 'returned-to-jcp', note: 'Found work' });
    const later = addDays(new Date(), 120);
    expect(await purgeDueCases(app.store.db, 90, later)).toEqual([]);
    await app.call('sync.now', {});
    expect(await purgeDueCases(app.store.db, 90, later)).toEqual([caseId]);
    await app.call('sync.signOut', {});
  });
});
