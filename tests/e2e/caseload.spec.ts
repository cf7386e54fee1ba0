import { CaseloadPage } from './pages/CaseloadPage';
import { CasePage } from './pages/CasePage';
import { FirstRunPage } from './pages/FirstRunPage';
import { NewCasePage } from './pages/NewCasePage';
import { PassphrasePage } from './pages/PassphrasePage';
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';

test('an EHP sets up, takes a referral, books and records appointments, and finds it all after a reload', async ({
  page,
  webHost,
}) => {
  const firstRun = new FirstRunPage(page);
  const caseload = new CaseloadPage(page);
  const newCase = new NewCasePage(page);
  const theCase = new CasePage(page);

  await page.goto(webHost.url);
  await expectAccessible(page, 'set a passphrase');
  await new PassphrasePage(page).setPassphrase('copper kettle river lamp');
  await firstRun.expectShown();
  await expectAccessible(page, 'first run');

  await firstRun.saveAndContinue();
  await expect(page.getByRole('alert')).toContainText('Enter your name');
  await expect(page.getByRole('alert')).toContainText('Choose your role');
  await expectAccessible(page, 'first run with errors');
  await firstRun.addOffice('Merthyr Tydfil JCP', 'Wales');
  await expect(page.getByLabel('Your JCP office')).toHaveValue(/.+/);
  await firstRun.setUp({
    name: 'Aisha Khan',
    role: 'Employment and Health Practitioner (EHP)',
    office: 'Hull JCP (England)',
  });

  await caseload.expectShown();
  await expect(page.getByText('Aisha Khan, Hull JCP')).toBeVisible();
  await expect(caseload.summary()).toHaveText('No cases match.');
  await expectAccessible(page, 'empty caseload');

  // A referral with the customer's name missing: corrected from the error summary.
  await caseload.startNewCase();
  await newCase.expectShown();
  await expectAccessible(page, 'new case');
  await newCase.fill({
    customerReference: 'UC-4417-2290',
    referralDate: '2026-11-02',
    referrerName: 'Dev Mistry',
    referrerRole: 'Work Coach',
    fitNoteValidUntil: '2026-10-30',
    channel: 'Telephone',
    notes: 'Back pain since a fall at work. Keen to talk about retraining.',
  });
  await expect(newCase.eligibilityWarning()).toBeVisible();
  await expect(page.getByText('The fit note ran out before the referral date.')).toBeVisible();
  await newCase.create();
  await expect(newCase.errorSummary()).toContainText("Enter the customer's name");
  await expectAccessible(page, 'new case with errors');
  await newCase.errorSummary().getByRole('link', { name: "Enter the customer's name" }).click();
  await expect(page.getByLabel("Customer's full name")).toBeFocused();
  await page.getByLabel("Customer's full name").fill('Sharon Pearce');
  await newCase.create();

  await theCase.expectShown('Sharon Pearce');
  await expect(theCase.status()).toHaveText('Referred');
  await expect(page.getByText('The fit note ran out before the referral date.')).toBeVisible();
  await expectAccessible(page, 'case');

  await theCase.schedule({ date: '2026-12-01', time: '10:00' });
  await theCase.schedule({ date: '2026-12-08', time: '10:00', channel: 'Video' });
  await theCase.schedule({ date: '2026-12-15', time: '14:30' });
  await expect(theCase.appointment('Appointment 3')).toContainText('Tue 15 Dec 2026 at 14:30');
  await expect(page.getByLabel('Why is another appointment needed?')).toBeVisible();
  await theCase.schedule({ date: '2026-12-22', time: '10:00' });
  await expect(page.getByRole('alert')).toContainText(
    'Give a reason for booking more than three appointments',
  );
  await expectAccessible(page, 'case with three appointments');

  await theCase.recordAttendance('Appointment 1', 'Attended');
  await expect(theCase.appointment('Appointment 1')).toContainText('Attended');
  await expect(theCase.status()).toHaveText('Active');
  await theCase.recordAttendance('Appointment 2', 'Unable to attend — rescheduled', {
    date: '2026-12-10',
    time: '11:00',
  });
  await expect(theCase.appointment('Not held')).toContainText('Unable to attend — rescheduled');
  await expect(theCase.appointment('Appointment 2')).toContainText('Thu 10 Dec 2026 at 11:00');
  await expect(theCase.appointment('Appointment 2')).toContainText('Video');
  await expectAccessible(page, 'case after recording attendance');

  // A second case, then search and filter the caseload.
  await theCase.backToCaseload();
  await caseload.startNewCase();
  await newCase.fill({
    customerName: 'Tomasz Wójcik',
    customerReference: 'UC-5520-1187',
    referrerName: 'Grace Obi',
    referrerRole: 'Disability Employment Adviser (DEA)',
    fitNoteValidUntil: '2027-02-01',
    channel: 'Face to face at the JCP',
  });
  await newCase.create();
  await theCase.expectShown('Tomasz Wójcik');
  await theCase.backToCaseload();

  await expect(caseload.customers()).toHaveText(['Sharon Pearce', 'Tomasz Wójcik']);
  await expect(caseload.row('Sharon Pearce')).toContainText('Thu 10 Dec 2026 at 11:00');
  await caseload.search('wój');
  await expect(caseload.customers()).toHaveText(['Tomasz Wójcik']);
  await caseload.search('4417');
  await expect(caseload.customers()).toHaveText(['Sharon Pearce']);
  await caseload.search('');
  await caseload.filterByStatus('Active');
  await expect(caseload.customers()).toHaveText(['Sharon Pearce']);
  await caseload.filterByStatus('Referred');
  await expect(caseload.customers()).toHaveText(['Tomasz Wójcik']);
  await expectAccessible(page, 'filtered caseload');

  // Everything is in the store, not the page (a reload is not a restart: main stays unlocked).
  await page.reload();
  await caseload.expectShown();
  await expect(caseload.customers()).toHaveText(['Sharon Pearce', 'Tomasz Wójcik']);
  await caseload.openCase('Sharon Pearce');
  await theCase.expectShown('Sharon Pearce');
  await page.reload();
  await theCase.expectShown('Sharon Pearce');
  await expect(theCase.appointments()).toHaveCount(5);
  await expect(theCase.appointment('Appointment 1')).toContainText('Attended');
  await expect(page.getByText('Back pain since a fall at work')).toBeVisible();
});
