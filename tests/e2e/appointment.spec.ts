import { AppointmentPage } from './pages/AppointmentPage';
import { PassphrasePage } from './pages/PassphrasePage';
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';
import { installAndTakeReferral, passphrase } from './support/journeys';
import { CaseloadPage } from './pages/CaseloadPage';
import { startWebHost } from '../support/web-host-process';

test('an appointment: expectations, the work ability score, notes saved as typed, even when the host is killed', async ({
  page,
  webHost,
}) => {
  const theCase = await installAndTakeReferral(page, webHost.url, {
    customerName: 'Sharon Pearce',
    customerReference: 'UC-4417-2290',
  });
  await theCase.schedule({ date: '2026-12-01', time: '10:00' });
  await theCase.schedule({ date: '2026-12-08', time: '10:00' });

  const appointment = new AppointmentPage(page);
  await appointment.open('Appointment 1');
  await expect(page.getByText('0 of 60 minutes')).toBeVisible();
  await expect(page.getByText('This is the first score for this customer.')).toBeVisible();
  await expectAccessible(page, 'appointment, empty');

  await appointment.cover('Taking part is voluntary.');
  await appointment.cover(
    'This is not part of the Work Capability Assessment and does not affect your benefit.',
  );
  await appointment.score(3);
  await appointment
    .notes()
    .fill(
      'Sharon walks to the shop **most days**.\n\n- Back pain worse in the mornings\n- <b>raw</b> HTML is not shown',
    );
  await expect(appointment.preview().locator('strong')).toHaveText('most days');
  await expect(appointment.preview().getByRole('listitem')).toHaveCount(2);
  await expect(appointment.preview().locator('b')).toHaveCount(0);
  await appointment.expectSaved();
  await expectAccessible(page, 'appointment, filled in');

  // The next appointment shows the score from this one.
  await page.getByRole('link', { name: 'Back to Sharon Pearce' }).click();
  await appointment.open('Appointment 2');
  await expect(page.getByText('Earlier: 3 at appointment 1')).toBeVisible();

  // A goal and an obstacle typed but not added yet, then the notes; typing
  // stops, and half a second later the web host is killed outright.
  await page.getByLabel('New goal').pressSequentially('Volunteer at the library', { delay: 20 });
  await page
    .getByLabel('New social obstacle')
    .pressSequentially('Lives alone since her son moved', { delay: 20 });
  await appointment
    .notes()
    .pressSequentially('Second call: she has booked a taster session at the library.', {
      delay: 20,
    });
  await page.waitForTimeout(500);
  await webHost.kill();

  const restarted = await startWebHost(webHost.dataDir);
  try {
    await page.goto(restarted.url);
    await new PassphrasePage(page).unlock(passphrase);
    await new CaseloadPage(page).openCase('Sharon Pearce');
    await appointment.open('Appointment 2');
    await expect(appointment.notes()).toHaveValue(
      'Second call: she has booked a taster session at the library.',
    );
    await expect(page.getByLabel('New goal')).toHaveValue('Volunteer at the library');
    await expect(page.getByLabel('New social obstacle')).toHaveValue(
      'Lives alone since her son moved',
    );
    await page.getByRole('link', { name: 'Back to Sharon Pearce' }).click();
    await appointment.open('Appointment 1');
    await expect(page.getByRole('checkbox', { name: 'Taking part is voluntary.' })).toBeChecked();
    await expect(
      page
        .getByRole('group', { name: /How many points would you give your work ability/ })
        .getByRole('radio', { name: '3', exact: true }),
    ).toBeChecked();
    await expect(appointment.preview().locator('strong')).toHaveText('most days');
  } finally {
    await restarted.stop();
  }
});

