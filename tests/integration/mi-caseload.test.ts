import { describe, expect, it } from 'vitest';
import { appOver } from '../support/app';
import { storeEvaluationCaseload } from '../support/evaluation-caseload';
import { evaluationFigures, evaluationPeriod, table31 } from '../support/evaluation-mi';
import { planOver } from '../support/plans';
import { referral } from '../support/referrals';
import { tempStore } from '../support/temp-store';

describe('the MI of an EHP’s own caseload', () => {
  it('counts the cases referred in the period by the core arithmetic, in the wire’s words', async () => {
    const app = appOver(await tempStore());
    const officeId = (await app.call('offices.list', {}))[0]!.id;
    expect(await app.call('mi.caseload', { from: '2026-11-01', to: '2026-11-30' })).toBeNull();
    await app.call('practitioner.save', { name: 'Aisha Khan', role: 'ehp', officeId });
    const completed = await planOver(app, officeId);
    await app.call('cases.close', { caseId: completed, outcome: 'completed' });
    const returned = await app.call(
      'cases.create',
      referral(officeId, { customerName: 'Jordan Hale' }),
    );
    const booked = await app.call('appointments.schedule', {
      caseId: returned.id,
      startsAt: '2026-11-21T10:00',
      durationMinutes: 60,
      channel: 'face-to-face',
      extraReason: '',
    });
    await app.call('appointments.recordAttendance', {
      appointmentId: booked.appointments[0]!.id,
      attendance: 'failed-to-attend',
    });
    await app.call('cases.close', { caseId: returned.id, outcome: 'returned-to-jcp' });
    await app.call('cases.create', referral(officeId, { referralDate: '2026-10-30' }));

    const report = await app.call('mi.caseload', { from: '2026-11-01', to: '2026-11-30' });
    expect(report?.scope).toBe('caseload');
    expect(report?.offices).toEqual([
      { officeId, name: expect.stringMatching(/JCP$/), referrals: 2, completed: 1 },
    ]);
    expect(report?.figures).toMatchObject({
      officeId,
      referrals: 2,
      outcomes: { completed: 1, inProgress: 0, unsuitable: 0, returned: 1, claimClosed: 0 },
      attendance: { attended: 1, unableToAttend: 0, failedToAttend: 1 },
      appointmentsPerCompletedCase: { '1': 1, '2': 0, '3': 0, '4': 0 },
      channels: { telephone: 1, video: 0, faceToFace: 1, neutralVenue: 0 },
    });
    await expect(
      app.call('mi.caseload', { from: '2026-12-01', to: '2026-11-01' }),
    ).rejects.toMatchObject({ code: 'invalid-input', fields: [{ field: 'to' }] });
  });

  it('gives the evaluation’s figures, and Table 3.1 by office, from a caseload holding its cases', async () => {
    const store = await tempStore();
    await storeEvaluationCaseload(store);
    const report = await appOver(store).call('mi.caseload', evaluationPeriod);
    expect(report?.figures).toEqual({
      officeId: expect.any(String),
      ...evaluationPeriod,
      ...evaluationFigures,
    });
    expect(report?.offices.map((o) => [o.name, o.referrals, o.completed])).toEqual(table31);
  });
});
