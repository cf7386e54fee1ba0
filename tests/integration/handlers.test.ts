import { beforeEach, describe, expect, it } from 'vitest';
import { api, type CallName } from '../../core/api';
import type { Store } from '../../db/store';
import { appOver, contents } from '../support/app';
import { referral } from '../support/referrals';
import { tempStore } from '../support/temp-store';

const missingId = '019ac000-0000-7000-8000-00000000dead';

let store: Store;
let app: ReturnType<typeof appOver>;
let officeId: string;

beforeEach(async () => {
  store = await tempStore();
  app = appOver(store);
  officeId = (await app.call('offices.list', {})).find((o) => o.name === 'Hull JCP')!.id;
});

async function signIn() {
  return app.call('practitioner.save', { name: 'Aisha Khan', role: 'ehp', officeId });
}

async function caseWithAppointment() {
  await signIn();
  const created = await app.call('cases.create', referral(officeId));
  const scheduled = await app.call('appointments.schedule', {
    caseId: created.id,
    startsAt: '2026-11-27T10:00',
    durationMinutes: 60,
    channel: 'telephone',
    extraReason: '',
  });
  return { caseId: created.id, appointmentId: scheduled.appointments[0]!.id };
}

/**
 * For every call: input its schema refuses, and input that passes the schema
 * but names something that is not there. Each must come back as a typed error
 * and leave the store exactly as it was.
 */
const localService = {
  title: 'Walk and talk',
  summary: 'A walking group',
  type: 'service',
  headings: ['social'],
  tags: [],
  url: null,
  phone: '01482 000000',
  selfReferral: true,
  cost: 'Free',
  howToGet: '',
};

