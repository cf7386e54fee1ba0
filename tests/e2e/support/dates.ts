import type { Locator, Page } from '@playwright/test';

/** Fills a GOV.UK date input (Day, Month, Year) named by its legend, from an ISO date. */
export async function fillDate(page: Page, legend: string, isoDate: string): Promise<void> {
  const [year, month, day] = isoDate.split('-') as [string, string, string];
  const group: Locator = page.getByRole('group', { name: legend });
  await group.getByLabel('Day').fill(String(Number(day)));
  await group.getByLabel('Month').fill(String(Number(month)));
  await group.getByLabel('Year').fill(year);
}
