import { addDays, formatISO } from 'date-fns';
import { beforeEach, describe, expect, it } from 'vitest';
import { casesDueForPurge } from '../../db/retention';
import type { Store } from '../../db/store';
import { appOver } from '../support/app';
import { planOver } from '../support/plans';
import { referral } from '../support/referrals';
import { tempStore } from '../support/temp-store';

let store: Store;
let app: ReturnType<typeof appOver>;
let officeId: string;

beforeEach(async () => {
  store = await tempStore();
  app = appOver(store);
  officeId = (await app.call('offices.list', {}))[0]!.id;
  await app.call('practitioner.save', { name: 'Aisha Khan', role: 'ehp', officeId });
});

const day = (date: Date) => formatISO(date, { representation: 'date' });

const caseWithPlan = (customerName?: string) => planOver(app, officeId, customerName);

describe('closing a case', () => {
  it('completes a case with a plan and sets the follow-up six weeks on', async () => {
    const caseId = await caseWithPlan();
    const closed = await app.call('cases.close', { caseId, outcome: 'completed' });
    expect(closed.status).toBe('completed');
    expect(closed.outcome).toMatchObject({
      outcome: 'completed',
      unsuitableReason: null,
      followUpDue: day(addDays(new Date(closed.outcome!.closedAt), 42)),
      followUp: null,
    });
  });

  it('refuses to complete a case without a plan, naming what is missing, and changes nothing', async () => {
    const created = await app.call('cases.create', referral(officeId));
    await expect(
      app.call('cases.close', { caseId: created.id, outcome: 'completed' }),
    ).rejects.toMatchObject({
      code: 'invalid-input',
      fields: expect.arrayContaining([
        { field: 'outcome', message: 'Record at least one goal' },
      ]) as unknown,
    });
    expect((await app.call('cases.get', { caseId: created.id })).status).toBe('referred');
  });

  it('keeps why a customer is unsuitable, and refuses to close a closed case again', async () => {
    const created = await app.call('cases.create', referral(officeId));
    const closed = await app.call('cases.close', {
      caseId: created.id,
      outcome: 'unsuitable',
      unsuitableReason: 'too-unwell',
      note: 'Awaiting surgery in the new year',
    });
    expect(closed.outcome).toMatchObject({
      outcome: 'unsuitable',
      unsuitableReason: 'too-unwell',
      note: 'Awaiting surgery in the new year',
      followUpDue: null,
    });
    await expect(
      app.call('cases.close', { caseId: created.id, outcome: 'claim-closed' }),
    ).rejects.toMatchObject({ message: 'This case is already closed as unsuitable' });
  });
});

describe('the follow-up', () => {
  it('is listed when due, recorded once, and then no longer due', async () => {
    const caseId = await caseWithPlan();
    const { outcome } = await app.call('cases.close', { caseId, outcome: 'completed' });
    const due = new Date(`${outcome!.followUpDue}T09:00:00`);
    const followUpsDue = (today: Date) => app.call('cases.followUpsDue', { today: day(today) });
    expect(await followUpsDue(addDays(due, -8))).toEqual([]);
    expect(await followUpsDue(addDays(due, -7))).toEqual([
      {
        caseId,
        customerName: 'Sharon Pearce',
        customerReference: 'UC-4417-2290',
        followUpDue: outcome!.followUpDue,
      },
    ]);

    const recorded = await app.call('cases.recordFollowUp', {
      caseId,
      stepsTaken: 'some',
      workAbilityScore: 6,
      note: 'Started the exercises; the van course is full until March',
    });
    expect(recorded.outcome!.followUp).toMatchObject({
      stepsTaken: 'some',
      workAbilityScore: 6,
      note: 'Started the exercises; the van course is full until March',
    });
    expect(await followUpsDue(addDays(due, 30))).toEqual([]);
    await expect(
      app.call('cases.recordFollowUp', { caseId, stepsTaken: 'all', workAbilityScore: 7 }),
    ).rejects.toMatchObject({ message: 'The follow-up for this case is already recorded' });
  });

  it('belongs only to a completed case', async () => {
    const created = await app.call('cases.create', referral(officeId));
    await app.call('cases.close', { caseId: created.id, outcome: 'claim-closed' });
    await expect(
      app.call('cases.recordFollowUp', {
        caseId: created.id,
        stepsTaken: 'none',
        workAbilityScore: 3,
      }),
    ).rejects.toMatchObject({ message: 'Only a completed case has a follow-up' });
  });

  it('keeps a completed case on the device until retention runs out after its follow-up', async () => {
    const caseId = await caseWithPlan();
    const { outcome } = await app.call('cases.close', { caseId, outcome: 'completed' });
    const [entry] = await casesDueForPurge(store.db, 7);
    expect(entry!.purgeOn).toBe(day(addDays(new Date(`${outcome!.followUpDue}T12:00:00`), 7)));
  });
});
