// Runs extractors over annotated pages and scores them, each page read and
// decoded once and handed to every system in turn, each system timed on its
// own. A system that throws or finds nothing on a page is scored as empty
// output there and counted, never stops the run. The report is a Markdown
// table, so it can be pasted into the README as it is.
import { performance } from 'node:perf_hooks';
import { decodeAsBrowser, pageBytes, type AnnotatedPage } from './extractionCorpus.ts';
import { addCounts, NO_SEGMENTS, scorePage, scoresOf, type Scores, type SegmentCounts } from './extractionScore.ts';
import type { ExtractionSystem } from './extractionSystems.ts';

export interface PageOutcome {
  name: string;
  counts: SegmentCounts;
  milliseconds: number;
  /** `no article` when the system returned nothing; the message when it threw. */
  failure?: string;
}

export interface SystemReport {
  system: string;
  description: string;
  counts: SegmentCounts;
  scores: Scores;
  millisecondsPerPage: number;
  pages: PageOutcome[];
}

const NO_ARTICLE = 'no article';
/** Pages listed as slowest, per system. */
const SLOWEST_SHOWN = 3;
/** Failure messages shown in full, per system; the rest are counted. */
const FAILURES_SHOWN = 3;

export function evaluateSystems(
  pages: readonly AnnotatedPage[],
  systems: readonly ExtractionSystem[],
  onPage: (done: number, total: number) => void = () => {},
): SystemReport[] {
  const outcomes = systems.map((): PageOutcome[] => []);
  pages.forEach((page, index) => {
    const bytes = pageBytes(page);
    const input = { name: page.name, bytes, html: decodeAsBrowser(bytes).html };
    systems.forEach((system, which) => {
      let output: string | null = null;
      let failure: string | undefined;
      const start = performance.now();
      try {
        output = system.extract(input);
        if (output === null) failure = NO_ARTICLE;
      } catch (error) {
        failure = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      }
      const milliseconds = performance.now() - start;
      const outcome: PageOutcome = { name: page.name, counts: scorePage(output, page.annotation), milliseconds };
      if (failure !== undefined) outcome.failure = failure;
      outcomes[which]?.push(outcome);
    });
    onPage(index + 1, pages.length);
  });
  return systems.map((system, which) => systemReport(system, outcomes[which] ?? []));
}

/** A system's totals from its pages' outcomes: the counts summed first, then the ratios. */
function systemReport(system: Pick<ExtractionSystem, 'name' | 'description'>, pages: PageOutcome[]): SystemReport {
  const counts = pages.reduce((sum, page) => addCounts(sum, page.counts), NO_SEGMENTS);
  const milliseconds = pages.reduce((sum, page) => sum + page.milliseconds, 0);
  return {
    system: system.name,
    description: system.description,
    counts,
    scores: scoresOf(counts),
    millisecondsPerPage: pages.length === 0 ? 0 : milliseconds / pages.length,
    pages,
  };
}

export function formatReport(reports: readonly SystemReport[]): string {
  const pages = reports[0]?.pages.length ?? 0;
  const lines = [
    `${pages} pages.`,
    '',
    '| system | TP | FP | FN | TN | precision | recall | F1 | ms/page | no article | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...reports.map((report) => {
      const { truePositives, falsePositives, falseNegatives, trueNegatives } = report.counts;
      const { precision, recall, f1 } = report.scores;
      const failed = (pages: PageOutcome[]) => pages.filter((page) => page.failure !== undefined);
      const empty = failed(report.pages).filter((page) => page.failure === NO_ARTICLE).length;
      const errors = failed(report.pages).length - empty;
      return `| ${report.system} | ${truePositives} | ${falsePositives} | ${falseNegatives} | ${trueNegatives} | ${precision.toFixed(3)} | ${recall.toFixed(3)} | ${f1.toFixed(3)} | ${report.millisecondsPerPage.toFixed(1)} | ${empty} | ${errors} |`;
    }),
    '',
  ];
  for (const report of reports) {
    lines.push(`- ${report.system}: ${report.description}.`);
    const slowest = [...report.pages].sort((a, b) => b.milliseconds - a.milliseconds).slice(0, SLOWEST_SHOWN);
    if (slowest.length > 0) lines.push(`  Slowest: ${slowest.map((page) => `${page.name} ${Math.round(page.milliseconds)} ms`).join(', ')}.`);
    const errors = report.pages.filter((page) => page.failure !== undefined && page.failure !== NO_ARTICLE);
    for (const page of errors.slice(0, FAILURES_SHOWN)) lines.push(`  Error on ${page.name}: ${page.failure}`);
    if (errors.length > FAILURES_SHOWN) lines.push(`  …and ${errors.length - FAILURES_SHOWN} more errors (--json lists them all).`);
  }
  return lines.join('\n');
}