const invalidInputs: Record<CallName, unknown[]> = {
  'session.status': [{ now: true }],
  'session.setPassphrase': [
    { passphrase: 'short', confirmation: 'short' },
    { passphrase: 'a long enough passphrase', confirmation: 'a different passphrase' },
    { passphrase: 'aaaaaaaaaaaaaaaa', confirmation: 'aaaaaaaaaaaaaaaa' },
    { passphrase: 'copper kettle river lamp', confirmation: 'copper kettle river lamp' },
  ],
  'session.unlock': [{ passphrase: '' }, { passphrase: 5 }],
  'session.lock': [{ now: true }],
  'session.changePassphrase': [
    { current: 'x', next: { passphrase: 'short', confirmation: 'short' } },
    {
      current: '',
      next: { passphrase: 'copper kettle river lamp', confirmation: 'copper kettle river lamp' },
    },
  ],
  'settings.get': [[1]],
  'settings.save': [
    { lockAfterMinutes: 0, retentionDays: 90 },
    { lockAfterMinutes: 5, retentionDays: 1 },
    { lockAfterMinutes: '5', retentionDays: 90 },
  ],
  'audit.list': [{ page: 0 }, { page: 'last' }],
  'retention.preview': [{ all: true }],
  'practitioner.get': [{ extra: 1 }, 'text'],
  'practitioner.save': [
    { name: '', role: 'ehp', officeId: missingId },
    { name: 'A', role: 'nurse', officeId: missingId },
    { name: 'A', role: 'ehp', officeId: missingId },
  ],
  'offices.list': [[1, 2]],
  'offices.add': [
    { name: '', nation: 'England' },
    { name: 'Cardiff JCP', nation: 'Scotland' },
    { name: 'Hull JCP', nation: 'England' },
  ],
  'cases.list': [
    { status: 'lost' },
    { page: 0 },
    { pageSize: 100000 },
    { search: 'x'.repeat(101) },
  ],
  'cases.get': [{ caseId: 'not-a-uuid' }, { caseId: missingId }, null],
  'cases.create': [{}, { customerName: 42 }, 'referral'],
  'cases.close': [
    { caseId: missingId, outcome: 'returned-to-jcp' },
    { caseId: missingId, outcome: 'active' },
    { caseId: missingId, outcome: 'unsuitable', unsuitableReason: null, note: '' },
  ],
  'cases.recordFollowUp': [
    { caseId: missingId, stepsTaken: 'all', workAbilityScore: 5 },
    { caseId: missingId, stepsTaken: 'most', workAbilityScore: 5 },
    { caseId: missingId, stepsTaken: 'all', workAbilityScore: 11 },
  ],
  'plan.versions': [{ caseId: missingId }, {}],
  'plan.issue': [
    { caseId: missingId },
    { caseId: 'case-1' },
    { caseId: missingId, openChecksConfirmed: 'all' },
    { caseId: missingId, openChecksConfirmed: ['<script>'] },
  ],
  'library.search': [
    { query: 'debt', officeId: missingId },
    { query: 'debt', officeId: 'hull' },
    { query: 'x'.repeat(201), officeId: missingId },
    { query: 'debt', officeId: missingId, heading: 'money' },
    { query: 'debt', officeId: missingId, type: 'leaflet' },
    { query: 'debt', officeId: missingId, limit: 1000 },
  ],
  'library.get': [{ id: missingId }, { id: 'access-to-work' }],
  'library.suggest': [{ obstacleId: missingId }, {}],
  'plan.addSuggestedStep': [
    { obstacleId: missingId, libraryItemId: missingId },
    { obstacleId: missingId },
    { obstacleId: missingId, libraryItemId: 'samaritans' },
  ],
  'library.addLocal': [
    { ...localService, title: '' },
    { ...localService, headings: [] },
    { ...localService, phone: null },
    { ...localService, phone: null, url: 'http://example.org' },
    { ...localService, tags: ['walking'] },
    { ...localService, type: 'practical' },
  ],
  'library.verify': [{ id: missingId }, { id: 42 }],
  'plan.preview': [{ caseId: missingId }, {}],
  'plan.document': [{ caseId: missingId, version: 1 }, { caseId: missingId }],
  'export.planDocx': [
    { caseId: missingId, version: 1 },
    { caseId: missingId, version: 0 },
    { caseId: missingId, version: 'latest' },
  ],
  'export.notesDocx': [{ caseId: missingId }, { caseId: '../etc' }],
  'mi.caseload': [
    { from: '2026-12-01', to: '2026-11-01' },
    { from: 'soon', to: 5 },
  ],
  'mi.office': [{ from: '2026-11-01' }, { from: '2026-11-01', to: '2026-11-31' }],
  'sync.status': [{ now: true }],
  'sync.signIn': [
    { serverUrl: 'ftp://central.example', username: 'aisha', password: 'x' },
    { serverUrl: 'http://central.example', username: 'aisha', password: 'x' },
    { serverUrl: 'https://central.example', username: '', password: '' },
  ],
  'sync.signOut': [{ now: true }],
  'sync.now': [{ now: true }],
  'sync.conflicts': [{ now: true }],
  'sync.resolveConflict': [
    { id: missingId, value: 'mine' },
    { id: '', value: 5 },
  ],
  'scope.rulebook': [{ now: true }],
  'scope.decisions': [{ caseId: missingId }, {}],
  'scope.decide': [
    {
      caseId: missingId,
      field: 'notes',
      ruleId: 'medication-stop',
      category: 'medication',
      excerpt: 'stop taking',
      kind: 'kept',
      reason: 'Quoting the GP',
    },
    {
      caseId: missingId,
      field: 'notes',
      ruleId: 'medication-stop',
      category: 'medication',
      excerpt: 'stop taking',
      kind: 'kept',
      reason: ' ',
    },
    {
      caseId: missingId,
      field: '<script>',
      ruleId: 'x',
      category: 'medication',
      excerpt: 'x',
      kind: 'kept',
      reason: 'x',
    },
  ],
  'drafts.list': [{ caseId: missingId }, {}],
  'drafts.save': [
    { caseId: missingId, form: 'goal', fields: { text: 'Drive again' } },
    { caseId: missingId, form: 'Goal; drop table', fields: null },
    { caseId: missingId, form: 'goal', fields: { 'not a name': 'x' } },
    { caseId: missingId, form: 'goal', fields: { text: 'x'.repeat(4001) } },
  ],
  'cases.followUpsDue': [{ today: 'next week' }, {}],
  'appointments.schedule': [
    {
      caseId: missingId,
      startsAt: '2026-11-27T10:00',
      durationMinutes: 60,
      channel: 'telephone',
      extraReason: '',
    },
    {
      caseId: missingId,
      startsAt: '27/11/2026',
      durationMinutes: 60,
      channel: 'telephone',
      extraReason: '',
    },
    {
      caseId: missingId,
      startsAt: '2026-11-27T10:00',
      durationMinutes: 5,
      channel: 'telephone',
      extraReason: '',
    },
  ],
  'appointments.recordAttendance': [
    { appointmentId: missingId, attendance: 'attended' },
    { appointmentId: missingId, attendance: 'booked' },
  ],
  'plan.get': [{ caseId: missingId }, { caseId: 7 }],
  'plan.saveGoal': [
    { caseId: missingId, lens: 'past', kind: 'work', text: 'Drive again' },
    { caseId: missingId, lens: 'yesterday', kind: 'work', text: 'Drive again' },
    { caseId: missingId, lens: 'past', kind: 'work', text: '   ' },
  ],
  'plan.saveObstacle': [
    { caseId: missingId, heading: 'health', text: 'Back pain' },
    { caseId: missingId, heading: 'money', text: 'Debt' },
    {
      caseId: missingId,
      heading: 'health',
      text: 'Back pain',
      limitingBelief: 'A fit note means I cannot work',
    },
  ],
  'plan.saveStep': [
    {
      caseId: missingId,
      obstacleId: missingId,
      text: 'Walk daily',
      type: 'practical-step',
      who: 'Customer',
    },
    { caseId: missingId, text: 'Walk daily', type: 'practical-step', who: 'Customer' },
    {
      caseId: missingId,
      obstacleId: missingId,
      text: 'Walk daily',
      type: 'therapy',
      who: 'Customer',
    },
  ],
  'plan.reviewStep': [
    { id: missingId, review: 'done' },
    { id: missingId, review: 'maybe' },
  ],
  'plan.removeGoal': [{ id: missingId }, {}],
  'plan.removeObstacle': [{ id: missingId }],
  'plan.removeStep': [{ id: 'x' }],
  'plan.markHeading': [
    { caseId: missingId, heading: 'social', noneReason: 'Lives with supportive family' },
    { caseId: missingId, heading: 'social', noneReason: '' },
  ],
  'plan.saveEnd': [
    { caseId: missingId, confidence: 4 },
    { caseId: missingId, importance: 12 },
    { caseId: missingId, canDo: 5 },
  ],
  'appointments.open': [{ appointmentId: 'nope' }, { appointmentId: missingId }],
  'appointments.saveRecord': [
    { appointmentId: missingId, notes: 'Talked about her garden.' },
    { appointmentId: missingId, workAbilityScore: 11 },
    { appointmentId: missingId, workAbilityScore: 4.5 },
    { appointmentId: missingId, expectationsCovered: ['free-money'] },
  ],
  'appointments.reschedule': [
    { appointmentId: missingId, startsAt: '2026-12-01T10:00' },
    { appointmentId: missingId, startsAt: '2026-02-30T10:00' },
  ],
};

