import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { distDir } from '../build/compile';
import type { Store } from '../db/store';
import { createDispatch } from '../main/dispatch';
import { createHandlers } from '../main/handlers';
import { Session } from '../main/session';
import { startWebHost } from '../main/web-host';
import { chromiumArgs, chromiumPath } from '../playwright.config';
import { median } from './figures';

export interface Served {
  browser: Browser;
  /** The app's address, token and all; append a #/route to open a screen. */
  appUrl: string;
  /** A blank page from the same host: the baseline every screen is measured against. */
  blankUrl: string;
}

/** Serves the store through the web host, in this process, to Debian's Chromium. */
export async function serve<T>(store: Store, work: (served: Served) => Promise<T>): Promise<T> {
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
    return await work({
      browser,
      appUrl: host.url,
      blankUrl: new URL(`/blank.html?token=${host.token}`, host.url).href,
    });
  } finally {
    await browser.close();
    await host.close();
  }
}

/** Wall-clock time from asking for the address to the awaited element being visible. */
async function timeToVisible(page: Page, url: string, visible: () => Promise<void>) {
  const started = performance.now();
  await page.goto(url);
  await visible();
  return performance.now() - started;
}

/**
 * Opens the screen and the blank page in turns, each in a new tab: one warm-up
 * of each, then the medians of the runs.
 */
export async function medianTimeToVisible(
  { browser, blankUrl }: Served,
  screenUrl: string,
  visible: (page: Page) => Promise<void>,
  runs: number,
): Promise<{ screen: number; blank: number }> {
  const screen: number[] = [];
  const blank: number[] = [];
  for (let index = -1; index < runs; index++) {
    for (const [times, url, ready] of [
      [screen, screenUrl, visible],
      [
        blank,
        blankUrl,
        (page: Page) => page.getByText('Blank page served by the same host').waitFor(),
      ],
    ] as const) {
      const page = await browser.newPage();
      const elapsed = await timeToVisible(page, url, () => ready(page));
      if (index >= 0) times.push(elapsed);
      await page.close();
    }
  }
  return { screen: median(screen), blank: median(blank) };
}

/** The caseload's first row, against the blank page. */
export function timeCaseload(store: Store, runs: number) {
  return serve(store, async (served) => {
    const { screen, blank } = await medianTimeToVisible(
      served,
      served.appUrl,
      (page) => page.getByRole('table', { name: 'Cases' }).getByRole('rowheader').first().waitFor(),
      runs,
    );
    return { caseload: screen, blank };
  });
}
