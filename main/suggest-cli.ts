import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { nations } from '../core/domain';
import { headings } from '../core/plan';
import { openStore } from '../db/store';
import { libraryService } from './services/library';

const usage = 'Usage: npm run --silent suggest -- FILE|-';

const obstacleLine = z.object({
  heading: z.enum(headings),
  text: z.string().trim().min(1).max(500),
  nation: nations.schema,
});

/**
 * Suggestions from the starter library for obstacles, one JSON line each: the
 * app's own store (a fresh one, holding only the starter library) and ranking.
 */
async function main(): Promise<void> {
  const [file, ...rest] = process.argv.slice(2);
  if (!file || rest.length > 0) throw new Error(usage);
  const lines = readFileSync(file === '-' ? 0 : file, 'utf8').split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  const dir = mkdtempSync(join(tmpdir(), 'workability-suggest-'));
  const store = await openStore(dir, { key: null });
  try {
    const library = libraryService(store.db);
    for (const [index, line] of lines.entries()) {
      let obstacle: z.infer<typeof obstacleLine>;
      try {
        obstacle = obstacleLine.parse(JSON.parse(line));
      } catch {
        throw new Error(
          `Line ${index + 1} is not {"heading": "health|personal|social|work", "text": "...", "nation": "England|Wales"}`,
        );
      }
      const suggestions = await library.suggestFor(obstacle, {
        officeId: null,
        nation: obstacle.nation,
      });
      const top = suggestions.map(({ id, title, url, phone, score }) => ({
        id,
        title,
        url,
        phone,
        score,
      }));
      process.stdout.write(`${JSON.stringify({ suggestions: top })}\n`);
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