describe('every API call refuses bad input with a typed error and changes nothing', () => {
  for (const name of Object.keys(api) as CallName[]) {
    it(name, async () => {
      await caseWithAppointment();
      const before = contents(store);
      for (const input of invalidInputs[name]) {
        const envelope = await app.dispatch(name, input);
        expect(envelope.ok, `${name} accepted ${JSON.stringify(input)}`).toBe(false);
        if (envelope.ok) continue;
        expect(['invalid-input', 'not-found', 'not-allowed']).toContain(envelope.error.code);
        expect(envelope.error.message.length).toBeGreaterThan(5);
      }
      expect(contents(store)).toBe(before);
      expect(app.logged).toEqual([]);
    });
  }

  it('refuses a call that does not exist', async () => {
    const envelope = await app.dispatch('cases.drop', {});
    expect(envelope).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
  });

  it('names each field that is wrong, so the form can link to it', async () => {
    await signIn();
    const envelope = await app.dispatch(
      'cases.create',
      referral(officeId, { customerName: ' ', referralDate: '2026-13-01' }),
    );
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.fields.map((f) => f.field)).toEqual(['customerName', 'referralDate']);
    expect(envelope.error.fields[0]!.message).toBe("Enter the customer's name");
  });
});

describe('every API call does its job with valid input', () => {
  it('practitioner.get and practitioner.save: first run, then a change of office', async () => {
    expect(await app.call('practitioner.get', {})).toBeNull();
    const saved = await signIn();
    expect(saved).toMatchObject({ name: 'Aisha Khan', role: 'ehp', officeName: 'Hull JCP' });
    const york = (await app.call('offices.list', {})).find((o) => o.name === 'York JCP')!;
    await app.call('practitioner.save', { name: 'Aisha Khan', role: 'ehp', officeId: york.id });
    expect(await app.call('practitioner.get', {})).toMatchObject({
      id: saved.id,
      officeName: 'York JCP',
    });
  });

  it('offices.list and offices.add: an added office is in the list, in name order', async () => {
    const added = await app.call('offices.add', { name: 'Merthyr Tydfil JCP', nation: 'Wales' });
    const offices = await app.call('offices.list', {});
    expect(offices).toContainEqual(added);
    expect(offices.map((o) => o.name)).toEqual([...offices.map((o) => o.name)].sort());
  });

  it('cases.create and cases.get: the referral comes back as entered, status referred', async () => {
    await signIn();
    const created = await app.call(
      'cases.create',
      referral(officeId, { customerName: '  Sharon Pearce ' }),
    );
    expect(created).toMatchObject({
      customerName: 'Sharon Pearce',
      status: 'referred',
      office: { name: 'Hull JCP' },
    });
    expect(await app.call('cases.get', { caseId: created.id })).toEqual(created);
  });

  it('cases.create needs to know who the practitioner is', async () => {
    await expect(app.call('cases.create', referral(officeId))).rejects.toMatchObject({
      code: 'not-allowed',
    });
  });

  it('cases.create keeps a referral that misses a criterion: a warning, not a block', async () => {
    await signIn();
    const created = await app.call(
      'cases.create',
      referral(officeId, {
        eligibility: {
          onHealthJourney: true,
          fitNoteValidUntil: null,
          wcaStatus: 'lcw',
          unemployed: true,
        },
      }),
    );
    expect(created.eligibility).toMatchObject({ fitNoteValidUntil: null, wcaStatus: 'lcw' });
  });

  it('cases.list: filters by status, searches name and reference, pages', async () => {
    await signIn();
    const names = ['Tom Hardcastle', 'Priya Natarajan', 'Tomasz Wójcik', 'Ellen 100% Price'];
    for (const [index, customerName] of names.entries()) {
      await app.call(
        'cases.create',
        referral(officeId, { customerName, customerReference: `UC-${index}` }),
      );
    }
    const priya = (await app.call('cases.list', { search: 'priya' })).cases[0]!;
    await app.call('cases.close', { caseId: priya.id, outcome: 'returned-to-jcp' });

    expect(
      (await app.call('cases.list', { search: 'tom' })).cases.map((c) => c.customerName),
    ).toEqual(['Tom Hardcastle', 'Tomasz Wójcik']);
    expect(
      (await app.call('cases.list', { search: 'UC-3' })).cases.map((c) => c.customerName),
    ).toEqual(['Ellen 100% Price']);
    expect((await app.call('cases.list', { search: '0%' })).total).toBe(1);
    expect(
      (await app.call('cases.list', { status: 'returned-to-jcp' })).cases.map(
        (c) => c.customerName,
      ),
    ).toEqual(['Priya Natarajan']);
    const firstPage = await app.call('cases.list', { pageSize: 3 });
    const secondPage = await app.call('cases.list', { pageSize: 3, page: 2 });
    expect(firstPage.total).toBe(4);
    expect([...firstPage.cases, ...secondPage.cases].map((c) => c.customerName).sort()).toEqual(
      [...names].sort(),
    );
  });

  it('cases.list puts the soonest booked appointment first', async () => {
    const { caseId } = await caseWithAppointment();
    await app.call('cases.create', referral(officeId, { customerName: 'Aaron Abbott' }));
    const { cases } = await app.call('cases.list', {});
    expect(cases.map((c) => [c.id === caseId, c.nextAppointment])).toEqual([
      [true, '2026-11-27T10:00'],
      [false, null],
    ]);
  });

  it('drafts.save and drafts.list: what is typed but not submitted is kept, and goes when submitted', async () => {
    const { caseId } = await caseWithAppointment();
    await app.call('drafts.save', { caseId, form: 'goal', fields: { text: 'Drive ag', lens: '' } });
    await app.call('drafts.save', {
      caseId,
      form: 'step',
      fields: { text: 'Call the GP', interim: true },
    });
    await app.call('drafts.save', { caseId, form: 'goal', fields: { text: 'Drive again' } });
    expect(await app.call('drafts.list', { caseId })).toEqual({
      goal: { text: 'Drive again' },
      step: { text: 'Call the GP', interim: true },
    });
    await app.call('drafts.save', { caseId, form: 'goal', fields: null });
    expect(Object.keys(await app.call('drafts.list', { caseId }))).toEqual(['step']);
  });

  it('scope.decide: a finding kept with a reason, safeguarding recorded, both audited without the words', async () => {
    const { caseId } = await caseWithAppointment();
    const finding = {
      caseId,
      field: 'notes',
      ruleId: 'medication-stop',
      category: 'medication' as const,
      excerpt: 'stop taking his tablets',
    };
    await app.call('scope.decide', {
      ...finding,
      kind: 'kept',
      reason: 'Quoting what his GP said',
    });
    const safeguarding = {
      ...finding,
      ruleId: 'safeguarding-suicide',
      category: 'safeguarding' as const,
      excerpt: 'thoughts of ending his life',
    };
    await expect(
      app.call('scope.decide', { ...safeguarding, kind: 'kept', reason: 'Not serious' }),
    ).rejects.toMatchObject({ message: 'Record what you did about a safeguarding concern' });
    const decisions = await app.call('scope.decide', {
      ...safeguarding,
      kind: 'safeguarding',
      reason: 'Gave Samaritans 116 123 and NHS 111 option 2; told my manager',
    });
    expect(decisions.map((d) => [d.kind, d.excerpt, d.reason])).toEqual([
      ['kept', 'stop taking his tablets', 'Quoting what his GP said'],
      [
        'safeguarding',
        'thoughts of ending his life',
        'Gave Samaritans 116 123 and NHS 111 option 2; told my manager',
      ],
    ]);
    const { events } = await app.call('audit.list', { page: 1 });
    expect(events.slice(0, 2).map((e) => e.action)).toEqual([
      'scope.safeguarding-recorded',
      'scope.kept',
    ]);
    expect(JSON.stringify(events)).not.toContain('ending his life');
  });

  it('appointments.schedule numbers appointments and asks a reason for a fourth', async () => {
    const { caseId } = await caseWithAppointment();
    const slot = (day: number) => ({
      caseId,
      startsAt: `2026-12-0${day}T14:30`,
      durationMinutes: 60,
      channel: 'video' as const,
      extraReason: '',
    });
    await app.call('appointments.schedule', slot(4));
    const third = await app.call('appointments.schedule', slot(8));
    expect(third.appointments.map((a) => a.number)).toEqual([1, 2, 3]);
    await expect(app.call('appointments.schedule', slot(9))).rejects.toMatchObject({
      fields: [{ field: 'extraReason' }],
    });
    const fourth = await app.call('appointments.schedule', {
      ...slot(9),
      extraReason: 'Customer asked for help with an Access to Work application',
    });
    expect(fourth.appointments.at(-1)).toMatchObject({
      number: 4,
      extraReason: 'Customer asked for help with an Access to Work application',
    });
  });

  it('appointments.recordAttendance: attending makes a referral active', async () => {
    const { caseId, appointmentId } = await caseWithAppointment();
    const detail = await app.call('appointments.recordAttendance', {
      appointmentId,
      attendance: 'attended',
    });
    expect(detail.status).toBe('active');
    expect(detail.appointments[0]).toMatchObject({ attendance: 'attended', number: 1 });
    expect((await app.call('cases.get', { caseId })).status).toBe('active');
  });

  it('appointments.recordAttendance: a failed appointment loses its number', async () => {
    const { appointmentId } = await caseWithAppointment();
    const detail = await app.call('appointments.recordAttendance', {
      appointmentId,
      attendance: 'failed-to-attend',
    });
    expect(detail.status).toBe('referred');
    expect(detail.appointments[0]).toMatchObject({ attendance: 'failed-to-attend', number: null });
  });

  it('appointments.reschedule keeps the old appointment on record and books the new one', async () => {
    const { appointmentId } = await caseWithAppointment();
    const detail = await app.call('appointments.reschedule', {
      appointmentId,
      startsAt: '2026-12-03T09:15',
    });
    const [old, replacement] = detail.appointments;
    expect(old).toMatchObject({
      id: appointmentId,
      attendance: 'rescheduled',
      number: null,
      rescheduledToId: replacement!.id,
    });
    expect(replacement).toMatchObject({
      startsAt: '2026-12-03T09:15',
      attendance: 'booked',
      number: 1,
      channel: 'telephone',
    });
    await expect(
      app.call('appointments.reschedule', { appointmentId, startsAt: '2026-12-04T09:15' }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('appointments.open and appointments.saveRecord: the record of an appointment, saved in parts', async () => {
    const { caseId, appointmentId } = await caseWithAppointment();
    const opened = await app.call('appointments.open', { appointmentId });
    expect(opened).toMatchObject({
      caseId,
      customerName: 'Sharon Pearce',
      number: 1,
      record: { workAbilityScore: null, expectationsCovered: [], notes: '' },
      earlierAttended: [],
      earlierScores: [],
    });
    await app.call('appointments.saveRecord', { appointmentId, workAbilityScore: 3 });
    await app.call('appointments.saveRecord', {
      appointmentId,
      expectationsCovered: ['voluntary', 'not-wca'],
    });
    await app.call('appointments.saveRecord', {
      appointmentId,
      notes: '**Sharon** walks to the shop most days.',
    });
    expect((await app.call('appointments.open', { appointmentId })).record).toEqual({
      workAbilityScore: 3,
      expectationsCovered: ['voluntary', 'not-wca'],
      notes: '**Sharon** walks to the shop most days.',
    });

    const second = await app.call('appointments.schedule', {
      caseId,
      startsAt: '2026-12-08T10:00',
      durationMinutes: 60,
      channel: 'telephone',
      extraReason: '',
    });
    const secondId = second.appointments[1]!.id;
    await app.call('appointments.recordAttendance', { appointmentId, attendance: 'attended' });
    const reopened = await app.call('appointments.open', { appointmentId: secondId });
    expect(reopened.earlierScores).toEqual([{ number: 1, startsAt: '2026-11-27T10:00', score: 3 }]);
    expect(reopened.earlierAttended).toEqual([{ number: 1, workAbilityScore: 3 }]);
    const edits = store.sqlite
      .prepare("select count(*) from audit_events where action = 'appointment.record-edited'")
      .pluck()
      .get();
    expect(edits).toBe(1);
  });

  it('plan calls: goals, obstacles under headings, steps matched to obstacles, none identified', async () => {
    const { caseId } = await caseWithAppointment();
    await app.call('plan.saveGoal', {
      caseId,
      lens: 'past',
      kind: 'work',
      text: 'Get back to driving work',
    });
    const withGoals = await app.call('plan.saveGoal', {
      caseId,
      lens: 'present',
      kind: 'lifestyle',
      text: 'Get outside every day',
    });
    const goalId = withGoals.goals[0]!.id;
    const withObstacle = await app.call('plan.saveObstacle', {
      caseId,
      heading: 'personal',
      text: 'Low confidence after a long time out of work',
      limitingBelief: 'My fit note means I cannot do any work',
      beliefApproach: 'thought-from-truth',
    });
    const obstacleId = withObstacle.obstacles[0]!.id;
    const withStep = await app.call('plan.saveStep', {
      caseId,
      obstacleId,
      goalId,
      text: 'Look at the Access to Work website with your Work Coach',
      type: 'online-resource',
      who: 'You and your Work Coach',
      byWhen: '2026-12-15',
      interim: true,
    });
    expect(withStep.obstacles[0]).toMatchObject({
      heading: 'personal',
      limitingBelief: 'My fit note means I cannot do any work',
      beliefApproach: 'thought-from-truth',
      steps: [{ goalId, type: 'online-resource', interim: true, review: null }],
    });
    const stepId = withStep.obstacles[0]!.steps[0]!.id;
    const reviewed = await app.call('plan.reviewStep', {
      id: stepId,
      review: 'partly',
      note: 'Found the page; not yet applied',
    });
    expect(reviewed.obstacles[0]!.steps[0]).toMatchObject({
      review: 'partly',
      reviewNote: 'Found the page; not yet applied',
    });

    const marked = await app.call('plan.markHeading', {
      caseId,
      heading: 'social',
      noneReason: 'Lives with a supportive partner; no money worries',
    });
    expect(marked.noneIdentified).toEqual([
      { heading: 'social', reason: 'Lives with a supportive partner; no money worries' },
    ]);
    await expect(
      app.call('plan.markHeading', { caseId, heading: 'personal', noneReason: 'Nothing' }),
    ).rejects.toMatchObject({ fields: [{ field: 'noneReason' }] });
    await expect(app.call('plan.removeObstacle', { id: obstacleId })).rejects.toMatchObject({
      code: 'invalid-input',
    });

    // A step must answer an obstacle of the same case.
    const other = await app.call(
      'cases.create',
      referral(officeId, { customerName: 'Aaron Abbott' }),
    );
    await expect(
      app.call('plan.saveStep', {
        caseId: other.id,
        obstacleId,
        text: 'Walk',
        type: 'practical-step',
        who: 'You',
      }),
    ).rejects.toMatchObject({ fields: [{ field: 'obstacleId' }] });

    await app.call('plan.removeStep', { id: stepId });
    const cleared = await app.call('plan.removeObstacle', { id: obstacleId });
    expect(cleared.obstacles).toEqual([]);
    expect((await app.call('plan.removeGoal', { id: goalId })).goals.map((g) => g.text)).toEqual([
      'Get outside every day',
    ]);
    await app.call('plan.saveEnd', { caseId, confidence: 6, importance: 9 });
    await app.call('plan.saveEnd', { caseId, canDo: 'You can walk for twenty minutes.' });
    expect((await app.call('plan.get', { caseId })).end).toEqual({
      confidence: 6,
      importance: 9,
      potentialWorkAbility: null,
      canDo: 'You can walk for twenty minutes.',
    });
    expect(await app.call('plan.get', { caseId })).toMatchObject({
      noneIdentified: [{ heading: 'social' }],
    });
  });
});
