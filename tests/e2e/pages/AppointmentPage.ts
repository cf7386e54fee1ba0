import { expect, type Page } from '@playwright/test';

export class AppointmentPage {
  constructor(private readonly page: Page) {}

  async open(appointment: string) {
    await this.page.getByRole('link', { name: `Open ${appointment}` }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: appointment })).toBeVisible();
  }

  async cover(point: string) {
    await this.page.getByRole('checkbox', { name: point }).check();
  }

  async score(points: number) {
    await this.page
      .getByRole('group', { name: /How many points would you give your work ability/ })
      .getByRole('radio', { name: String(points), exact: true })
      .check();
  }

  notes() {
    return this.page.getByLabel('Notes for the Work Coach');
  }

  preview() {
    return this.page.getByLabel('Preview of the notes');
  }

  /** Every part of the screen says it is saved. */
  async expectSaved() {
    for (const status of await this.page.getByRole('status').all()) {
      await expect(status).not.toHaveText('Saving…');
    }
    await expect(
      this.page
        .getByRole('status')
        .filter({ hasText: /^Saved at/ })
        .first(),
    ).toBeVisible();
  }
}
