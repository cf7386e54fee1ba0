import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Figures } from './figures';

const benchDir = dirname(fileURLToPath(import.meta.url));

/** `npm run bench` runs every bench/*.bench.ts; `npm run bench -- NAME` runs one. */
async function main(): Promise<void> {
  const available = readdirSync(benchDir)
    .filter((file) => file.endsWith('.bench.ts'))
    .map((file) => file.replace(/\.bench\.ts$/, ''));
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !available.includes(name));
  if (unknown.length > 0) {
    throw new Error(
      `No benchmark named ${unknown.join(', ')}. There are: ${available.join(', ')}.`,
    );
  }
  for (const name of asked.length > 0 ? asked : available) {
    const bench = (await import(join(benchDir, `${name}.bench.ts`))) as { run(): Promise<Figures> };
    console.log(`== ${name}`);
    const figures = await bench.run();
    for (const [metric, { value, unit }] of Object.entries(figures)) {
      console.log(`${metric}: ${value} ${unit}`);
    }
    mkdirSync(join(benchDir, 'results'), { recursive: true });
    const result = { name, figures, at: new Date().toISOString() };
    writeFileSync(
      join(benchDir, 'results', `${name}.json`),
      `${JSON.stringify(result, null, 2)}\n`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
