import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { subDays } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { casesDueForPurge, purgeDueCases } from '../../db/retention';
import { openStore } from '../../db/store';
import { createStore, unlockStore } from '../../db/unlock';
import { Session } from '../../main/session';
import { appOver } from '../support/app';
import { referral } from '../support/referrals';
import { tempDir, tempStore } from '../support/temp-store';

async function caseload(store: Awaited<ReturnType<typeof openStore>>) {
  const app = appOver(store);
  const officeId = (await app.call('offices.list', {}))[0]!.id;
  await app.call('practitioner.save', { name: 'Aisha Khan', role: 'ehp', officeId });
  return { app, officeId };
}

const actions = (store: Awaited<ReturnType<typeof openStore>>) =>
  store.sqlite.prepare('select action from audit_events order by at, rowid').pluck().all();

describe('retention', () => {
  it('purges a closed case after the retention period, and shows what is due before then', async () => {
    const store = await tempStore();
    const { app, officeId } = await caseload(store);
    const closed = await app.call(
      'cases.create',
      referral(officeId, { customerName: 'Gareth Hughes' }),
    );
    const open = await app.call(
      'cases.create',
      referral(officeId, { customerName: 'Priya Natarajan' }),
    );
    await app.call('appointments.schedule', {
      caseId: closed.id,
      startsAt: '2026-08-03T10:00',
      durationMinutes: 60,
      channel: 'telephone',
      extraReason: '',
    });
    await app.call('cases.close', { caseId: closed.id, outcome: 'returned-to-jcp' });
    const closedAt = store.sqlite
      .prepare('select closed_at from cases where id = ?')
      .pluck()
      .get(closed.id) as string;

    const due = await app.call('retention.preview', {});
    expect(due).toEqual([
      { caseId: closed.id, customerName: 'Gareth Hughes', closedAt, purgeOn: expect.any(String) },
    ]);
    const purgeOn = new Date(`${due[0]!.purgeOn}T12:00:00Z`);
    expect(await purgeDueCases(store.db, 90, subDays(purgeOn, 1))).toEqual([]);
    expect(await purgeDueCases(store.db, 90, purgeOn)).toEqual([closed.id]);

    expect((await app.call('cases.list', {})).cases.map((c) => c.id)).toEqual([open.id]);
    expect(
      store.sqlite
        .prepare('select count(*) from appointments where case_id = ?')
        .pluck()
        .get(closed.id),
    ).toBe(0);
    expect(actions(store)).toContain('case.purged');
    expect(await casesDueForPurge(store.db, 90)).toEqual([]);
  });

  it('leaves no trace of a purged customer in the file beneath the cipher', async () => {
    const dir = tempDir();
    // Unencrypted, so the bytes on disk can be searched: encryption would hide a trace, not remove it.
    const store = await openStore(dir, { key: null });
    const { app, officeId } = await caseload(store);
    const purged = await app.call(
      'cases.create',
      referral(officeId, {
        customerName: 'Bethan Lewis-Morgan',
        customerReference: 'UC-7300-5151',
        referralNotes: 'Fibromyalgia flare-ups most weeks.',
      }),
    );
    await app.call('cases.create', referral(officeId, { customerName: 'Kwame Mensah' }));
    const plan = await app.call('plan.saveObstacle', {
      caseId: purged.id,
      heading: 'health',
      text: 'Fibromyalgia pain on cold days',
    });
    await app.call('plan.saveGoal', {
      caseId: purged.id,
      lens: 'future',
      kind: 'work',
      text: 'Run a Fibromyalgia support group',
    });
    await app.call('plan.saveStep', {
      caseId: purged.id,
      obstacleId: plan.obstacles[0]!.id,
      text: 'Ask the GP about Fibromyalgia pacing',
      type: 'signpost',
      who: 'You',
    });
    await app.call('plan.markHeading', {
      caseId: purged.id,
      heading: 'social',
      noneReason: 'Fibromyalgia friends nearby',
    });
    await app.call('plan.saveEnd', {
      caseId: purged.id,
      canDo: 'You can lead a Fibromyalgia walk',
    });
    await app.call('plan.issue', {
      caseId: purged.id,
      openChecksConfirmed: ['heading-unexplored', 'missing-score'],
    });
    await app.call('drafts.save', {
      caseId: purged.id,
      form: 'obstacle-health',
      fields: { text: 'Fibromyalgia fog in the afternoons' },
    });
    await app.call('cases.close', {
      caseId: purged.id,
      outcome: 'unsuitable',
      unsuitableReason: 'too-unwell',
      note: 'Fibromyalgia too severe for now',
    });
    const before = readFileSync(join(dir, 'workability.db-wal'));
    expect(before.includes('Bethan Lewis-Morgan')).toBe(true);

    await purgeDueCases(store.db, 7, new Date(Date.now() + 8 * 86_400_000));
    await store.close();
    for (const name of readdirSync(dir)) {
      const bytes = readFileSync(join(dir, name));
      for (const trace of ['Bethan Lewis-Morgan', 'UC-7300-5151', 'Fibromyalgia']) {
        expect(bytes.includes(trace), `${trace} in ${name}`).toBe(false);
      }
      if (name === 'workability.db') expect(bytes.includes('Kwame Mensah')).toBe(true);
    }
  });
});

