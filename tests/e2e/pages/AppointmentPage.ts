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

  /** Half a second after the last change (the autosave's promise), every part says it is saved. */
  async expectSaved() {
    await this.page.waitForTimeout(600);
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

  async addGoal(
    text: string,
    lens: 'Past' | 'Present' | 'Future',
    kind: 'Work goal' | 'Lifestyle goal',
  ) {
    await this.page.getByLabel('New goal').fill(text);
    await this.page
      .getByRole('group', { name: 'Which prompt did it come from?' })
      .getByRole('radio', { name: lens })
      .check();
    await this.page
      .getByRole('group', { name: 'Kind of goal' })
      .getByRole('radio', { name: kind })
      .check();
    await this.page.getByRole('button', { name: 'Add goal' }).click();
    await expect(this.page.getByRole('listitem').filter({ hasText: text })).toBeVisible();
  }

  async addObstacle(heading: string, text: string, belief?: { words: string; approach: string }) {
    await this.page.getByLabel(`New ${heading} obstacle`).fill(text);
    if (belief) {
      await this.page.getByLabel('Limiting belief (optional)').fill(belief.words);
      await this.page.getByLabel('Approach used').selectOption({ label: belief.approach });
    }
    await this.page.getByRole('button', { name: `Add ${heading} obstacle` }).click();
    await expect(this.page.getByText(text, { exact: true })).toBeVisible();
  }

  async markNone(heading: string, reason: string) {
    await this.page.getByLabel(`Why no ${heading} obstacle?`).fill(reason);
    await this.page.getByRole('button', { name: `Mark ${heading} none identified` }).click();
    await expect(this.page.getByText(`None identified: ${reason}`)).toBeVisible();
  }

  async addStep(obstacle: string, text: string, type: string, options: { interim?: boolean } = {}) {
    await this.page.getByLabel('Which obstacle does it answer?').selectOption({ label: obstacle });
    await this.page.getByLabel('What the customer will do').fill(text);
    await this.page
      .getByRole('group', { name: 'Type of step' })
      .getByRole('radio', { name: type })
      .check();
    if (options.interim)
      await this.page
        .getByRole('checkbox', { name: 'A small step to review at the next appointment' })
        .check();
    await this.page.getByRole('button', { name: 'Add step' }).click();
    // The innermost item: the step itself, inside its obstacle's item.
    await expect(this.page.getByRole('listitem').filter({ hasText: text }).last()).toBeVisible();
  }

  coverage() {
    return this.page.getByRole('list', { name: 'Headings explored' });
  }
}
