import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createChecker } from '../core/guardrails/engine';
import { defaultRulebook } from '../core/guardrails/default-rulebook';
import { parseRulebook } from '../core/guardrails/rulebook';

const usage = 'Usage: npm run --silent check-text -- FILE|- [--rulebook RULEBOOK.json]';

/**
 * For clinical governance: checks each line of a text with the app's engine
 * and rulebook (or another, to try it) and prints one JSON object a line.
 */
function main(): void {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { rulebook: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new Error(usage);
  const book = values.rulebook
    ? parseRulebook(JSON.parse(readFileSync(values.rulebook, 'utf8')))
    : defaultRulebook;
  const check = createChecker(book);
  const source = positionals[0] === '-' ? 0 : positionals[0]!;
  const lines = readFileSync(source, 'utf8').split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  for (const [index, line] of lines.entries()) {
    const findings = check(line).map(({ ruleId, category, severity, start, end }) => ({
      ruleId,
      category,
      severity,
      start,
      end,
    }));
    process.stdout.write(`${JSON.stringify({ line: index + 1, findings })}\n`);
  }
}

try {
  main();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
