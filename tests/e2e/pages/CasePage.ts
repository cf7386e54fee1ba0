import { expect, type Page } from '@playwright/test';
import { fillDate } from '../support/dates';

export class CasePage {
  constructor(private readonly page: Page) {}

  async expectShown(customer: string) {
    await expect(
      this.page.getByRole('heading', { level: 1, name: new RegExp(customer) }),
    ).toBeVisible();
  }

  status() {
    return this.page.getByRole('heading', { level: 1 }).locator('strong');
  }

  appointments() {
    return this.page.getByRole('table', { name: 'Appointments' }).getByRole('row');
  }

  appointment(name: string) {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name }) });
  }

  /** Books a slot; waits until the form is cleared for the next one, or shows why not. */
  async schedule(slot: { date: string; time: string; channel?: string; reason?: string }) {
    await fillDate(this.page, 'Appointment date', slot.date);
    await this.page.getByLabel('Time', { exact: true }).fill(slot.time);
    if (slot.channel)
      await this.page.getByRole('radio', { name: slot.channel, exact: true }).check();
    if (slot.reason)
      await this.page.getByLabel('Why is another appointment needed?').fill(slot.reason);
    await this.page.getByRole('button', { name: 'Schedule appointment' }).click();
    const day = this.page.getByRole('group', { name: 'Appointment date' }).getByLabel('Day');
    await expect(
      day.and(this.page.locator('[value=""]')).or(this.page.getByRole('alert')),
    ).toBeVisible();
  }

  async recordAttendance(
    appointment: string,
    outcome: string,
    newSlot?: { date: string; time: string },
  ) {
    await this.page.getByRole('button', { name: `Record attendance for ${appointment}` }).click();
    await this.page.getByRole('radio', { name: outcome }).check();
    if (newSlot) {
      await fillDate(this.page, 'New appointment date', newSlot.date);
      await this.page.getByLabel('Time', { exact: true }).fill(newSlot.time);
    }
    await this.page.getByRole('button', { name: 'Save attendance' }).click();
  }

  async backToCaseload() {
    await this.page.getByRole('link', { name: 'Back to caseload' }).click();
  }
}
