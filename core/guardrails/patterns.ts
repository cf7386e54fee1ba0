/**
 * The rulebook's small pattern language, compiled to token matchers. Words are
 * matched whole and without case. In a pattern:
 *   stop~         the word and its inflections: stops, stopped, stopping
 *   (cut|reduce~) one of these
 *   [your|the]    optionally one of these
 *   {meds}        any word of the rulebook's set "meds" (entries may use ~)
 *   ...           up to three words of anything
 */

export interface Word {
  text: string;
  start: number;
  end: number;
}

export type Token =
  { kind: 'words'; words: ReadonlySet<string>; optional: boolean } | { kind: 'gap'; max: number };

export type Pattern = readonly Token[];

const gapWords = 3;
const vowels = /[aeiou]/;

/** A word's regular inflections; a few impossible ones do no harm, as they never occur. */
export function inflections(word: string): string[] {
  const forms = new Set([word, `${word}s`, `${word}es`, `${word}ed`, `${word}ing`, `${word}d`]);
  const last = word.at(-1) ?? '';
  if (last === 'e') forms.add(`${word.slice(0, -1)}ing`);
  if (last === 'y' && !vowels.test(word.at(-2) ?? '')) {
    forms.add(`${word.slice(0, -1)}ies`);
    forms.add(`${word.slice(0, -1)}ied`);
  }
  // stop → stopped, stopping: a short word ending consonant-vowel-consonant doubles.
  if (/[^aeiou][aeiou][^aeiouwxy]$/.test(word)) {
    forms.add(`${word}${last}ed`);
    forms.add(`${word}${last}ing`);
  }
  return [...forms];
}

/** Lower-case, with curly apostrophes made straight, as the text is read. */
export function normalise(word: string): string {
  return word.toLowerCase().replaceAll('’', "'");
}

const wordPattern = /[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu;

/** The text's words, lower-cased, with where each is in the text. */
export function words(text: string): Word[] {
  // One pass over the whole text; a per-word toLowerCase would cost more than the matching.
  const straight = text.replaceAll('’', "'");
  const lower = straight.toLowerCase();
  // A few characters change length when lower-cased; offsets must stay the text's own.
  const whole = lower.length === straight.length;
  const source = whole ? lower : straight;
  const found: Word[] = [];
  wordPattern.lastIndex = 0;
  for (let match = wordPattern.exec(source); match; match = wordPattern.exec(source)) {
    const start = match.index;
    const end = start + match[0].length;
    found.push({ text: whole ? match[0] : match[0].toLowerCase(), start, end });
  }
  return found;
}

function expand(alternative: string, sets: Readonly<Record<string, readonly string[]>>): string[] {
  const set = /^\{([a-z]+)\}$/.exec(alternative);
  if (set) {
    const entries = sets[set[1]!];
    if (!entries) throw new Error(`There is no word set called {${set[1]}}`);
    return entries.flatMap((entry) => expand(entry, sets));
  }
  const word = normalise(alternative);
  if (!/^[\p{L}\p{N}']+~?$/u.test(word)) {
    throw new Error(`"${alternative}" is not a word, a word~ or a {set}`);
  }
  return word.endsWith('~') ? inflections(word.slice(0, -1)) : [word];
}

/** Compiles one pattern; throws an Error that says what is wrong with it. */
export function compile(
  source: string,
  sets: Readonly<Record<string, readonly string[]>>,
): Pattern {
  const tokens: Token[] = source
    .trim()
    .split(/\s+/)
    .map((piece) => {
      if (piece === '...') return { kind: 'gap', max: gapWords };
      const optional = /^\[(.+)\]$/.exec(piece);
      const choice = /^\((.+)\)$/.exec(piece);
      const inner = optional?.[1] ?? choice?.[1] ?? piece;
      const words = new Set(inner.split('|').flatMap((alternative) => expand(alternative, sets)));
      return { kind: 'words', words, optional: Boolean(optional) };
    });
  if (!tokens.some((token) => token.kind === 'words' && !token.optional)) {
    throw new Error(`"${source}" needs at least one word that must be there`);
  }
  if (tokens[0]!.kind === 'gap' || tokens.at(-1)!.kind === 'gap') {
    throw new Error(`"${source}" cannot start or end with ...`);
  }
  return tokens;
}

/** Where the pattern matches from words[from], as the index past its last word; -1 if it does not. */
export function matchAt(pattern: Pattern, text: readonly Word[], from: number): number {
  const step = (token: number, at: number): number => {
    if (token === pattern.length) return at;
    const current = pattern[token]!;
    if (current.kind === 'gap') {
      for (let skip = 0; skip <= current.max && at + skip <= text.length; skip++) {
        const end = step(token + 1, at + skip);
        if (end >= 0) return end;
      }
      return -1;
    }
    if (at < text.length && current.words.has(text[at]!.text)) {
      const end = step(token + 1, at + 1);
      if (end >= 0) return end;
    }
    return current.optional ? step(token + 1, at) : -1;
  };
  return step(0, from);
}

/** Words a match can begin with: the first required word's, and any optional ones before it. */
export function firstWords(pattern: Pattern): Set<string> {
  const first = new Set<string>();
  for (const token of pattern) {
    if (token.kind === 'gap') continue;
    token.words.forEach((word) => first.add(word));
    if (!token.optional) break;
  }
  return first;
}
