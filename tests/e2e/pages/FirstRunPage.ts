import { expect, type Page } from '@playwright/test';

export class FirstRunPage {
  constructor(private readonly page: Page) {}

  async expectShown() {
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Set up Workability' }),
    ).toBeVisible();
  }

  async saveAndContinue() {
    await this.page.getByRole('button', { name: 'Save and continue' }).click();
  }

  async setUp(details: { name: string; role: string; office: string }) {
    await this.page.getByLabel('Your full name').fill(details.name);
    await this.page.getByRole('radio', { name: details.role }).check();
    await this.page.getByLabel('Your JCP office').selectOption({ label: details.office });
    await this.saveAndContinue();
  }

  async addOffice(name: string, nation: 'England' | 'Wales') {
    await this.page.getByRole('button', { name: 'Add an office that is not in the list' }).click();
    await this.page.getByLabel('Office name').fill(name);
    await this.page.getByRole('radio', { name: nation }).check();
    await this.page.getByRole('button', { name: 'Add office' }).click();
  }
}
