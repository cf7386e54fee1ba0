import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { categories, type Category } from '../../core/guardrails/rulebook';
import type { Checker } from '../../core/guardrails/engine';

export interface LabelledSentence {
  text: string;
  categories: Category[];
  note?: string;
}

export const corpusFile = join(import.meta.dirname, '..', 'fixtures', 'guardrails-corpus.jsonl');
/**
 * Written without sight of the rules, then used to widen them: a second
 * tuning set, so the held-out set below stays unseen.
 */
export const tuningFile = join(import.meta.dirname, '..', 'fixtures', 'guardrails-dev.jsonl');
/** Written without sight of the rules or the corpus: how well the rules generalise. */
export const heldOutFile = join(import.meta.dirname, '..', 'fixtures', 'guardrails-heldout.jsonl');

/** tests/fixtures/guardrails-corpus.jsonl: EHP note-style sentences, each with the categories it should raise. */
export function readCorpus(file = corpusFile): LabelledSentence[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LabelledSentence);
}

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

function score(tp: number, fp: number, fn: number): Score {
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
  };
}

/**
 * Precision and recall a sentence at a time: a category counts as found in a
 * sentence when any finding of that category is there. Overall is the sum
 * over categories.
 */
export function scoreCorpus(check: Checker, corpus: readonly LabelledSentence[]) {
  const counts = Object.fromEntries(categories.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<
    Category,
    { tp: number; fp: number; fn: number }
  >;
  const misses: { text: string; expected: Category[]; found: Category[] }[] = [];
  for (const sentence of corpus) {
    const found = new Set(check(sentence.text).map((finding) => finding.category));
    const expected = new Set(sentence.categories);
    for (const category of categories) {
      if (found.has(category) && expected.has(category)) counts[category].tp++;
      else if (found.has(category)) counts[category].fp++;
      else if (expected.has(category)) counts[category].fn++;
    }
    if ([...found].sort().join() !== [...expected].sort().join()) {
      misses.push({ text: sentence.text, expected: [...expected], found: [...found] });
    }
  }
  const byCategory = Object.fromEntries(
    categories.map((c) => [c, score(counts[c].tp, counts[c].fp, counts[c].fn)]),
  ) as Record<Category, Score>;
  const sum = (key: 'tp' | 'fp' | 'fn') =>
    categories.reduce((total, c) => total + counts[c][key], 0);
  return { byCategory, overall: score(sum('tp'), sum('fp'), sum('fn')), misses };
}
