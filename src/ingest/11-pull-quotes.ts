// Stage 11: pull-quotes, the attributed quotations that read well alone as a
// complete sentence, preferring mid-length ones by different speakers spread
// through the article. The metadata may choose them instead, by opening words.
import type { SourceText } from './02-source.ts';
import {
  MAX_PULL_QUOTES,
  MIN_PARAGRAPH_GAP,
  MIN_PARAGRAPH_GAP_RELAXED,
  MIN_PULL_QUOTES,
  PARAGRAPHS_PER_PULL_QUOTE,
  PULL_QUOTE_IDEAL_WORDS,
  PULL_QUOTE_MAX_WORDS,
  PULL_QUOTE_MIN_WORDS,
} from './limits.ts';
import type { IngestProblem, Result } from './problems.ts';
import type { PullQuote, Quote, Speaker } from './schema.ts';
import { comparable } from './text.ts';
import { countWords } from './tokens.ts';

/** The metadata's choice when it makes one (an empty list turns pull-quotes off), else the best that read alone. */
export function pickPullQuotes(
  { file, metadata }: SourceText,
  quotes: readonly Quote[],
  speakers: readonly Speaker[],
  paragraphCount: number,
): Result<PullQuote[]> {
  if (metadata.pullQuotes === undefined) return { ok: true, value: choosePullQuotes(quotes, speakers, paragraphCount) };
  const chosen = pullQuotesByChoice(metadata.pullQuotes, quotes, speakers, file);
  return chosen.problems.length > 0 ? { ok: false, problems: chosen.problems } : { ok: true, value: chosen.pullQuotes };
}

function choosePullQuotes(quotes: readonly Quote[], speakers: readonly Speaker[], paragraphCount: number): PullQuote[] {
  const wanted = Math.min(MAX_PULL_QUOTES, Math.max(MIN_PULL_QUOTES, Math.floor(paragraphCount / PARAGRAPHS_PER_PULL_QUOTE)));
  const candidates = quotes
    .map((quote, order) => ({ quote, order, words: countWords(quote.text) }))
    .filter(({ quote, words }) => quote.speaker !== null && readsAlone(quote.text, words))
    .sort((a, b) => Math.abs(a.words - PULL_QUOTE_IDEAL_WORDS) - Math.abs(b.words - PULL_QUOTE_IDEAL_WORDS) || a.order - b.order);

  const chosen: Quote[] = [];
  // Strictest first: different speakers, with a paragraph between them; then relax until enough are chosen.
  const passes = [
    { distinctSpeakers: true, minGap: MIN_PARAGRAPH_GAP },
    { distinctSpeakers: false, minGap: MIN_PARAGRAPH_GAP },
    { distinctSpeakers: false, minGap: MIN_PARAGRAPH_GAP_RELAXED },
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
 * The metadata's choice: each entry names a quotation by its opening words.
 * Returns problems for entries that match no attributed quotation.
 */
function pullQuotesByChoice(
  choice: readonly string[],
  quotes: readonly Quote[],
  speakers: readonly Speaker[],
  file: string,
): { pullQuotes: PullQuote[]; problems: IngestProblem[] } {
  const pullQuotes: PullQuote[] = [];
  const problems: IngestProblem[] = [];
  choice.forEach((opening, i) => {
    const wanted = matchable(opening);
    const quote = quotes.find((q) => matchable(q.text).startsWith(wanted));
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

/** An entry matches whether or not it was typed with the quotation marks, and with straight or curly apostrophes. */
function matchable(text: string): string {
  return comparable(text, (lowered) => lowered.replace(/[“”"«»„]/g, '').replace(/’/g, "'"));
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