describe('the audit trail', () => {
  it('records who did what to which record, for every change and every case opened', async () => {
    const store = await tempStore();
    const { app, officeId } = await caseload(store);
    const detail = await app.call('cases.create', referral(officeId));
    await app.call('cases.get', { caseId: detail.id });
    const booked = await app.call('appointments.schedule', {
      caseId: detail.id,
      startsAt: '2026-12-01T10:00',
      durationMinutes: 60,
      channel: 'telephone',
      extraReason: '',
    });
    const appointmentId = booked.appointments[0]!.id;
    await app.call('appointments.reschedule', { appointmentId, startsAt: '2026-12-02T10:00' });
    const replacement = (await app.call('cases.get', { caseId: detail.id })).appointments[1]!.id;
    await app.call('appointments.recordAttendance', {
      appointmentId: replacement,
      attendance: 'attended',
    });
    await app.call('cases.close', { caseId: detail.id, outcome: 'returned-to-jcp' });
    await app.call('settings.save', { lockAfterMinutes: 10, retentionDays: 30 });

    const { events } = await app.call('audit.list', { page: 1 });
    expect(events.map((e) => e.action).reverse()).toEqual([
      'practitioner.saved',
      'case.created',
      'case.opened',
      'appointment.scheduled',
      'appointment.rescheduled',
      'case.opened',
      'appointment.attendance-recorded',
      'case.closed',
      'settings.changed',
    ]);
    const created = events.find((e) => e.action === 'case.created')!;
    expect(created).toMatchObject({
      practitionerName: 'Aisha Khan',
      entity: 'case',
      recordId: detail.id,
      description: 'Created a case from a referral',
    });
    expect(JSON.stringify(events)).not.toContain('Sharon Pearce');
  });

  it('cannot be changed or deleted', async () => {
    const store = await tempStore();
    await caseload(store);
    expect(() => store.sqlite.exec("update audit_events set action = 'nothing'")).toThrow(
      /cannot be changed/,
    );
    expect(() => store.sqlite.exec('delete from audit_events')).toThrow(/cannot be changed/);
    expect(actions(store)).toEqual(['practitioner.saved']);
  });

  it('records failed unlocks at the next unlock, with a growing wait between tries', async () => {
    const dir = tempDir();
    await (await createStore(dir, 'copper kettle river lamp')).close();
    let now = Date.parse('2026-11-25T09:00:00Z');
    const session = new Session(dir, () => now);
    await expect(session.unlock('wrong one')).rejects.toMatchObject({
      message: expect.stringContaining('1 second'),
    });
    await expect(session.unlock('copper kettle river lamp')).rejects.toMatchObject({
      message: expect.stringContaining('try again in 1 second'),
    });
    now += 1000;
    await expect(session.unlock('wrong two')).rejects.toMatchObject({
      message: expect.stringContaining('2 seconds'),
    });
    now += 2000;
    await expect(session.unlock('wrong three')).rejects.toMatchObject({
      message: expect.stringContaining('4 seconds'),
    });
    now += 4000;
    await session.unlock('copper kettle river lamp');
    expect(session.status().state).toBe('unlocked');
    await session.lock();
    expect(session.status().state).toBe('locked');
    expect(() => session.db()).toThrow(/locked/);

    const store = await unlockStore(dir, 'copper kettle river lamp');
    expect(actions(store)).toEqual([
      'store.unlock-failed',
      'store.unlock-failed',
      'store.unlock-failed',
      'store.unlocked',
      'store.locked',
    ]);
    await store.close();
  });
});
