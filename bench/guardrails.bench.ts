import { defaultRulebook } from '../core/guardrails/default-rulebook';
import { createChecker, type SentenceCache } from '../core/guardrails/engine';
import { heldOutFile, readCorpus, scoreCorpus, tuningFile } from '../tests/support/corpus';
import { median, percentile, type Figures } from './figures';

const words = 5000;
const runs = 201;

/**
 * The check runs on every keystroke, so it must be quick on the longest text an
 * EHP writes: 5,000 words of notes made from the corpus's sentences, flagged
 * and allowed alike. Also precision and recall: on the corpus the rules were
 * written against (as the tests see them), on a tuning set used to widen
 * them, and on a held-out set written without sight of the rules and never
 * tuned on, which says how well they generalise.
 */
export async function run(): Promise<Figures> {
  const corpus = readCorpus();
  const check = createChecker(defaultRulebook);
  const sentences: string[] = [];
  for (let count = 0, index = 0; count < words; index++) {
    const sentence = corpus[index % corpus.length]!.text;
    sentences.push(sentence);
    count += sentence.split(/\s+/).length;
  }
  const notes = sentences.join(' ');
  // Cold: the whole text checked from nothing, as when an appointment opens.
  const cold: number[] = [];
  let findings = 0;
  for (let index = -10; index < runs; index++) {
    const started = performance.now();
    findings = check(notes).length;
    if (index >= 0) cold.push(performance.now() - started);
  }
  // Typing: a key at the end of the notes each time, with the field's sentence cache.
  const cache: SentenceCache = new Map();
  let typed = notes;
  check(typed, cache);
  const keystroke: number[] = [];
  for (let index = 0; index < runs; index++) {
    typed += 'You can walk to the shop. '[index % 26];
    const started = performance.now();
    check(typed, cache);
    keystroke.push(performance.now() - started);
  }
  const { byCategory, overall } = scoreCorpus(check, corpus);
  const tuning = scoreCorpus(check, readCorpus(tuningFile));
  const heldOut = scoreCorpus(check, readCorpus(heldOutFile));
  const round = (value: number) => Number(value.toFixed(3));
  return {
    rules: { value: defaultRulebook.rules.length, unit: 'rules' },
    notesWords: { value: notes.split(/\s+/).length, unit: 'words' },
    findingsInNotes: { value: findings, unit: 'findings' },
    keystrokeCheckMedian: { value: round(median(keystroke)), unit: 'ms' },
    keystrokeCheckP95: { value: round(percentile(keystroke, 0.95)), unit: 'ms' },
    coldCheckMedian: { value: round(median(cold)), unit: 'ms' },
    coldCheckP95: { value: round(percentile(cold, 0.95)), unit: 'ms' },
    corpusSentences: { value: corpus.length, unit: 'sentences' },
    overallPrecision: { value: round(overall.precision), unit: '' },
    overallRecall: { value: round(overall.recall), unit: '' },
    tuningPrecision: { value: round(tuning.overall.precision), unit: '' },
    tuningRecall: { value: round(tuning.overall.recall), unit: '' },
    tuningSafeguardingRecall: { value: round(tuning.byCategory.safeguarding.recall), unit: '' },
    heldOutPrecision: { value: round(heldOut.overall.precision), unit: '' },
    heldOutRecall: { value: round(heldOut.overall.recall), unit: '' },
    heldOutSafeguardingRecall: { value: round(heldOut.byCategory.safeguarding.recall), unit: '' },
    ...Object.fromEntries(
      Object.entries(byCategory).flatMap(([category, score]) => [
        [`${category}Precision`, { value: round(score.precision), unit: '' }],
        [`${category}Recall`, { value: round(score.recall), unit: '' }],
      ]),
    ),
  };
}
