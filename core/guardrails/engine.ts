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

interface CompiledRule {
  rule: Rule;
  unless: Pattern[];
  allowed: Pattern[];
}

interface Entry {
  pattern: Pattern;
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
const sentenceEnd = /[.!?;\n]/;

function compileAll(sources: readonly string[], book: Rulebook, where: string): Pattern[] {
  return sources.map((source) => {
    try {
      return compile(source, book.sets);
    } catch (error) {
      throw new Error(`${where}: ${(error as Error).message}`, { cause: error });
    }
  });
}

/** Splits the text's words into sentences, so "unless" and negation stay within one. */
function sentences(text: string, all: Word[]): Word[][] {
  const result: Word[][] = [];
  let current: Word[] = [];
  let previousEnd = 0;
  for (const word of all) {
    if (current.length > 0 && sentenceEnd.test(text.slice(previousEnd, word.start))) {
      result.push(current);
      current = [];
    }
    current.push(word);
    previousEnd = word.end;
  }
  if (current.length > 0) result.push(current);
  return result;
}

const anyMatch = (patterns: readonly Pattern[], sentence: readonly Word[]) =>
  patterns.some((pattern) => sentence.some((_, index) => matchAt(pattern, sentence, index) >= 0));

/**
 * The scope-of-practice checker for one rulebook. Compiling is done once;
 * checking a text tokenises it once and tries only the patterns whose first
 * word is there, so it can run on every keystroke.
 */
export function createChecker(book: Rulebook) {
  const byFirstWord = new Map<string, Entry[]>();
  for (const rule of book.rules) {
    const where = `Rule ${rule.id}`;
    const compiled: CompiledRule = {
      rule,
      unless: compileAll(rule.unless, book, where),
      allowed: book.allow
        .filter((allow) => allow.categories.includes(rule.category))
        .flatMap((allow) => compileAll(allow.patterns, book, 'An allow pattern')),
    };
    for (const pattern of compileAll(rule.patterns, book, where)) {
      for (const word of firstWords(pattern)) {
        const entries = byFirstWord.get(word) ?? [];
        entries.push({ pattern, compiled });
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

  return function check(text: string): Finding[] {
    const findings: Finding[] = [];
    for (const sentence of sentences(text, words(text))) {
      const seen = new Set<string>();
      for (const [index, word] of sentence.entries()) {
        for (const { pattern, compiled } of byFirstWord.get(word.text) ?? []) {
          const { rule } = compiled;
          if (seen.has(rule.id)) continue;
          const end = matchAt(pattern, sentence, index);
          if (end < 0) continue;
          if (rule.negated === 'allow' && isNegated(sentence, index)) continue;
          if (anyMatch(compiled.unless, sentence) || anyMatch(compiled.allowed, sentence)) continue;
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
    }
    return findings.sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId));
  };
}
export type Checker = ReturnType<typeof createChecker>;
