import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { distDir } from '../build/compile';
import type { Store } from '../db/store';
import { createDispatch } from '../main/dispatch';
import { createHandlers } from '../main/handlers';
import { Session } from '../main/session';
import { startWebHost } from '../main/web-host';
import { chromiumArgs, chromiumPath } from '../playwright.config';
import { median } from './figures';

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
 * Serves the store through the web host and opens the caseload in Chromium, and a
 * blank page from the same host as the baseline; one warm-up run of each, then medians.
 */
export async function timeCaseload(store: Store, runs: number) {
  const dispatch = createDispatch(createHandlers(Session.over(store, store.file)), (error) => {
    throw error;
  });
  const host = await startWebHost({
    dispatch,
    rendererDir: join(distDir, 'renderer'),
    bridgeFile: join(distDir, 'web', 'web-bridge.js'),
    port: 0,
  });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const blankUrl = new URL(`/blank.html?token=${host.token}`, host.url).href;
    const caseload: number[] = [];
    const blank: number[] = [];
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
    return { caseload: median(caseload), blank: median(blank) };
  } finally {
    await browser.close();
    await host.close();
  }
}
