// Stage 8: pull-quotes. Quotations that read well alone: attributed, a
// complete sentence (capital first, full stop last), neither a fragment nor
// a speech. Prefers mid-length quotations and different speakers, spread
// through the article. A sidecar may choose them instead, by opening words.
import {
  MAX_PULL_QUOTES,
  PULL_QUOTE_IDEAL_WORDS,
  PULL_QUOTE_MAX_WORDS,
  PULL_QUOTE_MIN_WORDS,
} from './limits.ts';
import type { IngestProblem } from './problems.ts';
import type { PullQuote, Quote, Speaker } from './schema.ts';

/** Paragraphs per pull-quote: a short article gets one, a long one up to three. */
const PARAGRAPHS_PER_PULL_QUOTE = 4;
/** Pull-quotes set in adjacent paragraphs crowd the text; keep one paragraph between them when possible. */
const MIN_PARAGRAPH_GAP = 2;

export function choosePullQuotes(quotes: readonly Quote[], speakers: readonly Speaker[], paragraphCount: number): PullQuote[] {
  const wanted = Math.min(MAX_PULL_QUOTES, Math.max(1, Math.floor(paragraphCount / PARAGRAPHS_PER_PULL_QUOTE)));
  const candidates = quotes
    .map((quote, order) => ({ quote, order, words: countWords(quote.text) }))
    .filter(({ quote, words }) => quote.speaker !== null && readsAlone(quote.text, words))
    .sort((a, b) => Math.abs(a.words - PULL_QUOTE_IDEAL_WORDS) - Math.abs(b.words - PULL_QUOTE_IDEAL_WORDS) || a.order - b.order);

  const chosen: Quote[] = [];
  // Strictest first: different speakers, with a paragraph between them; then relax until enough are chosen.
  const passes = [
    { distinctSpeakers: true, minGap: MIN_PARAGRAPH_GAP },
    { distinctSpeakers: false, minGap: MIN_PARAGRAPH_GAP },
    { distinctSpeakers: false, minGap: 1 },
  ];
  for (const { distinctSpeakers, minGap } of passes) {
    for (const { quote } of candidates) {
      if (chosen.length >= wanted) break;
      if (chosen.includes(quote)) continue;
      if (chosen.some((c) => Math.abs(c.paragraph - quote.paragraph) < minGap)) continue;
      if (distinctSpeakers && chosen.some((c) => c.speaker === quote.speaker)) continue;
      chosen.push(quote);
    }
  }
  return chosen.sort((a, b) => a.paragraph - b.paragraph).map((quote) => toPullQuote(quote, speakers));
}

/**
 * The sidecar's choice: each entry names a quotation by its opening words.
 * Returns problems for entries that match no attributed quotation.
 */
export function pullQuotesByChoice(
  choice: readonly string[],
  quotes: readonly Quote[],
  speakers: readonly Speaker[],
  file: string,
): { pullQuotes: PullQuote[]; problems: IngestProblem[] } {
  const pullQuotes: PullQuote[] = [];
  const problems: IngestProblem[] = [];
  choice.forEach((opening, i) => {
    const wanted = comparable(opening);
    const quote = quotes.find((q) => comparable(q.text).startsWith(wanted));
    const field = `pullQuotes[${i}]`;
    if (quote === undefined) {
      problems.push({ file, field, message: `no quotation in the article starts with "${opening}"`, hint: 'Copy the opening words of a quotation exactly, or remove the entry' });
    } else if (quote.speaker === null) {
      problems.push({ file, field, message: `the quotation starting "${opening}" has no identifiable speaker`, hint: 'Choose a quotation the article attributes to someone' });
    } else {
      pullQuotes.push(toPullQuote(quote, speakers));
    }
  });
  return { pullQuotes: pullQuotes.sort((a, b) => a.paragraph - b.paragraph), problems };
}

function toPullQuote(quote: Quote, speakers: readonly Speaker[]): PullQuote {
  const speaker = quote.speaker ?? '';
  return {
    // The comma that led into the attribution was dropped; a sentence standing alone ends with a full stop.
    text: /[.!?…]['’"”)]*$/.test(quote.text) ? quote.text : `${quote.text}.`,
    speaker,
    role: speakers.find((s) => s.name === speaker)?.role ?? null,
    paragraph: quote.paragraph,
  };
}

function readsAlone(text: string, words: number): boolean {
  return (
    words >= PULL_QUOTE_MIN_WORDS &&
    words <= PULL_QUOTE_MAX_WORDS &&
    /^[\p{Lu}\p{N}]/u.test(text) &&
    // Ends a sentence, or ended with the comma before "he said" (already dropped).
    /[\p{L}\p{N}.!?…]['’"”)]*$/u.test(text)
  );
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/[“”"«»„]/g, '').replace(/’/g, "'").replace(/\s+/g, ' ').trim();
}
