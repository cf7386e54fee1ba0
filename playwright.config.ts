import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a browser Playwright downloads.
export const chromiumPath = process.env.WORKABILITY_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  throw new Error(
    `The end-to-end tests need Chromium at ${chromiumPath}: install Debian's package with "apt-get install -y chromium" (npm test does this when run as root).`,
  );
}

/** Without the background-networking switches Chromium keeps dialling out on a closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['./tests/e2e/support/skip-reasons-reporter.ts']],
  use: {
    browserName: 'chromium',
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: { width: 1280, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumArgs,
    },
  },
});
