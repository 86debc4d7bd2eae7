// Stage 9: direct quotations in “…”, «…» or "…" (single quotes are not
// quotations: a closing one is an apostrophe). A quotation running over
// several paragraphs is joined into one here; who said it is stage 10's question.

export interface QuoteSpan {
  /** Offset of the opening mark in the paragraph. */
  start: number;
  /** Offset just past the closing mark, or the paragraph's end when unclosed. */
  end: number;
  /** The words inside the marks, trimmed. */
  text: string;
  closed: boolean;
}

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);
const STRAIGHT = '"';

export function findQuoteSpans(paragraph: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openAt = -1;
  let openMark = '';
  for (let i = 0; i < paragraph.length; i += 1) {
    const char = paragraph[i] ?? '';
    const closes = openAt !== -1 && (char === STRAIGHT ? openMark === STRAIGHT : CLOSERS.has(char) && openMark !== STRAIGHT);
    if (closes) {
      pushSpan(spans, paragraph, openAt, i + 1, true);
      openAt = -1;
    } else if (OPENERS.has(char) || (char === STRAIGHT && openAt === -1)) {
      // A second opener before any closer means the first was never closed: start again here.
      openAt = i;
      openMark = char;
    }
  }
  if (openAt !== -1) pushSpan(spans, paragraph, openAt, paragraph.length, false);
  return spans;
}

function pushSpan(spans: QuoteSpan[], paragraph: string, start: number, end: number, closed: boolean): void {
  const text = paragraph.slice(start + 1, closed ? end - 1 : end).trim();
  if (text !== '') spans.push({ start, end, text, closed });
}

/** True when a paragraph opens with a quotation mark, continuing a quotation left open before it. */
function opensWithQuote(paragraph: string): boolean {
  const first = paragraph[0] ?? '';
  return OPENERS.has(first) || first === STRAIGHT;
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
  const spans = paragraphs.map(findQuoteSpans);
  const quotations: Quotation[] = [];
  /** A quotation left open at a paragraph's end, continued by the next paragraph. */
  let open: Quotation | null = null;
  for (const [paragraph, paragraphSpans] of spans.entries()) {
    for (const [index, span] of paragraphSpans.entries()) {
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
