// The scoring rules of the quotation corpus (PolNeAR's training articles,
// laid out as `gold.json` plus `txt/`), so runs compare with each other and
// with human agreement: quotations match by their bags of lower-cased words,
// one to one, best match first; speakers match by surname. Shared by
// `npm run eval:quotes` and its tests.

type SpeakerKind = 'name' | 'relative' | 'contains' | 'coref' | 'none' | 'unnamed';

export interface GoldQuote {
  text: string;
  /** The person's name picked from the annotated span; trusted only for the named kinds. */
  speaker: string | null;
  speaker_kind: SpeakerKind;
  /** The annotated source span as written ("Jason Miller, a Trump spokesman", "he"). */
  speaker_span?: string;
}

export interface GoldArticle {
  quotes: readonly GoldQuote[];
  /** Quoted text scored neither way (headlines, markup). */
  ignore: readonly { text: string }[];
}

interface PredictedQuote {
  text: string;
  speaker: string | null;
}

export interface QuoteCounts {
  gold: number;
  predicted: number;
  matched: number;
  /** Matched quotations whose gold speaker is named (the kinds annotators named, not guessed). */
  named: number;
  /** Of those, the ones whose speaker is right. */
  namedRight: number;
  /** Of those, the ones given no speaker. */
  namedNull: number;
  /** Gold quotations with a named speaker, matched or not. */
  goldNamed: number;
  /** Predictions matched to a gold quotation whose speaker is not named: outside the end-to-end count. */
  matchedUnnamed: number;
}

export interface QuoteScores {
  detection: { precision: number; recall: number; f1: number };
  speakerAccuracy: number;
  endToEnd: { precision: number; recall: number; f1: number };
}

/** The match threshold: shared words over the longer quotation's words. */
const MATCH_THRESHOLD = 0.5;
const NAMED_KINDS: ReadonlySet<SpeakerKind> = new Set(['name', 'relative', 'contains']);

export const NO_QUOTE_COUNTS: QuoteCounts = { gold: 0, predicted: 0, matched: 0, named: 0, namedRight: 0, namedNull: 0, goldNamed: 0, matchedUnnamed: 0 };

export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
}

/** |G ∩ P| / max(|G|, |P|) over bags of words. */
export function overlap(a: readonly string[], b: readonly string[]): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 0;
  const bag = new Map<string, number>();
  for (const word of a) bag.set(word, (bag.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of b) {
    const left = bag.get(word) ?? 0;
    if (left > 0) {
      shared += 1;
      bag.set(word, left - 1);
    }
  }
  return shared / longer;
}

/** Pairs [gold, predicted] matched one to one, the best-overlapping pair first. */
export function matchQuotes(gold: readonly string[], predicted: readonly string[]): Array<[number, number]> {
  const goldWords = gold.map(words);
  const predictedWords = predicted.map(words);
  const candidates: Array<{ g: number; p: number; score: number }> = [];
  goldWords.forEach((g, gi) => {
    predictedWords.forEach((p, pi) => {
      const score = overlap(g, p);
      if (score >= MATCH_THRESHOLD) candidates.push({ g: gi, p: pi, score });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.g - b.g || a.p - b.p);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const { g, p } of candidates) {
    if (usedGold.has(g) || usedPredicted.has(p)) continue;
    usedGold.add(g);
    usedPredicted.add(p);
    pairs.push([g, p]);
  }
  return pairs;
}

function nameWords(name: string): string[] {
  return name.toLowerCase().split(/[\s,]+/u).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')).filter((w) => w !== '');
}

/** The last word that is not a suffix: "Robert F. Kennedy Jr." → "kennedy". */
function surname(name: string): string {
  const parts = nameWords(name).filter((w) => !['jr', 'sr', 'ii', 'iii', 'iv'].includes(w));
  return parts.at(-1) ?? '';
}

/** Right when either side's surname is a word of the other's name. */
export function sameSpeaker(gold: string, predicted: string | null): boolean {
  if (predicted === null) return false;
  const goldSurname = surname(gold);
  const predictedSurname = surname(predicted);
  return (goldSurname !== '' && nameWords(predicted).includes(goldSurname)) || (predictedSurname !== '' && nameWords(gold).includes(predictedSurname));
}

interface ScoredQuote {
  predicted: PredictedQuote;
  gold: GoldQuote | null;
  /** For a match with a named gold speaker: whether the speaker is right. */
  speakerRight?: boolean;
}

export interface ArticleScore {
  counts: QuoteCounts;
  /** Each prediction with its match; ignored predictions are left out. */
  scored: ScoredQuote[];
  /** Gold quotations nothing matched. */
  missed: GoldQuote[];
}

export function scoreArticle(gold: GoldArticle, predicted: readonly PredictedQuote[]): ArticleScore {
  const pairs = matchQuotes(gold.quotes.map((q) => q.text), predicted.map((q) => q.text));
  const goldOf = new Map(pairs.map(([g, p]) => [p, g]));
  const matchedGold = new Set(pairs.map(([g]) => g));
  const ignoredWords = gold.ignore.map((i) => words(i.text));
  const counts: QuoteCounts = { ...NO_QUOTE_COUNTS, gold: gold.quotes.length };
  counts.goldNamed = gold.quotes.filter((q) => NAMED_KINDS.has(q.speaker_kind) && q.speaker !== null).length;
  const scored: ScoredQuote[] = [];
  predicted.forEach((quote, index) => {
    const g = goldOf.get(index);
    const goldQuote = g === undefined ? undefined : gold.quotes[g];
    if (goldQuote === undefined) {
      const predictedWords = words(quote.text);
      if (ignoredWords.some((ignored) => overlap(ignored, predictedWords) >= MATCH_THRESHOLD)) return;
      counts.predicted += 1;
      scored.push({ predicted: quote, gold: null });
      return;
    }
    counts.predicted += 1;
    counts.matched += 1;
    if (!NAMED_KINDS.has(goldQuote.speaker_kind) || goldQuote.speaker === null) {
      counts.matchedUnnamed += 1;
      scored.push({ predicted: quote, gold: goldQuote });
      return;
    }
    const right = sameSpeaker(goldQuote.speaker, quote.speaker);
    counts.named += 1;
    if (right) counts.namedRight += 1;
    if (quote.speaker === null) counts.namedNull += 1;
    scored.push({ predicted: quote, gold: goldQuote, speakerRight: right });
  });
  return { counts, scored, missed: gold.quotes.filter((_, i) => !matchedGold.has(i)) };
}

export function addQuoteCounts(a: QuoteCounts, b: QuoteCounts): QuoteCounts {
  const sum = { ...a };
  for (const key of Object.keys(sum) as Array<keyof QuoteCounts>) sum[key] += b[key];
  return sum;
}

function prf(right: number, predicted: number, gold: number) {
  const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);
  const precision = ratio(right, predicted);
  const recall = ratio(right, gold);
  return { precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
}

/**
 * Detection over every quotation; speaker accuracy over matches with a named
 * gold speaker; end to end over the same subset: a prediction counts when it
 * matches and names the right speaker, against every gold quotation with a
 * named speaker and every prediction not matched to an unnamed one.
 */
export function quoteScores(counts: QuoteCounts): QuoteScores {
  return {
    detection: prf(counts.matched, counts.predicted, counts.gold),
    speakerAccuracy: counts.named === 0 ? 0 : counts.namedRight / counts.named,
    endToEnd: prf(counts.namedRight, counts.predicted - counts.matchedUnnamed, counts.goldNamed),
  };
}
