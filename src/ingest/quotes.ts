// Stage 7a: find direct quotations. Curly (“…”), guillemet («…») and
// straight ("…") double quotes are recognised; single quotes are not, since
// an apostrophe and a closing single quote are the same character. A
// quotation that runs over several paragraphs (each opening with “, only the
// last closing) is one quotation.

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
export function opensWithQuote(paragraph: string): boolean {
  const first = paragraph[0] ?? '';
  return OPENERS.has(first) || first === STRAIGHT;
}

/**
 * The quotation as a reader would cite it: a comma that belonged to the
 * attribution ("…settlement,” Hegseth said) is dropped.
 */
export function quotationText(raw: string): string {
  return raw.replace(/[,;:]$/, '').trim();
}
