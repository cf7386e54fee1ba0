import { headings } from '../../core/plan';
import type { appOver } from './app';
import { referral } from './referrals';

type App = ReturnType<typeof appOver>;

export const welshName = 'Gwenllïan Ŵyn ap Rhys-Llŷr Davies-Pritchard o Gwm Cynon';
export const apostropheNote =
  "She's said it's the kids' school run that's hard; she'd rather start at ten o'clock, and 'won't be pushed'.";

/**
 * A plan at the size the documents must cope with: a long Welsh name, 20
 * obstacles (five under each heading) with 40 steps between them, goals,
 * scores, and four appointments of Markdown notes.
 */
export async function largePlan(app: App, officeId: string) {
  const created = await app.call(
    'cases.create',
    referral(officeId, { customerName: welshName, customerReference: 'UC-7781-0042' }),
  );
  const caseId = created.id;
  for (const [index, day] of ['02', '09', '16', '23'].entries()) {
    const booked = await app.call('appointments.schedule', {
      caseId,
      startsAt: `2026-11-${day}T10:00`,
      durationMinutes: 60,
      channel: 'telephone',
      extraReason: index === 3 ? 'A fourth to finish the plan with her' : '',
    });
    const appointment = booked.appointments.at(-1)!;
    await app.call('appointments.recordAttendance', {
      appointmentId: appointment.id,
      attendance: 'attended',
    });
    await app.call('appointments.saveRecord', {
      appointmentId: appointment.id,
      workAbilityScore: 3 + index,
      notes: [
        `## What we talked about at appointment ${index + 1}`,
        '',
        `**Main worry:** getting to work on time. *Feels* more hopeful than last time.`,
        '',
        '- Talked about the bus to Aberdare',
        '- Looked at volunteering at the café',
        '  - two mornings a week',
        '',
        '1. Ring Careers Wales',
        '2. Ask about the bus pass',
        '',
        apostropheNote,
      ].join('\n'),
    });
  }
  await app.call('plan.saveGoal', {
    caseId,
    lens: 'future',
    kind: 'work',
    text: 'You would like to work in a café, part time, within a year.',
  });
  await app.call('plan.saveGoal', {
    caseId,
    lens: 'past',
    kind: 'lifestyle',
    text: 'You want to get back to singing with the choir in Ynys-ŵen.',
  });
  const steps: string[] = [];
  for (const heading of headings) {
    for (let n = 1; n <= 5; n++) {
      const plan = await app.call('plan.saveObstacle', {
        caseId,
        heading,
        text: `${heading} obstacle ${n}: you find mornings hard when it's cold`,
      });
      const obstacle = plan.obstacles.at(-1)!;
      for (const m of [1, 2]) {
        const text = `Step ${m} for ${heading} obstacle ${n}: you'll ring the café in Pont-y-ŷd`;
        steps.push(text);
        await app.call('plan.saveStep', {
          caseId,
          obstacleId: obstacle.id,
          text,
          type: m === 1 ? 'practical-step' : 'signpost',
          who: 'You',
          byWhen: `2026-12-${String(n + m).padStart(2, '0')}`,
        });
      }
    }
  }
  await app.call('plan.saveEnd', {
    caseId,
    confidence: 6,
    importance: 9,
    potentialWorkAbility: 7,
    canDo: 'You can walk to the shop and back.\nYou can cook for your family most days.',
  });
  return { caseId, steps };
}
