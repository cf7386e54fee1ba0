import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { seedCases } from '../db/seed';
import { openStore } from '../db/store';
import { chromiumArgs, chromiumPath } from '../playwright.config';
import { startWebHost } from '../tests/support/web-host-process';
import { median, type Figures } from './figures';

const cases = 5000;
const runs = 7;

/** Wall-clock time from asking for the address to the awaited element being visible. */
async function timeToVisible(
  page: Page,
  url: string,
  visible: () => Promise<void>,
): Promise<number> {
  const started = performance.now();
  await page.goto(url);
  await visible();
  return performance.now() - started;
}

/**
 * The caseload of 5,000 cases opening in Chromium through the web host, against
 * a blank page from the same host in the same run: the ratio is what the app adds.
 */
export async function run(): Promise<Figures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'workability-bench-'));
  const store = await openStore(dataDir);
  await seedCases(store.db, cases, 42);
  await store.close();
  const host = await startWebHost(dataDir);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
  });
  try {
    const token = new URL(host.url).searchParams.get('token')!;
    const blankUrl = new URL(`/blank.html?token=${token}`, host.url).href;
    const caseload: number[] = [];
    const blank: number[] = [];
    // One run of each first, to warm the host and the browser; not counted.
    for (let index = -1; index < runs; index++) {
      for (const [times, url, visible] of [
        [
          caseload,
          host.url,
          (page: Page) =>
            page.getByRole('table', { name: 'Cases' }).getByRole('rowheader').first().waitFor(),
        ],
        [
          blank,
          blankUrl,
          (page: Page) => page.getByText('Blank page served by the same host').waitFor(),
        ],
      ] as const) {
        const page = await browser.newPage();
        const elapsed = await timeToVisible(page, url, () => visible(page));
        if (index >= 0) times.push(elapsed);
        await page.close();
      }
    }
    const caseloadMedian = median(caseload);
    const blankMedian = median(blank);
    return {
      cases: { value: cases, unit: 'cases' },
      runs: { value: runs, unit: 'runs' },
      caseloadVisibleMedian: { value: Math.round(caseloadMedian), unit: 'ms' },
      blankPageVisibleMedian: { value: Math.round(blankMedian), unit: 'ms' },
      caseloadToBlankRatio: { value: Number((caseloadMedian / blankMedian).toFixed(2)), unit: 'x' },
    };
  } finally {
    await browser.close();
    await host.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