test('goals from each lens, obstacles under every heading, a limiting belief and steps matched to obstacles', async ({
  page,
  webHost,
}) => {
  const theCase = await installAndTakeReferral(page, webHost.url, {
    customerName: 'Darren Hughes',
    customerReference: 'UC-7781-3301',
  });
  await theCase.schedule({ date: '2026-12-01', time: '10:00' });
  const appointment = new AppointmentPage(page);
  await appointment.open('Appointment 1');
  await expect(appointment.coverage()).toContainText('Personal: not explored yet');

  await appointment.addGoal('Get back to driving for a living', 'Past', 'Work goal');
  await appointment.addGoal('Get outside every day', 'Present', 'Lifestyle goal');
  await appointment.addGoal('Run my own delivery round in five years', 'Future', 'Work goal');

  await appointment.addObstacle('health', 'Knee pain after sitting for an hour');
  await appointment.addObstacle('personal', 'Low confidence after two years out of work', {
    words: 'My fit note means I cannot do any work',
    approach: 'Separating thought from truth (reasonable adjustments, workplace support)',
  });
  await appointment.markNone('social', 'Lives with a supportive partner; no money worries');
  await appointment.addObstacle('work', 'No recent references');
  await expect(appointment.coverage()).toContainText('Health: explored');
  await expect(appointment.coverage()).toContainText('Social: none identified');
  await expect(
    page.getByText('Limiting belief: “My fit note means I cannot do any work”'),
  ).toBeVisible();

  // A step without an obstacle is refused.
  await page
    .getByLabel('What the customer will do')
    .fill('Walk to the end of the road each morning');
  await page.getByRole('button', { name: 'Add step' }).click();
  await expect(page.getByRole('alert')).toContainText('Choose the obstacle this step is for');
  await appointment.addStep(
    'Health: Knee pain after sitting for an hour',
    'Walk to the end of the road each morning',
    'Practical step',
    { interim: true },
  );
  await appointment.addStep(
    'Personal: Low confidence after two years out of work',
    'Look at the Access to Work website',
    'Online resource',
  );
  await appointment.addStep(
    'Work: No recent references',
    'Ask your old depot manager for a reference',
    'Practical step',
  );
  await expectAccessible(page, 'appointment with goals, obstacles and steps');

  // An obstacle with steps cannot go until they do; a step is changed in place.
  await page.getByRole('button', { name: 'Remove obstacle No recent references' }).click();
  await expectAccessible(page, 'an obstacle about to be removed');
  await page.getByRole('button', { name: 'Yes, remove obstacle No recent references' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Remove the steps for this obstacle first, or match them to another obstacle',
  );
  await page
    .getByRole('button', { name: 'Change step Ask your old depot manager for a reference' })
    .click();
  await expectAccessible(page, 'a step being changed');
  await page
    .getByLabel('What the customer will do')
    .first()
    .fill('Ask your old depot manager for a written reference');
  await page.getByRole('button', { name: 'Save step' }).click();
  await expect(
    page.getByRole('button', {
      name: 'Change step Ask your old depot manager for a written reference',
    }),
  ).toBeFocused();

  // The end of the discussion, saved as it is answered.
  await page
    .getByRole('group', { name: /how confident are you/ })
    .getByRole('radio', { name: '6', exact: true })
    .check();
  await page
    .getByRole('group', { name: /how important is getting into work/ })
    .getByRole('radio', { name: '9', exact: true })
    .check();
  await page
    .getByRole('group', { name: /If you took all the steps/ })
    .getByRole('radio', { name: '7', exact: true })
    .check();
  await page
    .getByLabel('What you can do now')
    .fill('You can walk for twenty minutes and drive short distances.');
  await appointment.expectSaved();

  await page.reload();
  await expect(page.getByText('Ask your old depot manager for a written reference')).toBeVisible();
  await expect(
    page
      .getByRole('group', { name: /If you took all the steps/ })
      .getByRole('radio', { name: '7', exact: true }),
  ).toBeChecked();
  await expect(page.getByLabel('What you can do now')).toHaveValue(
    'You can walk for twenty minutes and drive short distances.',
  );
  await expect(
    page.getByText('None identified: Lives with a supportive partner; no money worries'),
  ).toBeVisible();

  // At the next appointment, the small step set last time is reviewed first.
  await page.getByRole('link', { name: 'Back to Darren Hughes' }).click();
  await theCase.schedule({ date: '2026-12-08', time: '10:00' });
  await appointment.open('Appointment 2');
  const review = page.getByRole('group', {
    name: 'How did it go: Walk to the end of the road each morning',
  });
  await review.getByRole('radio', { name: 'Partly' }).check();
  await page.getByLabel('Note (optional)').fill('Managed three mornings out of seven');
  await page
    .getByRole('button', { name: 'Save review of Walk to the end of the road each morning' })
    .click();
  await expect(page.getByText('Reviewed: Partly')).toBeVisible();
  await expectAccessible(page, 'appointment 2 with a step to review');
  await page.reload();
  await expect(page.getByLabel('Note (optional)')).toHaveValue(
    'Managed three mornings out of seven',
  );
});
