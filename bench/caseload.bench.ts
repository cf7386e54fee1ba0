import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedCases } from '../db/seed';
import { openStore } from '../db/store';
import { timeCaseload } from './web-timing';
import type { Figures } from './figures';

const cases = 5000;
const runs = 7;

/**
 * The caseload of 5,000 cases opening in Chromium through the web host, against
 * a blank page from the same host in the same run: the ratio is what the app adds.
 */
export async function run(): Promise<Figures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'workability-bench-'));
  const store = await openStore(dataDir, { key: randomBytes(32) });
  try {
    await seedCases(store.db, cases, 42);
    const median = await timeCaseload(store, runs);
    return {
      cases: { value: cases, unit: 'cases' },
      runs: { value: runs, unit: 'runs' },
      caseloadVisibleMedian: { value: Math.round(median.caseload), unit: 'ms' },
      blankPageVisibleMedian: { value: Math.round(median.blank), unit: 'ms' },
      caseloadToBlankRatio: {
        value: Number((median.caseload / median.blank).toFixed(2)),
        unit: 'x',
      },
    };
  } finally {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
