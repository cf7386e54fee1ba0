import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh folder under the system's temporary one; outside vitest too (benchmarks). */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'workability-test-'));
}
