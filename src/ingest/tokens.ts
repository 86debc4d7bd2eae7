// Words, punctuation and whole quotations as tokens, grouped into sentences;
// the one definition of a word, shared by tokens, word counts and hashtags. A
// quotation is one opaque token: a full stop inside it never ends the sentence around it.
import type { QuoteSpan } from './09-quotes.ts';
import { ABBREVIATIONS } from './vocabulary.ts';

export type Token =
  | { kind: 'word'; text: string; start: number; end: number }
  | { kind: 'punct'; text: string; start: number; end: number }
  | { kind: 'quote'; text: string; start: number; end: number; quote: number };

/** The characters of a word: letters, combining marks and digits (regular-expression class contents). */
export const WORD_CHARS = '\\p{L}\\p{M}\\p{N}';
/** Inner characters that join two runs into one word: "Ukraine’s", "pre-2014", "U.S". */
const WORD_JOINERS = "'’.\\-";

/** Pattern source for runs of `chars` joined by single `joiners`. Linear: every repetition consumes a character. */
export function joinedRun(chars: string, joiners: string): string {
  return `[${chars}]+(?:[${joiners}][${chars}]+)*`;
}

/** A lower-case word, a full stop and a capitalised word with no space: "said.Trump". */
const GLUED_SENTENCES = /^(\p{Ll}{2,})\.\p{Lu}\p{Ll}/u;

/**
 * A word, then an optional final full stop that is kept only for
 * abbreviations; or one character of punctuation.
 */
const WORD_OR_PUNCT = new RegExp(`(${joinedRun(WORD_CHARS, WORD_JOINERS)}\\.?)|[^\\s${WORD_CHARS}]`, 'gu');

/**
 * Words as counted for the word count and pull-quote length: letters and
 * digits only, so a combining mark (decomposed text) splits a word in two.
 */
const COUNTED_WORD = new RegExp(joinedRun('\\p{L}\\p{N}', WORD_JOINERS), 'gu');

/** The words in `text`, or `upTo` when it has at least that many: a test against a bound need not count a long paragraph. */
export function countWords(text: string, upTo = Infinity): number {
  if (upTo === Infinity) return text.match(COUNTED_WORD)?.length ?? 0;
  let count = 0;
  COUNTED_WORD.lastIndex = 0;
  while (count < upTo && COUNTED_WORD.exec(text) !== null) count += 1;
  COUNTED_WORD.lastIndex = 0;
  return count;
}

export function tokenize(paragraph: string, spans: readonly QuoteSpan[]): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  spans.forEach((span, quote) => {
    pushWords(tokens, paragraph, cursor, span.start);
    tokens.push({ kind: 'quote', text: span.text, start: span.start, end: span.end, quote });
    cursor = span.end;
  });
  pushWords(tokens, paragraph, cursor, paragraph.length);
  return tokens;
}

function pushWords(tokens: Token[], paragraph: string, from: number, to: number): void {
  WORD_OR_PUNCT.lastIndex = from;
  // exec from `from` on the whole paragraph avoids copying the segment; stop at the quotation that begins at `to`.
  for (let match = WORD_OR_PUNCT.exec(paragraph); match !== null && match.index < to; match = WORD_OR_PUNCT.exec(paragraph)) {
    const start = match.index;
    let text = match[0];
    if (match[1] === undefined) {
      tokens.push({ kind: 'punct', text, start, end: start + text.length });
      continue;
    }
    // "said.Trump": two sentences glued by a scrape, not an abbreviation.
    const glued = GLUED_SENTENCES.exec(text);
    if (glued?.[1] !== undefined) {
      const first = glued[1];
      tokens.push({ kind: 'word', text: first, start, end: start + first.length });
      tokens.push({ kind: 'punct', text: '.', start: start + first.length, end: start + first.length + 1 });
      WORD_OR_PUNCT.lastIndex = start + first.length + 1;
      continue;
    }
    if (text.endsWith('.') && !isAbbreviation(text)) {
      text = text.slice(0, -1);
      tokens.push({ kind: 'word', text, start, end: start + text.length });
      tokens.push({ kind: 'punct', text: '.', start: start + text.length, end: start + text.length + 1 });
      continue;
    }
    tokens.push({ kind: 'word', text, start, end: start + text.length });
  }
}

/** "U.S.", "F.", "Mr.": a full stop that belongs to the word. */
function isAbbreviation(word: string): boolean {
  // "D-Nev.", "R-Fla.": a party and a state, as US copy labels lawmakers.
  return word.slice(0, -1).includes('.') || /^\p{Lu}\.$|^\p{Lu}-\p{Lu}\p{Ll}{0,4}\.$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}

const SENTENCE_END = new Set(['.', '!', '?', '…']);

/** Splits tokens into sentences; returns [start, end) token ranges. */
export function sentenceRanges(tokens: readonly Token[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    const ends =
      (token.kind === 'punct' && SENTENCE_END.has(token.text)) ||
      (token.kind === 'quote' && /[.!?…]$/.test(token.text));
    if (ends && (next === undefined || startsSentence(next))) {
      ranges.push([start, i + 1]);
      start = i + 1;
    }
  });
  if (start < tokens.length) ranges.push([start, tokens.length]);
  return ranges;
}

function startsSentence(token: Token): boolean {
  return token.kind === 'quote' || /^[\p{Lu}\p{N}]/u.test(token.text) || token.text === '(';
}

/** The first sentence of a paragraph, quotations kept whole: the dek under a headline. */
export function firstSentence(paragraph: string, spans: readonly QuoteSpan[]): string {
  const tokens = tokenize(paragraph, spans);
  const [, end] = sentenceRanges(tokens)[0] ?? [0, 0];
  const last = tokens[end - 1];
  return last === undefined ? paragraph : paragraph.slice(0, last.end).trim();
}
