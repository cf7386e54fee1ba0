import type { Page } from '@playwright/test';
import { CaseloadPage } from '../pages/CaseloadPage';
import { CasePage } from '../pages/CasePage';
import { FirstRunPage } from '../pages/FirstRunPage';
import { NewCasePage, type ReferralDetails } from '../pages/NewCasePage';

/** An EHP who has set up Workability, taking a telephone referral from a Work Coach. */
export async function setUpAndTakeReferral(
  page: Page,
  customer: Pick<ReferralDetails, 'customerName' | 'customerReference'> & Partial<ReferralDetails>,
): Promise<CasePage> {
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
