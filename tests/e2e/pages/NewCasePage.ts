import { expect, type Page } from '@playwright/test';
import { fillDate } from '../support/dates';

export interface ReferralDetails {
  customerName: string;
  customerReference: string;
  referralDate: string;
  referrerName: string;
  referrerRole: 'Work Coach' | 'Disability Employment Adviser (DEA)';
  fitNoteValidUntil?: string;
  channel: string;
  notes?: string;
}

export class NewCasePage {
  constructor(private readonly page: Page) {}

  async expectShown() {
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Create a case from a referral' }),
    ).toBeVisible();
  }

  async fill(referral: Partial<ReferralDetails>) {
    const { page } = this;
    if (referral.customerName !== undefined)
      await page.getByLabel("Customer's full name").fill(referral.customerName);
    if (referral.customerReference)
      await page.getByLabel('Customer reference').fill(referral.customerReference);
    if (referral.referralDate) await fillDate(page, 'Referral date', referral.referralDate);
    if (referral.referrerName) await page.getByLabel("Referrer's name").fill(referral.referrerName);
    if (referral.referrerRole)
      await page.getByRole('radio', { name: referral.referrerRole }).check();
    if (referral.fitNoteValidUntil)
      await fillDate(page, 'Fit note valid until', referral.fitNoteValidUntil);
    if (referral.channel)
      await page.getByRole('radio', { name: referral.channel, exact: true }).check();
    if (referral.notes) await page.getByLabel('Referral notes (optional)').fill(referral.notes);
  }

  async create() {
    await this.page.getByRole('button', { name: 'Create case' }).click();
  }

  errorSummary() {
    return this.page.getByRole('alert');
  }

  eligibilityWarning() {
    return this.page.getByText('This referral may not meet the eligibility criteria');
  }
}
