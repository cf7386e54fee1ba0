import { expect, type Page } from '@playwright/test';

/** The set-passphrase screen of the first run, and the unlock screen after. */
export class PassphrasePage {
  constructor(private readonly page: Page) {}

  async setPassphrase(passphrase: string, confirmation = passphrase) {
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Set a passphrase' }),
    ).toBeVisible();
    await this.page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await this.page.getByLabel('Enter the passphrase again').fill(confirmation);
    await this.page.getByRole('button', { name: 'Set passphrase' }).click();
  }

  async expectLocked() {
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Workability is locked' }),
    ).toBeVisible();
  }

  async unlock(passphrase: string) {
    await this.expectLocked();
    await this.page.getByLabel('Your passphrase').fill(passphrase);
    await this.page.getByRole('button', { name: 'Unlock' }).click();
  }
}
