import { CaseloadPage } from './pages/CaseloadPage';
import { CasePage } from './pages/CasePage';
import { FirstRunPage } from './pages/FirstRunPage';
import { NewCasePage } from './pages/NewCasePage';
import { expect, test } from './support/fixtures';
import { scheduleThreeByKeyboard, typeReferralByKeyboard } from './support/journeys';
import { activate, chooseRadio, tabTo, typeDate, typeInto } from './support/keyboard';

// An EHP on a telephone appointment types while listening: every flow works without the mouse.
test('every caseload flow works with the keyboard alone', async ({ page, webHost }) => {
  const caseload = new CaseloadPage(page);
  const newCase = new NewCasePage(page);
  const theCase = new CasePage(page);
  await page.goto(webHost.url);
  await typeInto(page, page.getByLabel('Passphrase', { exact: true }), 'copper kettle river lamp');
  await typeInto(page, page.getByLabel('Enter the passphrase again'), 'copper kettle river lamp');
  await page.keyboard.press('Enter');
  await new FirstRunPage(page).expectShown();

  // First run, with a validation error corrected on the way.
  await activate(page, page.getByRole('button', { name: 'Save and continue' }));
  await expect(page.getByRole('alert')).toContainText('Enter your name');
  await activate(page, page.getByRole('link', { name: 'Enter your name' }));
  await expect(page.getByLabel('Your full name')).toBeFocused();
  await page.keyboard.type('Aisha Khan');
  await chooseRadio(
    page,
    page.getByRole('group', { name: 'Your role' }),
    page.getByRole('radio', { name: 'EHP manager' }),
  );
  await tabTo(page, page.getByLabel('Your JCP office'));
  await page.keyboard.type('Hull');
  await expect(page.getByLabel('Your JCP office')).toHaveValue(/.+/);
  await activate(page, page.getByRole('button', { name: 'Save and continue' }));
  await caseload.expectShown();

  // A referral, the name forgotten and then given.
  await activate(page, page.getByRole('button', { name: 'Create a case from a referral' }));
  await newCase.expectShown();
  await typeInto(page, page.getByLabel('Customer reference'), 'UC-7781-3301');
  await typeReferralByKeyboard(page, 'Video');
  await activate(page, page.getByRole('button', { name: 'Create case' }));
  await expect(newCase.errorSummary()).toContainText("Enter the customer's name");
  await activate(page, page.getByRole('link', { name: "Enter the customer's name" }));
  await page.keyboard.type('Darren Hughes');
  await activate(page, page.getByRole('button', { name: 'Create case' }));
  await theCase.expectShown('Darren Hughes');

  // Three appointments.
  await scheduleThreeByKeyboard(page);
  await expect(theCase.appointment('Appointment 3')).toContainText('Tue 15 Dec 2026 at 10:00');
  await expect(theCase.appointment('Appointment 1')).toContainText('Video');

  // Attendance, and a reschedule.
  await activate(page, page.getByRole('button', { name: 'Record attendance for Appointment 1' }));
  await chooseRadio(
    page,
    page.getByRole('group', { name: 'What happened?' }),
    page.getByRole('radio', { name: 'Attended' }),
  );
  await activate(page, page.getByRole('button', { name: 'Save attendance' }));
  await expect(theCase.appointment('Appointment 1')).toContainText('Attended');
  await expect(theCase.status()).toHaveText('Active');
  await activate(page, page.getByRole('button', { name: 'Record attendance for Appointment 3' }));
  await chooseRadio(
    page,
    page.getByRole('group', { name: 'What happened?' }),
    page.getByRole('radio', { name: 'Unable to attend — rescheduled' }),
  );
  await typeDate(page, 'New appointment date', ['17', '12', '2026']);
  await activate(page, page.getByRole('button', { name: 'Save attendance' }));
  await expect(theCase.appointment('Appointment 3')).toContainText('Thu 17 Dec 2026 at 10:00');

  // Back to the caseload: search and filter.
  await activate(page, page.getByRole('link', { name: 'Back to caseload' }));
  await caseload.expectShown();
  await typeInto(page, page.getByLabel('Search by customer name or reference'), '7781');
  await expect(caseload.customers()).toHaveText(['Darren Hughes']);
  await typeInto(page, page.getByLabel('Search by customer name or reference'), 'nobody');
  await expect(caseload.summary()).toHaveText('No cases match.');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await tabTo(page, page.getByLabel('Status'), { backwards: true });
  await page.keyboard.type('Completed');
  await expect(caseload.summary()).toHaveText('No cases match.');
  // Active is the option just above Completed.
  await page.keyboard.press('ArrowUp');
  await expect(caseload.customers()).toHaveText(['Darren Hughes']);
  await activate(page, page.getByRole('link', { name: 'Darren Hughes' }));
  await theCase.expectShown('Darren Hughes');

  // Lock with the shortcut, unlock, and carry on where the EHP was.
  await page.keyboard.press('Control+Shift+L');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Workability is locked' }),
  ).toBeVisible();
  await expect(page.getByLabel('Your passphrase'))
    .toBeFocused({ timeout: 1000 })
    .catch(() => tabTo(page, page.getByLabel('Your passphrase')));
  await page.keyboard.type('copper kettle river lamp');
  await page.keyboard.press('Enter');
  await theCase.expectShown('Darren Hughes');
});
