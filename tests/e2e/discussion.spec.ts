import { addDays } from 'date-fns';
import type { Page } from '@playwright/test';
import { AppointmentPage } from './pages/AppointmentPage';
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';
import { scheduleThreeByKeyboard, typeReferralByKeyboard } from './support/journeys';
import { activate, chooseOption, chooseRadio, tabTo, tick, typeInto } from './support/keyboard';

const customer = 'Darren Hughes';
const passphrase = 'copper kettle river lamp';
const interimStep = 'Walk to the end of the road and back each morning';

/** Goes to a part of the appointment with its shortcut, and types there. */
async function typeAt(page: Page, keys: string, text: string) {
  await page.keyboard.press(keys);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** Chooses a focused 0–10 score by typing its number. */
async function typeScore(page: Page, score: number) {
  await page.keyboard.type(String(score));
}

const scoreGroup = (page: Page, question: RegExp) => page.getByRole('group', { name: question });
const workAbility = /How many points would you give your work ability/;

async function backToCase(page: Page) {
  await tabTo(page, page.getByRole('link', { name: `Back to ${customer}` }), {
    backwards: true,
    limit: 300,
  });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(customer) })).toBeVisible();
}

async function openAppointment(page: Page, number: number) {
  await activate(page, page.getByRole('link', { name: `Open Appointment ${number}` }));
  await expect(
    page.getByRole('heading', { level: 1, name: `Appointment ${number}` }),
  ).toBeVisible();
}

async function recordAttended(page: Page, number: number) {
  await activate(
    page,
    page.getByRole('button', { name: `Record attendance for Appointment ${number}` }),
  );
  await chooseRadio(
    page,
    page.getByRole('group', { name: 'What happened?' }),
    page.getByRole('radio', { name: 'Attended' }),
  );
  await activate(page, page.getByRole('button', { name: 'Save attendance' }));
  await expect(page.getByRole('row', { name: new RegExp(`Appointment ${number}`) })).toContainText(
    'Attended',
  );
}

async function addStep(
  page: Page,
  obstacle: string,
  text: string,
  type: string,
  { interim = false } = {},
) {
  await page.keyboard.press('Alt+Shift+S');
  await expect(page.getByLabel('Which obstacle does it answer?')).toBeFocused();
  await chooseOption(page, page.getByLabel('Which obstacle does it answer?'), obstacle);
  await typeInto(page, page.getByLabel('What the customer will do'), text);
  await chooseRadio(
    page,
    page.getByRole('group', { name: 'Type of step' }),
    page.getByRole('radio', { name: type }),
  );
  if (interim) {
    await tick(
      page,
      page.getByRole('checkbox', { name: 'A small step to review at the next appointment' }),
    );
  }
  await activate(page, page.getByRole('button', { name: 'Add step' }));
  await expect(page.getByRole('button', { name: `Change step ${text}` })).toBeVisible();
}

