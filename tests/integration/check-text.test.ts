import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultRulebook } from '../../core/guardrails/default-rulebook';
import { tempDir } from '../support/temp-store';

/** The command exactly as clinical governance types it. */
function checkText(args: string[], input = '') {
  const run = spawnSync('npm', ['run', '--silent', 'check-text', '--', ...args], {
    input,
    encoding: 'utf8',
  });
  return {
    status: run.status,
    stderr: run.stderr,
    lines: run.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as unknown),
  };
}

const notes = [
  'Customer walks the dog each morning.',
  'Told him to stop taking his tablets.',
  '',
].join('\n');

describe('npm run check-text', () => {
  it('prints one JSON object a line, from standard input', () => {
    const { status, lines } = checkText(['-'], notes);
    expect(status).toBe(0);
    expect(lines).toEqual([
      { line: 1, findings: [] },
      {
        line: 2,
        findings: [
          {
            ruleId: 'medication-stop',
            category: 'medication',
            severity: 'warning',
            start: 12,
            end: 35,
          },
        ],
      },
    ]);
  });

  it('reads a file, and tries another rulebook without a code change', () => {
    const dir = tempDir();
    const file = join(dir, 'notes.txt');
    writeFileSync(file, notes);
    const rulebook = join(dir, 'rulebook.json');
    const [rule] = defaultRulebook.rules;
    writeFileSync(
      rulebook,
      JSON.stringify({
        ...defaultRulebook,
        rules: [
          {
            ...rule,
            id: 'walking-advice',
            category: 'treatment',
            patterns: ['walk~ [the] dog'],
            examples: { match: ['walks the dog'], noMatch: ['a dog'] },
          },
        ],
      }),
    );
    expect(checkText([file]).lines[1]).toMatchObject({ findings: [{ ruleId: 'medication-stop' }] });
    const tried = checkText([file, '--rulebook', rulebook]).lines;
    expect(tried[0]).toMatchObject({ findings: [{ ruleId: 'walking-advice', start: 9, end: 22 }] });
    expect(tried[1]).toEqual({ line: 2, findings: [] });
  });

  it('says what is wrong with a rulebook that is not valid, and exits 1', () => {
    const rulebook = join(tempDir(), 'rulebook.json');
    writeFileSync(rulebook, JSON.stringify({ version: '1', rules: [] }));
    const { status, stderr, lines } = checkText(['-', '--rulebook', rulebook], notes);
    expect(status).toBe(1);
    expect(stderr).toContain('- rules: A rulebook needs at least one rule');
    expect(lines).toEqual([]);
  });

  it('says how to use it when no file is given', () => {
    const { status, stderr } = checkText([]);
    expect(status).toBe(1);
    expect(stderr).toContain('Usage: npm run --silent check-text -- FILE|-');
  });
});
