import { expect, type Page } from '@playwright/test';
import { CaseloadPage } from '../pages/CaseloadPage';
import { CasePage } from '../pages/CasePage';
import { FirstRunPage } from '../pages/FirstRunPage';
import { NewCasePage, type ReferralDetails } from '../pages/NewCasePage';
import { PassphrasePage } from '../pages/PassphrasePage';
import { activate, chooseRadio, typeDate, typeInto } from './keyboard';

export const passphrase = 'copper kettle river lamp';

type Customer = Pick<ReferralDetails, 'customerName' | 'customerReference'> &
  Partial<ReferralDetails>;

/** A fresh install: the passphrase set, the EHP set up, and a referral taken. */
export async function installAndTakeReferral(
  page: Page,
  url: string,
  customer: Customer,
): Promise<CasePage> {
  await page.goto(url);
  await new PassphrasePage(page).setPassphrase(passphrase);
  return setUpAndTakeReferral(page, customer);
}

/** An EHP who has set up Workability, taking a telephone referral from a Work Coach. */
export async function setUpAndTakeReferral(page: Page, customer: Customer): Promise<CasePage> {
  await new FirstRunPage(page).setUp({
    name: 'Aisha Khan',
    role: 'Employment and Health Practitioner (EHP)',
    office: 'Hull JCP (England)',
  });
  await new CaseloadPage(page).startNewCase();
  await new NewCasePage(page).fill({
    referrerName: 'Dev Mistry',
    referrerRole: 'Work Coach',
    fitNoteValidUntil: '2027-01-15',
    channel: 'Telephone',
    ...customer,
  });
  await new NewCasePage(page).create();
  const theCase = new CasePage(page);
  await theCase.expectShown(customer.customerName);
  return theCase;
}

/** The referrer and the rest of a referral after the customer's details, by keyboard. */
export async function typeReferralByKeyboard(page: Page, channel: string) {
  await typeInto(page, page.getByLabel("Referrer's name"), 'Dev Mistry');
  await chooseRadio(
    page,
    page.getByRole('group', { name: "Referrer's role" }),
    page.getByRole('radio', { name: 'Work Coach' }),
  );
  await typeDate(page, 'Fit note valid until', ['15', '1', '2027']);
  await chooseRadio(
    page,
    page.getByRole('group', { name: 'How would the customer prefer to meet?' }),
    page.getByRole('radio', { name: channel }),
  );
}

/** Books three appointments a week apart in December 2026, at the default 10:00, by keyboard. */
export async function scheduleThreeByKeyboard(page: Page) {
  for (const day of ['1', '8', '15']) {
    await typeDate(page, 'Appointment date', [day, '12', '2026']);
    await activate(page, page.getByRole('button', { name: 'Schedule appointment' }));
    await expect(
      page.getByRole('group', { name: 'Appointment date' }).getByLabel('Day'),
    ).toHaveValue('');
  }
}
