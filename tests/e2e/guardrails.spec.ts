import { AppointmentPage } from './pages/AppointmentPage';
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';
import { installAndTakeReferral } from './support/journeys';

test('scope-of-practice findings as the EHP types: kept with a reason, rewritten, safeguarding acted on; the plan checklist leads to the fix; issuing with open findings asks first', async ({
  page,
  webHost,
}) => {
  const theCase = await installAndTakeReferral(page, webHost.url, {
    customerName: 'Sharon Pearce',
    customerReference: 'UC-4417-2290',
  });
  await theCase.schedule({ date: '2026-12-01', time: '10:00' });
  const appointment = new AppointmentPage(page);
  await appointment.open('Appointment 1');

  // Medication advice in the notes: the EHP keeps it, saying why.
  await appointment
    .notes()
    .fill('Her GP said: you should stop taking your tablets when the pain eases.');
  await expect(page.getByRole('group', { name: /^Out of scope/ })).toHaveCount(0);
  await appointment.notes().fill('I said you should stop taking your tablets when the pain eases.');
  const medication = page.getByRole('group', { name: 'Out of scope: stop taking your tablets' });
  await expect(medication).toContainText('prescribing advice');
  await medication.getByRole('button', { name: 'Keep “stop taking your tablets”' }).click();
  await expect(page.getByLabel('Why keep this text?')).toBeFocused();
  await page.keyboard.type('Recording what I said, to correct it at the next call');
  await page.keyboard.press('Enter');
  await expect(medication).toBeHidden();

  // A diagnosis in what the customer can do: rewritten, and the finding goes.
  const canDo = page.getByLabel('What you can do now');
  await canDo.fill('You have fibromyalgia and it will not get better.');
  await expect(
    page.getByRole('group', { name: 'Out of scope: You have fibromyalgia' }),
  ).toBeVisible();
  await canDo.fill('You can walk for twenty minutes and drive short distances.');
  await expect(page.getByRole('group', { name: /^Out of scope/ })).toHaveCount(0);

  // Safeguarding: the panel gives the immediate-risk route and asks what was done.
  await appointment.notes().press('End');
  await appointment.notes().pressSequentially(' She said she has thought about ending her life.');
  const panel = page.getByRole('alert').filter({ hasText: 'Safeguarding' });
  await expect(panel).toContainText('call 999');
  await expect(panel).toContainText('NHS 111, option 2, in England; 111 in Wales');
  await expect(panel).toContainText('Samaritans: 116 123');
  await expectAccessible(page, 'appointment with a safeguarding panel');
  await panel.getByRole('button', { name: 'Record what I did' }).click();
  await expect(panel).toContainText('Say why you are keeping it, or what you did');
  await panel
    .getByLabel('What did you do?')
    .fill('Gave Samaritans and 111 option 2; she agreed to call her GP today; told my manager');
  await panel.getByRole('button', { name: 'Record what I did' }).click();
  await expect(panel).toBeHidden();
  await appointment.expectSaved();

  // The plan checklist: a link goes to the field, and the fix clears the finding.
  const checklist = page.getByRole('complementary', { name: 'Plan checklist' });
  await checklist.getByRole('button', { name: 'Record at least one goal' }).click();
  await expect(page.getByLabel('New goal')).toBeFocused();
  await appointment.addGoal('Get back to driving for a living', 'Past', 'Work goal');
  await expect(checklist.getByRole('button', { name: 'Record at least one goal' })).toHaveCount(0);
  await expectAccessible(page, 'appointment with the plan checklist');

  // Issuing with findings still open asks first; going back changes nothing.
  await expect(checklist).toContainText('Not issued yet.');
  await checklist.getByRole('button', { name: 'Issue version 1' }).click();
  const question = checklist.getByRole('group', {
    name: /^Issue with \d+ things still to look at\?$/,
  });
  await expect(question.getByRole('heading')).toBeFocused();
  await expectAccessible(page, 'appointment asking to issue with open findings');
  await question.getByRole('button', { name: 'Go back to the plan' }).click();
  await expect(checklist.getByRole('button', { name: 'Issue version 1' })).toBeFocused();
  await page.keyboard.press('Enter');
  await question.getByRole('button', { name: 'Issue version 1 anyway' }).click();
  await expect(
    checklist.getByRole('status').filter({ hasText: 'Version 1 issued.' }),
  ).toBeVisible();
  await expect(checklist).toContainText(/Version 1 issued .* by /);
  await expect(checklist.getByRole('button', { name: /^Issue version/ })).toHaveCount(0);
  // A change after issuing is the draft of version 2.
  await appointment.addGoal('Walk the dog every morning', 'Present', 'Lifestyle goal');
  await expect(checklist).toContainText('Changes since then will be version 2.');
  await expect(checklist.getByRole('button', { name: 'Issue version 2' })).toBeVisible();

  // Decisions are kept: after a reload nothing asks again, and the trail records both.
  await page.reload();
  await expect(appointment.notes()).toHaveValue(/ending her life/);
  await expect(page.getByRole('group', { name: /^Out of scope/ })).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('link', { name: 'Settings' }).click();
  const trail = page.getByRole('table', { name: /Audit trail/ });
  await expect(trail).toContainText('Kept text flagged as out of scope, with a reason');
  await expect(trail).toContainText('Recorded the action taken on a safeguarding concern');
  await expect(trail).toContainText('Issued a version of the plan');
  await expect(trail).not.toContainText('ending her life');
});
