import { describe, expect, it } from 'vitest';
import { defaultRulebook } from '../../../core/guardrails/default-rulebook';
import { createChecker } from '../../../core/guardrails/engine';
import { categories } from '../../../core/guardrails/rulebook';
import { corpusFile, readCorpus, scoreCorpus, tuningFile } from '../../support/corpus';

const corpus = readCorpus();

describe('the labelled corpus', () => {
  it('has 300 sentences or more, a third of them allowed, every category represented', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    const allowed = corpus.filter((sentence) => sentence.categories.length === 0);
    expect(allowed.length).toBeGreaterThanOrEqual(corpus.length / 3);
    for (const category of categories) {
      expect(
        corpus.some((sentence) => sentence.categories.includes(category)),
        category,
      ).toBe(true);
    }
  });

  it.each([
    ['corpus', corpusFile],
    ['tuning set', tuningFile],
  ])(
    '%s: checked by the default rulebook with precision and recall of 0.9, and every safeguarding sentence found',
    (_, file) => {
      const { overall, byCategory, misses } = scoreCorpus(
        createChecker(defaultRulebook),
        readCorpus(file),
      );
      const report = JSON.stringify(misses.slice(0, 10), null, 1);
      expect(overall.precision, report).toBeGreaterThanOrEqual(0.9);
      expect(overall.recall, report).toBeGreaterThanOrEqual(0.9);
      expect(byCategory.safeguarding.recall, report).toBe(1);
    },
  );

  it('has at least 40 rules, across every category', () => {
    expect(defaultRulebook.rules.length).toBeGreaterThanOrEqual(40);
    for (const category of categories) {
      expect(
        defaultRulebook.rules.some((rule) => rule.category === category),
        category,
      ).toBe(true);
    }
  });
});
