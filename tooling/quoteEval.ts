// Runs Broadsheet's ingestion over a folder of articles annotated with their
// quotations (PolNeAR's layout: gold.json plus txt/) and scores it by
// `quoteScore.ts`. An article ingestion refuses counts as one with no
// quotations found, and is named in the report, never stops the run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ingestArticle } from '../src/ingest/index.ts';
import { addQuoteCounts, NO_QUOTE_COUNTS, quoteScores, scoreArticle, type ArticleScore, type GoldArticle, type QuoteCounts, type QuoteScores } from './quoteScore.ts';

export interface AnnotatedArticle extends GoldArticle {
  id: string;
  /** The article's file, relative to the folder. */
  file: string;
  publisher?: string;
}

export interface ArticleOutcome extends ArticleScore {
  id: string;
  publisher: string;
  /** Why ingestion refused the file, when it did. */
  failure?: string;
}

export interface QuoteReport {
  counts: QuoteCounts;
  scores: QuoteScores;
  byPublisher: Array<{ publisher: string; counts: QuoteCounts; scores: QuoteScores }>;
  millisecondsPerArticle: number;
  articles: ArticleOutcome[];
}

export function readQuoteFolder(folder: string): AnnotatedArticle[] {
  const gold = JSON.parse(readFileSync(join(folder, 'gold.json'), 'utf8')) as { articles: Record<string, Omit<AnnotatedArticle, 'id'>> };
  return Object.entries(gold.articles).map(([id, article]) => ({ id, ...article, ignore: article.ignore ?? [] }));
}

export function evaluateQuotes(folder: string, articles: readonly AnnotatedArticle[]): QuoteReport {
  const outcomes: ArticleOutcome[] = [];
  let milliseconds = 0;
  for (const article of articles) {
    const path = join(folder, article.file);
    const bytes = new Uint8Array(readFileSync(path));
    const start = performance.now();
    const result = ingestArticle({ path, bytes });
    milliseconds += performance.now() - start;
    const predicted = result.ok ? result.value.quotes.map(({ text, speaker }) => ({ text, speaker })) : [];
    const outcome: ArticleOutcome = { id: article.id, publisher: article.publisher ?? '', ...scoreArticle(article, predicted) };
    if (!result.ok) outcome.failure = result.problems.map((p) => p.message).join('; ');
    outcomes.push(outcome);
  }
  const total = outcomes.reduce((sum, o) => addQuoteCounts(sum, o.counts), NO_QUOTE_COUNTS);
  const publishers = [...new Set(outcomes.map((o) => o.publisher))].filter((p) => p !== '').sort();
  const byPublisher = publishers.map((publisher) => {
    const counts = outcomes.filter((o) => o.publisher === publisher).reduce((sum, o) => addQuoteCounts(sum, o.counts), NO_QUOTE_COUNTS);
    return { publisher, counts, scores: quoteScores(counts) };
  });
  return {
    counts: total,
    scores: quoteScores(total),
    byPublisher,
    millisecondsPerArticle: articles.length === 0 ? 0 : milliseconds / articles.length,
    articles: outcomes,
  };
}

const figure = (n: number) => n.toFixed(3);

/** A Markdown table: the whole folder, then each publisher when there are several. */
export function formatQuoteReport(report: QuoteReport): string {
  const row = (name: string, c: QuoteCounts, s: QuoteScores) =>
    `| ${name} | ${c.gold} | ${c.predicted} | ${figure(s.detection.precision)} | ${figure(s.detection.recall)} | ${figure(s.detection.f1)} | ${figure(s.speakerAccuracy)} (${c.namedRight}/${c.named}, ${c.namedNull} none) | ${figure(s.endToEnd.precision)} | ${figure(s.endToEnd.recall)} | ${figure(s.endToEnd.f1)} |`;
  const lines = [
    '| articles | gold | found | detection P | R | F1 | speaker accuracy | end-to-end P | R | F1 |',
    '|---|---|---|---|---|---|---|---|---|---|',
    row(`all ${report.articles.length}`, report.counts, report.scores),
  ];
  if (report.byPublisher.length > 1) for (const p of report.byPublisher) lines.push(row(p.publisher, p.counts, p.scores));
  const failures = report.articles.filter((a) => a.failure !== undefined);
  lines.push('', `${report.millisecondsPerArticle.toFixed(1)} ms per article (ingestion, whole).`);
  if (failures.length > 0) lines.push(`${failures.length} articles refused by ingestion: ${failures.slice(0, 3).map((f) => `${f.id} (${f.failure})`).join(', ')}`);
  return lines.join('\n');
}
