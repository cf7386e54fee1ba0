import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { rootDir } from '../../build/compile';
import { openStore } from '../../db/store';
import { tempDir, testKey } from '../support/temp-store';

const kills = 100;
const writer = join(rootDir, 'node_modules', '.cache', 'workability', 'crash-writer.cjs');

beforeAll(async () => {
  // Bundled once, so each of the hundred runs starts in a fraction of a second.
  mkdirSync(join(writer, '..'), { recursive: true });
  await build({
    entryPoints: [join(rootDir, 'tests', 'support', 'crash-writer.ts')],
    outfile: writer,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['better-sqlite3-multiple-ciphers'],
    logLevel: 'warning',
  });
});

/** Runs the writer, kills it with SIGKILL after the given time, and returns what it said was committed. */
function runAndKill(
  dataDir: string,
  afterMs: number,
): Promise<{ cases: string[]; appointments: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dataDir, testKey.toString('hex')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => {
      if (!output.includes('ready') && (output + chunk.toString()).includes('ready')) {
        setTimeout(() => child.kill('SIGKILL'), afterMs);
      }
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL')
        return reject(new Error(`The writer stopped by itself:\n${errors}`));
      // Only whole lines count: a line cut short by the kill was not reported.
      const lines = output.split('\n').slice(0, -1);
      const ids = (kind: string) =>
        lines
          .filter((line) => line.startsWith(`${kind} `))
          .map((line) => line.slice(kind.length + 1));
      resolve({ cases: ids('case'), appointments: ids('appointment') });
    });
  });
}

describe('crash safety', () => {
  it(`keeps every committed write and a sound file through ${kills} kills at random moments`, async () => {
    const dataDir = tempDir();
    await (await openStore(dataDir, { key: testKey })).close();
    const committed = { cases: new Set<string>(), appointments: new Set<string>() };
    for (let run = 0; run < kills; run++) {
      const reported = await runAndKill(dataDir, Math.floor(Math.random() * 200));
      reported.cases.forEach((id) => committed.cases.add(id));
      reported.appointments.forEach((id) => committed.appointments.add(id));

      const store = await openStore(dataDir, { key: testKey });
      try {
        expect(
          store.sqlite.pragma('integrity_check', { simple: true }),
          `after kill ${run + 1}`,
        ).toBe('ok');
        const present = (table: string) =>
          new Set(store.sqlite.prepare(`select id from ${table}`).pluck().all() as string[]);
        const cases = present('cases');
        const appointments = present('appointments');
        for (const id of committed.cases)
          expect(cases.has(id), `case ${id} after kill ${run + 1}`).toBe(true);
        for (const id of committed.appointments)
          expect(appointments.has(id), `appointment ${id} after kill ${run + 1}`).toBe(true);
      } finally {
        await store.close();
      }
    }
    // The kills landed while writing, not only before it began.
    expect(committed.cases.size).toBeGreaterThan(kills);
  }, 300_000);
});
