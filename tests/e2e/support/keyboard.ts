import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Presses Tab (or Shift+Tab) until the element has focus, as a keyboard user
 * would; fails if it can't be reached, which is what this suite checks.
 */
export async function tabTo(page: Page, target: Locator, { backwards = false, limit = 60 } = {}) {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false))
      return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, `reachable with the keyboard within ${limit} presses`).toBeFocused();
}

/** Tabs to a field and types into it. */
export async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** Tabs into a radio group (Tab lands on its chosen radio, or the first) and arrows to the option. */
export async function chooseRadio(page: Page, group: Locator, option: Locator) {
  const chosen = group.locator('input:checked');
  await tabTo(page, (await chosen.count()) > 0 ? chosen : group.getByRole('radio').first());
  for (let presses = 0; presses < 10; presses++) {
    if (await option.isChecked()) return;
    await page.keyboard.press('ArrowDown');
  }
  await expect(option).toBeChecked();
}

/** Tabs to a button or link and presses Enter. */
export async function activate(page: Page, control: Locator) {
  await tabTo(page, control);
  await page.keyboard.press('Enter');
}

/** Types a GOV.UK date input's day, month and year, tabbing between them. */
export async function typeDate(
  page: Page,
  legend: string,
  [day, month, year]: readonly [string, string, string],
) {
  const group = page.getByRole('group', { name: legend });
  await typeInto(page, group.getByLabel('Day'), day);
  await page.keyboard.press('Tab');
  await expect(group.getByLabel('Month')).toBeFocused();
  await page.keyboard.type(month);
  await page.keyboard.press('Tab');
  await page.keyboard.type(year);
}

/** Tabs to a select and moves through its options with the arrow keys, up or down. */
export async function chooseOption(page: Page, select: Locator, label: string) {
  await tabTo(page, select);
  const { chosen, wanted } = await select.evaluate(
    (element: HTMLSelectElement, label) => ({
      chosen: element.selectedIndex,
      wanted: [...element.options].findIndex((option) => option.label === label),
    }),
    label,
  );
  if (wanted < 0) throw new Error(`No option "${label}" in the select`);
  for (let presses = 0; presses < Math.abs(wanted - chosen); presses++) {
    await page.keyboard.press(wanted > chosen ? 'ArrowDown' : 'ArrowUp');
  }
  await expect(select.locator('option:checked')).toHaveText(label);
}

/** Tabs to a checkbox and ticks it with Space. */
export async function tick(page: Page, checkbox: Locator) {
  await tabTo(page, checkbox);
  if (!(await checkbox.isChecked())) await page.keyboard.press('Space');
  await expect(checkbox).toBeChecked();
}