test('a whole three-appointment discussion by keyboard alone, all there after a reload', async ({
  page,
  webHost,
}) => {
  test.setTimeout(300_000);
  const appointment = new AppointmentPage(page);

  // Set up and take the referral.
  await page.goto(webHost.url);
  await typeInto(page, page.getByLabel('Passphrase', { exact: true }), passphrase);
  await typeInto(page, page.getByLabel('Enter the passphrase again'), passphrase);
  await page.keyboard.press('Enter');
  await typeInto(page, page.getByLabel('Your full name'), 'Aisha Khan');
  await chooseRadio(
    page,
    page.getByRole('group', { name: 'Your role' }),
    page.getByRole('radio', { name: 'Employment and Health Practitioner (EHP)' }),
  );
  await tabTo(page, page.getByLabel('Your JCP office'));
  await page.keyboard.type('Hull');
  await activate(page, page.getByRole('button', { name: 'Save and continue' }));
  await activate(page, page.getByRole('button', { name: 'Create a case from a referral' }));
  await typeInto(page, page.getByLabel("Customer's full name"), customer);
  await typeInto(page, page.getByLabel('Customer reference'), 'UC-7781-3301');
  await typeReferralByKeyboard(page, 'Telephone');
  await activate(page, page.getByRole('button', { name: 'Create case' }));
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(customer) })).toBeVisible();
  await scheduleThreeByKeyboard(page);

  // Appointment 1: expectations, score, goals from each lens, obstacles, a belief, steps, notes.
  await openAppointment(page, 1);
  await page.keyboard.press('Alt+Shift+K');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expectAccessible(page, 'keyboard shortcuts');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  await page.keyboard.press('Alt+Shift+E');
  for (const point of await page
    .getByRole('group', { name: 'Points covered with the customer' })
    .getByRole('checkbox')
    .all()) {
    await tick(page, point);
  }
  await page.keyboard.press('Alt+Shift+W');
  await typeScore(page, 4);
  await expect(
    scoreGroup(page, workAbility).getByRole('radio', { name: '4', exact: true }),
  ).toBeChecked();

  const goals = [
    ['Get back to driving a van', 'Past', 'Work goal'],
    ['Work part-time in a garden centre', 'Present', 'Work goal'],
    ['Coach the under-12s football team again', 'Future', 'Lifestyle goal'],
  ] as const;
  for (const [text, lens, kind] of goals) {
    await typeAt(page, 'Alt+Shift+G', text);
    await chooseRadio(
      page,
      page.getByRole('group', { name: 'Which prompt did it come from?' }),
      page.getByRole('radio', { name: lens }),
    );
    await chooseRadio(
      page,
      page.getByRole('group', { name: 'Kind of goal' }),
      page.getByRole('radio', { name: kind }),
    );
    await activate(page, page.getByRole('button', { name: 'Add goal' }));
    await expect(page.getByRole('button', { name: `Change goal ${text}` })).toBeVisible();
  }

  // Obstacles: each Alt+Shift+O goes to the first heading not yet explored.
  await typeAt(page, 'Alt+Shift+O', 'Back pain after an hour of sitting');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('button', { name: 'Change obstacle Back pain after an hour of sitting' }),
  ).toBeVisible();
  await typeAt(page, 'Alt+Shift+O', 'Worried he is too old to retrain');
  await expect(page.getByLabel('New personal obstacle')).toBeFocused();
  await typeInto(page, page.getByLabel('Limiting belief (optional)'), 'Nobody hires a man of 58');
  await chooseOption(page, page.getByLabel('Approach used'), 'Positive challenge and reframing');
  await activate(page, page.getByRole('button', { name: 'Add personal obstacle' }));
  await expect(page.getByText('Limiting belief: “Nobody hires a man of 58”')).toBeVisible();
  await typeInto(
    page,
    page.getByLabel('Why no social obstacle?'),
    'Lives with his sister, who drives',
  );
  await page.keyboard.press('Enter');
  await expect(page.getByText('None identified: Lives with his sister, who drives')).toBeVisible();
  await typeAt(page, 'Alt+Shift+O', 'No recent work history to show employers');
  await expect(page.getByLabel('New work obstacle')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(appointment.coverage()).toContainText('Social: none identified');
  await expect(appointment.coverage()).not.toContainText('not explored');

  await addStep(page, 'Health: Back pain after an hour of sitting', interimStep, 'Practical step', {
    interim: true,
  });
  await addStep(
    page,
    'Personal: Worried he is too old to retrain',
    'Look at the National Careers Service skills assessment',
    'Online resource',
  );
  await addStep(
    page,
    'Work: No recent work history to show employers',
    'Ask the Work Coach about volunteering at the food bank',
    'Signpost to a service',
  );
  await addStep(
    page,
    'Work: No recent work history to show employers',
    'Write a CV tonight',
    'Practical step',
  );

  // Change a goal and remove a step, by keyboard; focus comes back to where it was.
  await activate(page, page.getByRole('button', { name: 'Change goal Get back to driving a van' }));
  await expect(page.getByLabel('Goal', { exact: true })).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Get back to driving a delivery van');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('button', { name: 'Change goal Get back to driving a delivery van' }),
  ).toBeFocused();
  await activate(page, page.getByRole('button', { name: 'Remove step Write a CV tonight' }));
  await expect(
    page.getByRole('button', { name: 'Yes, remove step Write a CV tonight' }),
  ).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Write a CV tonight')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Obstacles and steps' })).toBeFocused();

  await typeAt(
    page,
    'Alt+Shift+N',
    'First call. Darren drove vans for **20 years** until his back injury.',
  );
  await appointment.expectSaved();
  await expectAccessible(page, 'appointment 1, by keyboard');
  await backToCase(page);
  await recordAttended(page, 1);

  // Appointment 2: review the small step set last time, score, another step, notes.
  await openAppointment(page, 2);
  await page.keyboard.press('Alt+Shift+R');
  await expect(
    page
      .getByRole('group', { name: `How did it go: ${interimStep}` })
      .getByRole('radio', { name: 'Done', exact: true }),
  ).toBeFocused();
  await page.keyboard.press('Space');
  await typeInto(page, page.getByLabel('Note (optional)'), 'Most mornings; rain stopped him twice');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Reviewed: Done')).toBeVisible();
  await page.keyboard.press('Alt+Shift+W');
  await typeScore(page, 5);
  await addStep(
    page,
    'Health: Back pain after an hour of sitting',
    'Ask the GP about a physiotherapy referral',
    'Signpost to a service',
  );
  await typeAt(page, 'Alt+Shift+N', 'Second call. The walks are helping.');
  await appointment.expectSaved();
  await backToCase(page);
  await recordAttended(page, 2);

  // Appointment 3: the score, the end of the discussion, notes.
  await openAppointment(page, 3);
  await expect(page.getByText('Earlier: 4 at appointment 1')).toBeVisible();
  await page.keyboard.press('Alt+Shift+W');
  await typeScore(page, 6);
  await page.keyboard.press('Alt+Shift+D');
  await typeScore(page, 7);
  await page.keyboard.press('Tab');
  await typeScore(page, 8);
  await page.keyboard.press('Tab');
  await page.keyboard.type('10');
  await page.keyboard.press('Tab');
  await page.keyboard.type('You can walk for 20 minutes and drive short distances.');
  await typeAt(page, 'Alt+Shift+N', 'Third call. Plan agreed and read back to Darren.');
  await appointment.expectSaved();
  await backToCase(page);
  await recordAttended(page, 3);

  // Completion, and the follow-up six weeks on.
  await chooseRadio(
    page,
    page.getByRole('group', { name: 'Outcome' }),
    page.getByRole('radio', { name: /^Completed/ }),
  );
  await activate(page, page.getByRole('button', { name: 'Close case' }));
  await expect(page.getByRole('heading', { level: 1 }).locator('strong')).toHaveText('Completed');
  await expect(page.getByText('Follow-up due')).toBeVisible();

  // Forty days on, the caseload lists the follow-up as due this week.
  await page.clock.setFixedTime(addDays(new Date(), 40));
  await tabTo(page, page.getByRole('link', { name: 'Back to caseload' }), {
    backwards: true,
    limit: 300,
  });
  await page.keyboard.press('Enter');
  const due = page.getByRole('region', { name: /Follow-ups due/ });
  await expect(due).toContainText(`${customer} (UC-7781-3301) — due`);
  await expectAccessible(page, 'caseload with a follow-up due');
  await activate(page, due.getByRole('link', { name: customer }));
  await chooseRadio(
    page,
    page.getByRole('group', { name: 'Did the customer take the steps in their plan?' }),
    page.getByRole('radio', { name: 'Some of them' }),
  );
  await tabTo(page, scoreGroup(page, workAbility).getByRole('radio').first());
  await typeScore(page, 7);
  await typeInto(
    page,
    page.getByLabel('Note (optional)'),
    'Physio started; volunteering twice a week',
  );
  await activate(page, page.getByRole('button', { name: 'Record follow-up' }));
  await expect(page.getByText('7 out of 10')).toBeVisible();
  await expectAccessible(page, 'case completed with its follow-up');

  // After a reload, everything is there.
  await page.reload();
  const outcome = page.getByRole('region', { name: 'Outcome' });
  await expect(outcome).toContainText('Completed');
  await expect(outcome).toContainText('Some of them');
  await expect(outcome).toContainText('Physio started; volunteering twice a week');

  await openAppointment(page, 1);
  for (const point of await page
    .getByRole('group', { name: 'Points covered with the customer' })
    .getByRole('checkbox')
    .all()) {
    await expect(point).toBeChecked();
  }
  await expect(
    scoreGroup(page, workAbility).getByRole('radio', { name: '4', exact: true }),
  ).toBeChecked();
  for (const text of [
    'Get back to driving a delivery van',
    'Work part-time in a garden centre',
    'Coach the under-12s football team again',
    'Back pain after an hour of sitting',
    'Limiting belief: “Nobody hires a man of 58”',
    'None identified: Lives with his sister, who drives',
    'No recent work history to show employers',
    'Ask the GP about a physiotherapy referral',
    'Ask the Work Coach about volunteering at the food bank',
  ]) {
    await expect(page.getByText(text).first()).toBeVisible();
  }
  await expect(page.getByText('Write a CV tonight')).toHaveCount(0);
  await expect(appointment.notes()).toHaveValue(/drove vans for \*\*20 years\*\*/);
  await backToCase(page);
  await openAppointment(page, 2);
  await expect(page.getByText('Reviewed: Done')).toBeVisible();
  await expect(appointment.notes()).toHaveValue('Second call. The walks are helping.');
  await backToCase(page);
  await openAppointment(page, 3);
  await expect(page.getByText('Earlier: 4 at appointment 1')).toContainText('5 at appointment 2');
  for (const [question, score] of [
    [workAbility, '6'],
    [/confident/, '7'],
    [/important/, '8'],
    [/If you took all the steps/, '10'],
  ] as const) {
    await expect(
      scoreGroup(page, question).getByRole('radio', { name: score, exact: true }),
    ).toBeChecked();
  }
  await expect(page.getByLabel('What you can do now')).toHaveValue(
    'You can walk for 20 minutes and drive short distances.',
  );
});
