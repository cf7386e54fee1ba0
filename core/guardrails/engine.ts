import { compile, firstWords, matchAt, words, type Pattern, type Word } from './patterns';
import type { Category, Rule, Rulebook, Severity } from './rulebook';

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** The span of the text the finding is about, as string offsets. */
  start: number;
  end: number;
  explanation: string;
  instead: string;
}

/** A pattern with the words a match of it can start with, so most starts are never tried. */
interface Indexed {
  pattern: Pattern;
  first: ReadonlySet<string>;
}

interface CompiledRule {
  rule: Rule;
  /** unless and allow patterns together: any of them in the sentence lets it through. */
  excused: Indexed[];
}

interface Entry {
  pattern: Pattern;
  /** Word sets a match must use: a sentence without one of each cannot match. */
  required: ReadonlySet<string>[];
  compiled: CompiledRule;
}

const negators = new Set([
  'not',
  'no',
  'never',
  "don't",
  'dont',
  "doesn't",
  "didn't",
  "won't",
  "can't",
  'cannot',
  "shouldn't",
  "mustn't",
  "isn't",
  "wasn't",
  "wouldn't",
  "couldn't",
]);
/** How far back a "not" reaches: "don't ever stop taking" is still negated. */
const negationReach = 3;
const sentenceEnd = /[.!?;\n]/g;

function compileAll(sources: readonly string[], book: Rulebook, where: string): Indexed[] {
  return sources.map((source) => {
    try {
      const pattern = compile(source, book.sets);
      return { pattern, first: firstWords(pattern) };
    } catch (error) {
      throw new Error(`${where}: ${(error as Error).message}`, { cause: error });
    }
  });
}

/** The text's sentences, each with where it starts, so "unless" and negation stay within one. */
function sentences(text: string): { start: number; text: string }[] {
  const spans: { start: number; text: string }[] = [];
  let start = 0;
  for (const end of text.matchAll(sentenceEnd)) {
    spans.push({ start, text: text.slice(start, end.index + 1) });
    start = end.index + 1;
  }
  if (start < text.length) spans.push({ start, text: text.slice(start) });
  return spans;
}

/**
 * Findings of each sentence already checked, by its text: while the EHP types,
 * only the sentence being typed is checked again. Hold one a field, and let
 * it go with the field (it holds the field's words).
 */
export type SentenceCache = Map<string, Finding[]>;
const cacheLimit = 1000;

function matchesIn({ pattern, first }: Indexed, sentence: readonly Word[]): boolean {
  return sentence.some(
    (word, index) => first.has(word.text) && matchAt(pattern, sentence, index) >= 0,
  );
}

/**
 * The scope-of-practice checker for one rulebook. Compiling is done once;
 * checking a text tokenises it once and tries only the patterns whose first
 * word is there, so it can run on every keystroke.
 */
export function createChecker(book: Rulebook) {
  const byFirstWord = new Map<string, Entry[]>();
  // Compiled once and shared, so a sentence's answer for each is worked out once.
  const allows = book.allow.map((allow) => ({
    categories: allow.categories,
    patterns: compileAll(allow.patterns, book, 'An allow pattern'),
  }));
  for (const rule of book.rules) {
    const where = `Rule ${rule.id}`;
    const compiled: CompiledRule = {
      rule,
      excused: [
        ...compileAll(rule.unless, book, where),
        ...allows
          .filter((allow) => allow.categories.includes(rule.category))
          .flatMap((allow) => allow.patterns),
      ],
    };
    for (const { pattern, first } of compileAll(rule.patterns, book, where)) {
      const required = pattern.flatMap((token) =>
        token.kind === 'words' && !token.optional ? [token.words] : [],
      );
      for (const word of first) {
        const entries = byFirstWord.get(word) ?? [];
        entries.push({ pattern, required, compiled });
        byFirstWord.set(word, entries);
      }
    }
  }

  function isNegated(sentence: readonly Word[], at: number): boolean {
    for (let back = Math.max(0, at - negationReach); back < at; back++) {
      if (negators.has(sentence[back]!.text)) return true;
    }
    return false;
  }

  /** Findings in one sentence, with offsets from its start. */
  function checkSentence(text: string): Finding[] {
    const findings: Finding[] = [];
    const sentence = words(text);
    const seen = new Set<string>();
    const present = (words: ReadonlySet<string>) => sentence.some((word) => words.has(word.text));
    const excuses = new Map<Indexed, boolean>();
    const excused = (patterns: readonly Indexed[]) =>
      patterns.some((indexed) => {
        let found = excuses.get(indexed);
        if (found === undefined) {
          found = matchesIn(indexed, sentence);
          excuses.set(indexed, found);
        }
        return found;
      });
    for (const [index, word] of sentence.entries()) {
      for (const { pattern, required, compiled } of byFirstWord.get(word.text) ?? []) {
        const { rule } = compiled;
        if (seen.has(rule.id) || !required.every(present)) continue;
        const end = matchAt(pattern, sentence, index);
        if (end < 0) continue;
        if (rule.negated === 'allow' && isNegated(sentence, index)) continue;
        if (excused(compiled.excused)) continue;
        seen.add(rule.id);
        findings.push({
          ruleId: rule.id,
          category: rule.category,
          severity: rule.severity,
          start: word.start,
          end: sentence[end - 1]!.end,
          explanation: rule.explanation,
          instead: rule.instead,
        });
      }
    }
    return findings;
  }

  return function check(text: string, cache?: SentenceCache): Finding[] {
    if (cache && cache.size > cacheLimit) cache.clear();
    const findings: Finding[] = [];
    for (const sentence of sentences(text)) {
      let found = cache?.get(sentence.text);
      if (!found) {
        found = checkSentence(sentence.text);
        cache?.set(sentence.text, found);
      }
      for (const finding of found) {
        findings.push({
          ...finding,
          start: finding.start + sentence.start,
          end: finding.end + sentence.start,
        });
      }
    }
    return findings.sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId));
  };
}
export type Checker = ReturnType<typeof createChecker>;
