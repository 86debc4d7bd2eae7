// Lighthouse against pages served on 127.0.0.1, in the system
// Chromium (launched by chrome-launcher with the flags of tooling/chromium.ts), with
// the mobile (default) and desktop presets.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_FLAGS, findChromium } from './chromium.ts';

export type Preset = 'mobile' | 'desktop';
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseRow {
  page: string;
  preset: Preset;
  scores: Record<Category, number>;
  /** Milliseconds, except CLS (unitless). */
  metrics: { fcp: number; lcp: number; cls: number; tbt: number };
  /** Audits that scored below 1 in the categories other than performance, for a readable failure. */
  failing: string[];
}

export async function runLighthouse(pages: Array<{ name: string; url: string }>, presets: readonly Preset[]): Promise<LighthouseRow[]> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'broadsheet-lighthouse-'));
  const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: [...CHROMIUM_FLAGS, `--user-data-dir=${userDataDir}`], userDataDir: false });
  const rows: LighthouseRow[] = [];
  try {
    for (const preset of presets) {
      for (const page of pages) {
        const result = await lighthouse(page.url, { port: chrome.port, logLevel: 'error', output: 'json' }, preset === 'desktop' ? desktopConfig : undefined);
        if (result === undefined) throw new Error(`Lighthouse returned nothing for ${page.url}`);
        const { lhr } = result;
        if (lhr.runtimeError !== undefined) throw new Error(`Lighthouse failed on ${page.url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        const score = (category: Category) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
        const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
        const failing = CATEGORIES.filter((category) => category !== 'performance').flatMap((category) =>
          (lhr.categories[category]?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => {
              const details = lhr.audits[ref.id]?.details as { items?: Array<{ node?: { snippet?: string } }> } | undefined;
              const nodes = (details?.items ?? []).map((item) => item.node?.snippet).filter(Boolean).slice(0, 5);
              return `${category}: ${ref.id} — ${lhr.audits[ref.id]?.title ?? ''}${nodes.length > 0 ? ` (${nodes.join(' ')})` : ''}`;
            }),
        );
        rows.push({
          page: page.name,
          preset,
          scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
          metrics: {
            fcp: numeric('first-contentful-paint'),
            lcp: numeric('largest-contentful-paint'),
            cls: numeric('cumulative-layout-shift'),
            tbt: numeric('total-blocking-time'),
          },
          failing,
        });
      }
    }
  } finally {
    chrome.kill();
    rmSync(userDataDir, { recursive: true, force: true });
  }
  return rows;
}

export function formatRows(rows: readonly LighthouseRow[]): string {
  const lines = [
    '| page | preset | performance | accessibility | best practices | SEO | FCP | LCP | CLS | TBT |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${row.page} | ${row.preset} | ${row.scores.performance} | ${row.scores.accessibility} | ${row.scores['best-practices']} | ${row.scores.seo} | ` +
        `${(row.metrics.fcp / 1000).toFixed(2)} s | ${(row.metrics.lcp / 1000).toFixed(2)} s | ${row.metrics.cls.toFixed(3)} | ${Math.round(row.metrics.tbt)} ms |`,
    ),
  ];
  return lines.join('\n');
}
