import { expect, type Page } from '@playwright/test';

export class CaseloadPage {
  constructor(private readonly page: Page) {}

  async expectShown() {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Caseload' })).toBeVisible();
  }

  async open() {
    await this.page.getByRole('link', { name: 'Caseload' }).click();
    await this.expectShown();
  }

  async startNewCase() {
    await this.page.getByRole('button', { name: 'Create a case from a referral' }).click();
  }

  async search(text: string) {
    await this.page.getByLabel('Search by customer name or reference').fill(text);
  }

  async filterByStatus(label: string) {
    await this.page.getByLabel('Status').selectOption({ label });
  }

  /** Customer names in the table, top to bottom. */
  customers() {
    return this.page.getByRole('table', { name: 'Cases' }).getByRole('rowheader');
  }

  row(customer: string) {
    return this.page
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name: customer }) });
  }

  summary() {
    return this.page.getByRole('main').getByRole('status');
  }

  async openCase(customer: string) {
    await this.page.getByRole('link', { name: customer }).click();
  }
}
