// Stage 9: direct quotations, in every style news copy uses: “…”, „…“,
// «…», "…", ''…'' (older wire copy), single quotes where they quote rather
// than elide, and a dash that opens a line of dialogue. A quotation running
// over several paragraphs is joined into one here; titles in quotation marks
// are not quotations. Who said each is stage 10's question.

import { SPEECH_VERBS } from './vocabulary.ts';

export interface QuoteSpan {
  /** Offset of the opening mark in the paragraph. */
  start: number;
  /** Offset just past the closing mark, or the paragraph's end when unclosed. */
  end: number;
  /** The words inside the marks, trimmed. */
  text: string;
  closed: boolean;
}

/** Each double opening mark and the marks that close it. */
const DOUBLE_CLOSERS: ReadonlyMap<string, readonly string[]> = new Map([
  ['“', ['”']],
  ['„', ['“', '”']],
  ['«', ['»']],
  ['‹', ['›']],
  ['"', ['"']],
  // Two apostrophes, as in older typewritten and wire copy: ''He deserved it,'' he said.
  ["''", ["''"]],
]);
const DOUBLE_MARKS = new Set([...DOUBLE_CLOSERS].flat(2));
/** Marks that open a quotation even while another is open: the first was never closed. */
const RESTARTS = new Set(['“', '„', '«']);
const SINGLE_CLOSERS: ReadonlyMap<string, string> = new Map([
  ['‘', '’'],
  ["'", "'"],
]);
/** Words an apostrophe shortens at their start, so it opens no quotation: 'em, 'til, '90s, rock 'n' roll. */
const ELISION = /^(?:em|til|tis|twas|cause|n|round|bout|s|d|ll|re|ve)\b|^\d\ds?\b/iu;
/** The dash that opens a line of dialogue, and the one that hands over to the narrator. */
const DIALOGUE_DASH = /^[—―–]\s*(?=[\p{L}\p{N}¿¡…])/u;
const NARRATOR_DASH = /\s[—―–]\s/u;

/** The double mark at `i`, if any: '' before '. */
function doubleMarkAt(paragraph: string, i: number): string | null {
  if (paragraph.startsWith("''", i)) return "''";
  const char = paragraph[i] ?? '';
  return DOUBLE_MARKS.has(char) ? char : null;
}

