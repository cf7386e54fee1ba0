import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appOver } from '../support/app';
import { office, startCentral, syncedContents } from '../support/central';
import { deviceSignedIn } from '../support/devices';
import { planOver } from '../support/plans';

type App = ReturnType<typeof appOver>;

describe('one EHP on two devices, offline on both, then synced', () => {
  let central: Awaited<ReturnType<typeof startCentral>>;
  let laptop: App;
  let desktop: App;

  beforeAll(async () => {
    central = await startCentral([['aisha', 'ehp']]);
  }, 60_000);
  afterAll(async () => {
    await central?.stop();
  });

  it('converges: both keep every typed text, in the record or in a conflict, and nothing twice', async () => {
    laptop = await deviceSignedIn(central.url, 'aisha');
    const caseId = await planOver(laptop, office.id);
    await laptop.call('sync.now', {});
    desktop = await deviceSignedIn(central.url, 'aisha');
    await desktop.call('sync.now', {});
    const start = await desktop.call('plan.get', { caseId });
    expect(start.goals.map((goal) => goal.text)).toEqual(['Drive a van']);
    const goalId = start.goals[0]!.id;
    const obstacleId = start.obstacles[0]!.id;
    const stepId = start.obstacles[0]!.steps[0]!.id;
    const appointmentId = (await desktop.call('cases.get', { caseId })).appointments[0]!.id;

    // Offline on both: no sync until every edit is made.
    await laptop.call('plan.saveGoal', {
      id: goalId,
      caseId,
      lens: 'future',
      kind: 'work',
      text: 'Drive a van for a local firm',
    });
    await desktop.call('plan.saveGoal', {
      id: goalId,
      caseId,
      lens: 'future',
      kind: 'work',
      text: 'Drive a delivery van',
    });
    await laptop.call('appointments.saveRecord', {
      appointmentId,
      notes: 'Talked about driving hours.',
    });
    await desktop.call('appointments.saveRecord', { appointmentId, workAbilityScore: 4 });
    await laptop.call('plan.saveObstacle', {
      caseId,
      heading: 'work',
      text: 'No recent references',
    });
    const walk = await laptop.call('library.addLocal', {
      title: 'Aberdare Walk and Talk',
      summary: 'A free walking group where you can chat with others, every Tuesday morning.',
      type: 'service',
      headings: ['social', 'health'],
      tags: ['loneliness'],
      url: null,
      phone: '01685 300 300',
      selfReferral: true,
      cost: 'Free',
      howToGet: 'Turn up at 10am outside the library.',
    });
    await desktop.call('plan.saveStep', {
      caseId,
      obstacleId,
      text: 'Ask the GP about a phased return',
      type: 'practical-step',
      who: 'You',
    });
    await laptop.call('plan.removeStep', { id: stepId });
    await desktop.call('plan.saveStep', {
      id: stepId,
      caseId,
      obstacleId,
      text: 'Try the NHS back pain exercises twice a day',
      type: 'online-resource',
      who: 'You',
    });
    expect((await laptop.call('sync.status', {})).waiting).toBeGreaterThan(0);

    for (const app of [laptop, desktop, laptop, desktop]) await app.call('sync.now', {});

    expect(syncedContents(desktop.store)).toEqual(syncedContents(laptop.store));
    for (const app of [laptop, desktop]) {
      const status = await app.call('sync.status', {});
      expect(status).toMatchObject({ state: 'synced', waiting: 0, conflicts: 1, refused: [] });
    }
    const plan = await laptop.call('plan.get', { caseId });
    const conflicts = await laptop.call('sync.conflicts', {});
    expect(conflicts).toEqual([
      expect.objectContaining({
        what: 'Goal',
        field: 'Text',
        customerName: 'Sharon Pearce',
        serverValue: 'Drive a van for a local firm',
        clientValue: 'Drive a delivery van',
      }),
    ]);
    expect(plan.goals.map((goal) => goal.text)).toEqual(['Drive a van for a local firm']);
    // The step deleted on one and changed on the other stays, with the change.
    const steps = plan.obstacles.flatMap((obstacle) => obstacle.steps.map((step) => step.text));
    expect(steps.sort()).toEqual([
      'Ask the GP about a phased return',
      'Try the NHS back pain exercises twice a day',
    ]);
    expect(plan.obstacles.map((obstacle) => obstacle.text).sort()).toEqual([
      'Back pain after an hour sitting',
      'No recent references',
    ]);
    // The office's own service reached the other device, searchable there.
    expect(await desktop.call('library.get', { id: walk.id })).toMatchObject({
      title: 'Aberdare Walk and Talk',
      source: 'local',
      verified: false,
    });
    const found = await desktop.call('library.search', { query: 'walk talk', officeId: office.id });
    expect(found.map((item) => item.title)).toContain('Aberdare Walk and Talk');
    const session = await laptop.call('appointments.open', { appointmentId });
    expect(session.record).toMatchObject({
      notes: 'Talked about driving hours.',
      workAbilityScore: 4,
    });

    // Nothing twice on the server either.
    const onServer = await central.db
      .selectFrom('records')
      .select(['entity'])
      .where('deleted', '=', 0)
      .where('entity', 'in', ['goal', 'obstacle', 'step', 'case', 'appointment'])
      .execute();
    const counts = Object.fromEntries(
      ['case', 'appointment', 'goal', 'obstacle', 'step'].map((entity) => [
        entity,
        onServer.filter((row) => row.entity === entity).length,
      ]),
    );
    expect(counts).toEqual({ case: 1, appointment: 1, goal: 1, obstacle: 2, step: 2 });

    // Resolved on the desktop with a merged text: gone on both, the text everywhere.
    await desktop.call('sync.resolveConflict', {
      id: conflicts[0]!.id,
      value: 'Drive a delivery van for a local firm',
    });
    for (const app of [desktop, laptop]) await app.call('sync.now', {});
    for (const app of [laptop, desktop]) {
      expect(await app.call('sync.conflicts', {})).toEqual([]);
      expect((await app.call('plan.get', { caseId })).goals[0]!.text).toBe(
        'Drive a delivery van for a local firm',
      );
    }
    expect(syncedContents(desktop.store)).toEqual(syncedContents(laptop.store));
    for (const app of [laptop, desktop]) await app.call('sync.signOut', {});
  }, 60_000);
});
