import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Prints why each skipped test skipped, so a skip is never silent. */
export default class SkipReasonsReporter implements Reporter {
  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const reasons = test.annotations
      .filter((note) => note.type === 'skip')
      .map((note) => note.description);
    console.log(`Skipped "${test.title}": ${reasons.join(' ') || 'no reason given'}`);
  }
}
