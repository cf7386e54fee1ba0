import { CaseloadPage } from './pages/CaseloadPage';
import { PassphrasePage } from './pages/PassphrasePage';
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';
import { setUpAndTakeReferral } from './support/journeys';

const passphrase = 'copper kettle river lamp';

/** Nothing of the customer on the page: not in the text, the markup or the title. */
async function expectNoCustomerData(page: import('@playwright/test').Page) {
  const html = await page.content();
  for (const secret of ['Sharon Pearce', 'UC-4417-2290', 'Dev Mistry', 'Back pain']) {
    expect(html, `"${secret}" is on the locked page`).not.toContain(secret);
  }
}

test('Workability locks on the shortcut and after the idle time, and shows nothing of a case while locked', async ({
  page,
  webHost,
}) => {
  await page.clock.install();
  const lockScreen = new PassphrasePage(page);
  await page.goto(webHost.url);

  // Strength guidance and confirmation on the way.
  await lockScreen.setPassphrase('short', 'short');
  await expect(page.getByRole('alert')).toContainText('Use at least 12 characters');
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Enter the passphrase again').fill('copper kettle river');
  await page.getByRole('button', { name: 'Set passphrase' }).click();
  await expect(page.getByRole('alert')).toContainText('The passphrases do not match');
  await page.getByLabel('Enter the passphrase again').fill(passphrase);
  await page.getByRole('button', { name: 'Set passphrase' }).click();

  const theCase = await setUpAndTakeReferral(page, {
    customerName: 'Sharon Pearce',
    customerReference: 'UC-4417-2290',
    notes: 'Back pain since a fall at work.',
  });

  // The shortcut.
  await page.keyboard.press('Control+Shift+L');
  await lockScreen.expectLocked();
  await expectNoCustomerData(page);
  await expectAccessible(page, 'locked');

  // A wrong passphrase is refused, with a wait before the next try.
  await lockScreen.unlock('copper kettle river lump');
  await expect(page.getByRole('alert')).toContainText(
    'That passphrase is not right. You can try again in 1 second.',
  );
  await expectNoCustomerData(page);
  await page.clock.runFor(1500);
  await new Promise((resolve) => setTimeout(resolve, 1100));
  await lockScreen.unlock(passphrase);
  await theCase.expectShown('Sharon Pearce');

  // The idle timeout, set to its shortest.
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Lock after this many minutes without use').fill('1');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await expectAccessible(page, 'settings');
  await page.getByRole('link', { name: 'Caseload' }).click();
  await new CaseloadPage(page).openCase('Sharon Pearce');
  await theCase.expectShown('Sharon Pearce');
  await page.clock.runFor(59_000);
  await theCase.expectShown('Sharon Pearce');
  await page.clock.runFor(2_000);
  await lockScreen.expectLocked();
  await expectNoCustomerData(page);

  // Unlocked again, the EHP carries on from where they were.
  await lockScreen.unlock(passphrase);
  await theCase.expectShown('Sharon Pearce');
  await theCase.schedule({ date: '2026-12-01', time: '10:00' });
  await expect(theCase.appointment('Appointment 1')).toContainText('Tue 1 Dec 2026 at 10:00');

  // The audit trail shows all of it.
  await page.getByRole('link', { name: 'Settings' }).click();
  const trail = page.getByRole('table', { name: 'Audit trail' });
  for (const event of [
    'Failed to unlock: wrong passphrase',
    'Unlocked Workability',
    'Locked Workability',
    'Opened a case',
    'Created a case from a referral',
    'Scheduled an appointment',
  ]) {
    await expect(trail.getByText(event).first()).toBeVisible();
  }
  await expect(trail).not.toContainText('Sharon Pearce');
});