const isOpeningContext = (paragraph: string, i: number) => i === 0 || /[\s([{—–/-]/u.test(paragraph[i - 1] ?? '');
const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** A single mark that opens a quotation: after a space, before a word, and not an elided word's apostrophe. */
function opensSingle(paragraph: string, i: number): boolean {
  const char = paragraph[i] ?? '';
  if (!SINGLE_CLOSERS.has(char) || !isOpeningContext(paragraph, i)) return false;
  const after = paragraph.slice(i + 1, i + 8);
  return /^[\p{L}\p{N}¿¡]/u.test(after) && !ELISION.test(after);
}

/** A single mark that closes one: right after the quoted words, before a space or punctuation. */
function closesSingle(paragraph: string, i: number, opener: string): boolean {
  const char = paragraph[i] ?? '';
  if (char !== SINGLE_CLOSERS.get(opener) && !(opener === "'" && char === '’')) return false;
  if (i === 0 || /\s/u.test(paragraph[i - 1] ?? ' ') || isWordChar(paragraph[i + 1])) return false;
  // "the players' effort", "the teachers' union": a plural's apostrophe before the noun it owns.
  return !(paragraph[i - 1] === 's' && /^ \p{Ll}/u.test(paragraph.slice(i + 1, i + 3)));
}

/**
 * The quoted spans of one paragraph, at the top level: marks inside a
 * quotation are a quotation within it and stay in its text. A single quote
 * is a quotation only when it opens after a space and closes before one; one
 * never closed was an apostrophe. `dialogue`: the paragraph is a line of
 * speech opened by a dash, up to the dash that hands over to the narrator.
 */
export function findQuoteSpans(paragraph: string, dialogue = false): QuoteSpan[] {
  const opening = dialogue ? DIALOGUE_DASH.exec(paragraph) : null;
  if (opening !== null) {
    const narrator = NARRATOR_DASH.exec(paragraph.slice(opening[0].length));
    const end = narrator === null ? paragraph.length : opening[0].length + narrator.index;
    const rest = findQuoteSpans(paragraph.slice(end)).map((span) => ({ ...span, start: span.start + end, end: span.end + end }));
    const text = paragraph.slice(opening[0].length, end).trim();
    return text === '' ? rest : [{ start: 0, end, text, closed: true }, ...rest];
  }
  return scanSpans(paragraph, lastSingleClosers(paragraph));
}

/**
 * Where the last mark that could close each kind of single quotation is:
 * one opened after it is never closed, so it was an apostrophe ('Bama,
 * 'burbs) and opens nothing. Found in one pass, so scanning stays linear.
 */
function lastSingleClosers(paragraph: string): { curly: number; straight: number } {
  let curly = -1;
  let straight = -1;
  for (let i = paragraph.length - 1; i >= 0 && (curly === -1 || straight === -1); i -= 1) {
    if (curly === -1 && closesSingle(paragraph, i, '‘')) curly = i;
    if (straight === -1 && closesSingle(paragraph, i, "'")) straight = i;
  }
  return { curly, straight };
}

function scanSpans(paragraph: string, lastCloser: { curly: number; straight: number }): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: { at: number; mark: string; single: boolean } | null = null;
  for (let i = 0; i < paragraph.length; i += 1) {
    const double = doubleMarkAt(paragraph, i);
    if (open !== null && !open.single && double !== null && (DOUBLE_CLOSERS.get(open.mark) ?? []).includes(double)) {
      pushSpan(spans, paragraph, open.at, open.mark.length, i + double.length, double.length);
      open = null;
      i += double.length - 1;
    } else if (open?.single === true && closesSingle(paragraph, i, open.mark)) {
      pushSpan(spans, paragraph, open.at, 1, i + 1, 1);
      open = null;
    } else if (double !== null && DOUBLE_CLOSERS.has(double) && (open === null || (!open.single && RESTARTS.has(double) && RESTARTS.has(open.mark)))) {
      // A second opener before any closer means the first was never closed: start again here.
      open = { at: i, mark: double, single: false };
      i += double.length - 1;
    } else if (open === null && opensSingle(paragraph, i) && i < (paragraph[i] === '‘' ? lastCloser.curly : lastCloser.straight)) {
      open = { at: i, mark: paragraph[i] ?? '', single: true };
    }
  }
  // A quotation left open runs to the paragraph's end (the next may take it up); a single one cannot be, as the check above ensures.
  if (open !== null && !open.single) pushSpan(spans, paragraph, open.at, open.mark.length, paragraph.length, 0);
  return spans;
}

function pushSpan(spans: QuoteSpan[], paragraph: string, start: number, openWidth: number, end: number, closeWidth: number): void {
  const text = paragraph.slice(start + openWidth, end - closeWidth).trim();
  if (text !== '') spans.push({ start, end, text, closed: closeWidth > 0 });
}

/** True when a paragraph opens with a quotation mark, continuing a quotation left open before it. */
function opensWithQuote(paragraph: string): boolean {
  return doubleMarkAt(paragraph, 0) !== null || opensSingle(paragraph, 0);
}

/**
 * The quotation as a reader would cite it: a comma that belonged to the
 * attribution ("…settlement,” Hegseth said) is dropped.
 */
function quotationText(raw: string): string {
  return raw.replace(/[,;:]$/, '').trim();
}

/** One span of one paragraph: `spans[paragraph][span]`. */
interface QuotePart {
  paragraph: number;
  span: number;
}

/** A quotation as the reader meets it, possibly over several paragraphs. */
interface Quotation {
  /** The words quoted, the parts joined by a space. */
  text: string;
  /** The paragraph it opens in. */
  paragraph: number;
  /** Its spans in reading order; the first opens it. */
  parts: QuotePart[];
}

export interface Quotations {
  /** Each paragraph's quotation spans. */
  spans: QuoteSpan[][];
  /** In the order they open. */
  quotations: Quotation[];
}

/**
 * Every quotation in the paragraphs. One left open at a paragraph's end
 * continues into the next paragraph when that opens with a quotation mark
 * (each paragraph of a long quotation opens with “, only the last closes).
 */
export function findQuotations(paragraphs: readonly string[]): Quotations {
  const spans = paragraphs.map((paragraph, i) => findQuoteSpans(paragraph, isDialogueLine(paragraphs, i)));
  const quotations: Quotation[] = [];
  /** A quotation left open at a paragraph's end, continued by the next paragraph. */
  let open: Quotation | null = null;
  for (const [paragraph, paragraphSpans] of spans.entries()) {
    for (const [index, span] of paragraphSpans.entries()) {
      if (isTitle(paragraphs[paragraph] ?? '', span)) continue;
      const text = quotationText(span.text);
      let current: Quotation;
      if (open !== null && index === 0 && span.start === 0) {
        open.text = `${open.text} ${text}`;
        open.parts.push({ paragraph, span: index });
        current = open;
      } else {
        current = { text, paragraph, parts: [{ paragraph, span: index }] };
        quotations.push(current);
      }
      const next = paragraphs[paragraph + 1];
      const isLast = index === paragraphSpans.length - 1;
      open = isLast && !span.closed && next !== undefined && opensWithQuote(next) ? current : null;
    }
    if (paragraphSpans.length === 0) open = null;
  }
  return { spans, quotations };
}

/**
 * A paragraph opened by a dash is a line of dialogue when the narrator
 * hands over with a speech verb after a second dash ("— Not yet — she said"),
 * or when a neighbouring paragraph is one too: an exchange.
 */
function isDialogueLine(paragraphs: readonly string[], i: number): boolean {
  const paragraph = paragraphs[i] ?? '';
  if (!DIALOGUE_DASH.test(paragraph)) return false;
  // A line of speech ends like a sentence or hands over to the narrator; "— March 3: consultation opens" is a list item.
  const spoken = (line: string) => DIALOGUE_DASH.test(line) && (/[.!?…»”"]$/u.test(line) || NARRATOR_DASH.test(line));
  if (spoken(paragraph) && (spoken(paragraphs[i - 1] ?? '') || spoken(paragraphs[i + 1] ?? ''))) return true;
  const narrator = NARRATOR_DASH.exec(paragraph);
  if (narrator === null) return false;
  const words = paragraph.slice(narrator.index + narrator[0].length).toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return words.slice(0, NARRATOR_REACH).some((word) => SPEECH_VERBS.has(word));
}

/** Words after a narrator's dash within which the speech verb must come: "— she told reporters". */
const NARRATOR_REACH = 4;
/** Title-case words a title may have: "The Nightly Show with Larry Wilmore". */
const MAX_TITLE_WORDS = 7;
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'vs', 'is', '&']);
/** Words after which a title-case name in quotation marks is a title: "told CNN’s “State of the Union”", "on “Fox News Sunday.”" */
const BEFORE_TITLES = new Set([
  'on', 'with', 'in', 'to', 'from', 'at', 'of', 'for', 'about', 'hosts', 'hosted', 'host', 'anchor', 'show', 'program', 'programme',
  'series', 'film', 'movie', 'documentary', 'podcast', 'book', 'memoir', 'novel', 'essay', 'column', 'play', 'musical', 'opera', 'song',
  'album', 'poem', 'painting', 'exhibition', 'titled', 'entitled', 'headlined',
]);

/**
 * A short run of title-case words in quotation marks after a preposition or a
 * possessive is the name of a show, book or film, not a quotation:
 * `in an interview with “Fox News Sunday.”`
 */
function isTitle(paragraph: string, span: QuoteSpan): boolean {
  const words = span.text.match(/[^\s]+/gu) ?? [];
  if (words.length === 0 || words.length > MAX_TITLE_WORDS) return false;
  const bare = words.map((word) => word.replace(/^[^\p{L}\p{N}&]+|[^\p{L}\p{N}&]+$/gu, ''));
  if (!/^[\p{Lu}\p{N}]/u.test(bare[0] ?? '')) return false;
  if (!bare.every((word) => word === '' || /^[\p{Lu}\p{N}]/u.test(word) || TITLE_SMALL_WORDS.has(word.toLowerCase()))) return false;
  // "Benton’s memoir, “Plain Speaking,”": a comma may stand between the noun and the title.
  const before = paragraph.slice(Math.max(0, span.start - 40), span.start).trimEnd().replace(/,$/u, '');
  const previous = /([\p{L}’']+)$/u.exec(before)?.[1] ?? '';
  return BEFORE_TITLES.has(previous.toLowerCase()) || /\p{L}[’']s$/u.test(previous);
}
