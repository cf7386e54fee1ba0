import type { appOver } from './app';
import { referral } from './referrals';

type App = ReturnType<typeof appOver>;

/** A case with one appointment attended and a plan: a goal, four headings explored, a matched step. */
export async function planOver(app: App, officeId: string, customerName = 'Sharon Pearce') {
  const created = await app.call('cases.create', referral(officeId, { customerName }));
  const booked = await app.call('appointments.schedule', {
    caseId: created.id,
    startsAt: '2026-11-20T10:00',
    durationMinutes: 60,
    channel: 'telephone',
    extraReason: '',
  });
  await app.call('appointments.recordAttendance', {
    appointmentId: booked.appointments[0]!.id,
    attendance: 'attended',
  });
  const caseId = created.id;
  await app.call('plan.saveGoal', { caseId, lens: 'future', kind: 'work', text: 'Drive a van' });
  const plan = await app.call('plan.saveObstacle', {
    caseId,
    heading: 'health',
    text: 'Back pain after an hour sitting',
  });
  await app.call('plan.saveStep', {
    caseId,
    obstacleId: plan.obstacles[0]!.id,
    text: 'Try the NHS back pain exercises each morning',
    type: 'online-resource',
    who: 'You',
  });
  for (const heading of ['personal', 'social', 'work'] as const) {
    await app.call('plan.markHeading', { caseId, heading, noneReason: 'Nothing raised' });
  }
  return caseId;
}

/** The rest of what issuing wants: a work ability score and the end of the discussion. */
export async function finishPlanOver(app: App, caseId: string) {
  const detail = await app.call('cases.get', { caseId });
  await app.call('appointments.saveRecord', {
    appointmentId: detail.appointments[0]!.id,
    workAbilityScore: 4,
  });
  await app.call('plan.saveEnd', {
    caseId,
    confidence: 6,
    importance: 9,
    potentialWorkAbility: 7,
    canDo: 'You can walk to the shops and drive for half an hour.',
  });
}
