import { describe, expect, it } from 'vitest';
import { defaultRulebook } from '../../../core/guardrails/default-rulebook';
import { createChecker } from '../../../core/guardrails/engine';
import { inflections } from '../../../core/guardrails/patterns';
import { parseRulebook, type Rule } from '../../../core/guardrails/rulebook';

const check = createChecker(defaultRulebook);
const ruleIds = (text: string) => check(text).map((finding) => finding.ruleId);

describe('every rule of the default rulebook', () => {
  for (const rule of defaultRulebook.rules) {
    it(`${rule.id}: its own examples`, () => {
      for (const example of rule.examples.match) {
        expect(ruleIds(example), `should match: ${example}`).toContain(rule.id);
      }
      for (const example of rule.examples.noMatch) {
        expect(ruleIds(example), `should not match: ${example}`).not.toContain(rule.id);
      }
    });
  }
});

/** A one-rule rulebook, to try the pattern language. */
function checkerFor(rule: Partial<Rule> & Pick<Rule, 'patterns'>, sets = {}) {
  return createChecker(
    parseRulebook({
      version: 'test',
      sets,
      rules: [
        {
          id: 'test-rule',
          category: 'medication',
          severity: 'warning',
          explanation: 'Explained',
          instead: 'Instead',
          examples: { match: ['x'], noMatch: ['y'] },
          ...rule,
        },
      ],
    }),
  );
}

describe('the pattern language', () => {
  it('matches whole words only, whatever the case', () => {
    const checker = checkerFor({ patterns: ['dose'] });
    expect(checker('Double the DOSE tonight')).toHaveLength(1);
    expect(checker('She dozed off; the dosette box helps')).toHaveLength(0);
  });

  it('gives the span of the words matched', () => {
    const text = 'Then stop taking the tablets.';
    const [finding] = checkerFor({ patterns: ['stop taking [the] tablets'] })(text);
    expect(text.slice(finding!.start, finding!.end)).toBe('stop taking the tablets');
  });

  it('inflects a word marked ~', () => {
    expect(inflections('stop')).toEqual(expect.arrayContaining(['stops', 'stopped', 'stopping']));
    expect(inflections('reduce')).toEqual(
      expect.arrayContaining(['reduces', 'reduced', 'reducing']),
    );
    expect(inflections('worry')).toEqual(expect.arrayContaining(['worries', 'worried']));
    const checker = checkerFor({ patterns: ['stop~ {meds}'] }, { meds: ['tablets'] });
    expect(checker('He stopped tablets')).toHaveLength(1);
    expect(checker('She is stopping tablets')).toHaveLength(1);
  });

  it('allows up to three words in a gap, and optional words', () => {
    const checker = checkerFor({ patterns: ['cut ... dose', '[half] tablet'] });
    expect(checker('cut the evening dose')).toHaveLength(1);
    expect(checker('cut down on one two three four dose')).toHaveLength(0);
    expect(checker('take half tablet')).toHaveLength(1);
  });

  it('stays within a sentence', () => {
    const checker = checkerFor({ patterns: ['stop ... tablets'] });
    expect(checker('Had to stop. Tablets are in the kitchen')).toHaveLength(0);
  });

  it('flags negated advice unless the rule says a negation makes it fine', () => {
    expect(checkerFor({ patterns: ['stop taking'] })("Don't stop taking them")).toHaveLength(1);
    const allowing = checkerFor({ patterns: ['speed up'], negated: 'allow' });
    expect(allowing("I can't speed up the referral")).toHaveLength(0);
    expect(allowing('I will speed up the referral')).toHaveLength(1);
  });

  it('lets an "unless" pattern in the same sentence allow a match', () => {
    const checker = checkerFor({ patterns: ['stop taking'], unless: ['ask ... gp'] });
    expect(checker('Ask your GP if you can stop taking them')).toHaveLength(0);
    expect(checker('Stop taking them. Ask your GP later')).toHaveLength(1);
  });
});

describe('a rulebook that is not valid', () => {
  it('says what is wrong and where', () => {
    const rule = defaultRulebook.rules[0]!;
    expect(() =>
      parseRulebook({ ...defaultRulebook, rules: [rule, { ...rule, severity: 'loud' }] }),
    ).toThrow('- rules.1.severity: The severity is one of advice, warning, urgent');
    expect(() => parseRulebook({ ...defaultRulebook, rules: [rule, rule] })).toThrow(
      `- rules.1.id: Two rules are called ${rule.id}`,
    );
    expect(() => checkerFor({ patterns: ['stop {pills}'] })).toThrow(
      'Rule test-rule: There is no word set called {pills}',
    );
    expect(() => checkerFor({ patterns: ['... tablets'] })).toThrow('cannot start or end with ...');
    expect(() => checkerFor({ patterns: ['stop <b>'] })).toThrow('"<b>" is not a word');
  });
});
