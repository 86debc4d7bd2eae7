// npm run bench — build speed and memory of Broadsheet against a plain Astro
// 7 site (bench/baseline/) on the same synthetic articles: cold builds
// alternating A B A B, and after each cold build of either site, its warm
// builds (Astro's incremental build) after adding, editing and deleting one
// article, each compared with the cold build just before it; then
// social-card throughput. Prints every figure and writes bench/RESULTS.md.
//
// BENCH_SIZES (default "1000,5000") and BENCH_PAIRS (default "3,1") change
// the corpus sizes and the number of pairs at each (the machines are noisy:
// ratios are taken within a pair, then the median); BENCH_CARDS (default
// 100) the number of social cards rendered; BENCH_FORMAT=html gives
// Broadsheet saved web pages instead of messy text.
import { availableParallelism, tmpdir, totalmem } from 'node:os';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { cardContent } from '../src/cards/content.ts';
import { cachedCard, cardStats } from '../src/cards/render.ts';
import { ingestArticle } from '../src/ingest/index.ts';
import { bin, buildCaches, buildEnvironment, buildSteps } from '../tooling/build.ts';
import { PROJECT_ROOT } from '../tooling/project.ts';
import { benchArticle, cleanMarkdown, messyText, writeCorpus, writeRawArticle } from './lib/corpus.ts';
import { measure, measureSteps, type Measured } from './lib/measure.ts';

const ROOT = PROJECT_ROOT;
const BASELINE = join(ROOT, 'bench', 'baseline');
const ASTRO = bin('astro');
const SIZES = (process.env['BENCH_SIZES'] ?? '1000,5000').split(',').map(Number);
const PAIRS = (process.env['BENCH_PAIRS'] ?? '3,1').split(',').map(Number);
const CARDS = Number(process.env['BENCH_CARDS'] ?? 100);
const FORMAT = process.env['BENCH_FORMAT'] === 'html' ? 'html' : 'txt';

interface Build {
  site: 'broadsheet' | 'baseline';
  size: number;
  seconds: number;
  pages: number;
  peakRssMB: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
};
const fixed = (n: number, digits = 2) => n.toFixed(digits);

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;
}

const environment = (extra: Record<string, string>) => buildEnvironment({ NODE_ENV: 'production', ...extra });

function removeCaches(root: string): void {
  for (const cache of buildCaches(root)) rmSync(cache, { recursive: true, force: true });
}

function failed(what: string, run: Measured): never {
  console.error(`${what} failed (exit ${run.status}):\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
  process.exit(1);
}

/** Broadsheet's output folder: a cold build starts a new one, warm builds go into it in place, as `npm run build` does into dist/. */
let broadsheetOut = '';

async function buildBroadsheet(content: string, size: number, { cold }: { cold: boolean }): Promise<Build & { run: Measured }> {
  if (cold) {
    removeCaches(ROOT);
    if (broadsheetOut !== '') rmSync(broadsheetOut, { recursive: true, force: true });
    broadsheetOut = mkdtempSync(join(tmpdir(), 'broadsheet-bench-out-'));
  }
  // What `npm run build` runs, without npm's own process.
  const run = await measureSteps(buildSteps(broadsheetOut), { cwd: ROOT, env: environment({ CONTENT_DIR: content, SOCIAL_CARDS: 'off' }) });
  if (run.status !== 0) failed('Broadsheet build', run);
  const pages = countPages(broadsheetOut);
  return { site: 'broadsheet', size, seconds: run.seconds, pages, peakRssMB: run.peakRssBytes / 2 ** 20, run };
}

async function buildBaseline(content: string, size: number, { cold }: { cold: boolean }): Promise<Build & { run: Measured }> {
  if (cold) removeCaches(BASELINE);
  const outDir = mkdtempSync(join(tmpdir(), 'broadsheet-bench-baseline-'));
  // Run from its own folder: `--root` from elsewhere makes Astro look for the caller's .astro/.
  const run = await measure(ASTRO, ['build', '--outDir', outDir], { cwd: BASELINE, env: environment({ BASELINE_CONTENT_DIR: content }) });
  if (run.status !== 0) failed('Baseline build', run);
  const pages = countPages(outDir);
  rmSync(outDir, { recursive: true, force: true });
  return { site: 'baseline', size, seconds: run.seconds, pages, peakRssMB: run.peakRssBytes / 2 ** 20, run };
}

const INGESTED = /ingested (\d+) of (\d+) article files \((\d+) unchanged\)/;
/**
 * Astro logs one line per route it writes: `├─ /articles/x/index.html (+2ms)`,
 * `(restored)` when it copied the last build's from its cache, or `(cached)`
 * when the last build's file was still in place.
 */
const ROUTE = /[├└]─ \/\S+/g;
const REUSED = / \((?:restored|cached)\)$/gm;

interface WarmRun {
  site: Build['site'];
  size: number;
  change: 'add' | 'edit' | 'delete';
  cold: number;
  warm: number;
  /** Routes (pages, feeds, cards) Astro reused from the last build (restored or kept in place) instead of rendering them, of all it wrote. */
  reused: number;
  routes: number;
  /** Broadsheet only: "N of M (K unchanged)" from the loader's log. */
  ingested: string;
}

/** Adds, edits or deletes one article, in the site's own folder and format. */
function changeCorpus(site: Build['site'], corpus: { raw: string; md: string }, size: number, change: WarmRun['change']): void {
  const dir = site === 'broadsheet' ? corpus.raw : corpus.md;
  const write = (i: number) => {
    if (site === 'broadsheet') writeRawArticle(dir, i, FORMAT);
    else writeFileSync(join(dir, `${benchArticle(i).slug}.md`), cleanMarkdown(benchArticle(i)));
  };
  const file = (i: number) => join(dir, `${benchArticle(i).slug}.${site === 'broadsheet' ? FORMAT : 'md'}`);
  if (change === 'add') write(size);
  if (change === 'edit') {
    const correction = 'A correction was added to this report after publication.';
    if (file(0).endsWith('.html')) writeFileSync(file(0), readFileSync(file(0), 'utf8').replace('</article>', `<p>${correction}</p></article>`));
    else appendFileSync(file(0), `\n\n${correction}\n`);
  }
  if (change === 'delete') {
    rmSync(file(1));
    if (site === 'broadsheet' && FORMAT === 'txt') rmSync(file(1).replace(/\.txt$/, '.yml'));
  }
}

/** After a cold build of a site: a warm build after each kind of change, compared with that cold build. */
async function warmBuilds(
  site: Build['site'],
  corpus: { raw: string; md: string },
  size: number,
  cold: number,
  build: (cold: boolean) => Promise<Build & { run: Measured }>,
): Promise<WarmRun[]> {
  const runs: WarmRun[] = [];
  for (const change of ['add', 'edit', 'delete'] as const) {
    changeCorpus(site, corpus, size, change);
    const warm = await build(false);
    const counted = INGESTED.exec(warm.run.stdout);
    const ingested = counted === null ? '' : `${counted[1]} of ${counted[2]} (${counted[3]} unchanged)`;
    const reused = warm.run.stdout.match(REUSED)?.length ?? 0;
    const routes = warm.run.stdout.match(ROUTE)?.length ?? 0;
    runs.push({ site, size, change, cold, warm: warm.seconds, reused, routes, ingested });
    console.log(
      `N=${size} ${site} warm after ${change}: ${fixed(warm.seconds)} s after a cold ${fixed(cold)} s (ratio ${fixed(warm.seconds / cold)}); ` +
        `${reused} of ${routes} routes reused${ingested === '' ? '' : `; re-ingested ${ingested}`}`,
    );
  }
  return runs;
}

async function main(): Promise<void> {
  const astroVersion = (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'astro', 'package.json'), 'utf8')) as { version: string }).version;
  const machine = `${availableParallelism()} CPUs (nproc), ${fixed(totalmem() / 2 ** 30, 1)} GiB memory, Node ${process.version}, Astro ${astroVersion}`;
  const date = new Date().toISOString().slice(0, 10);
  console.log(`Build benchmark, ${date}: ${machine}`);
  console.log('Cold builds (the .astro/ and node_modules/.astro/ caches of both sites removed before each), SOCIAL_CARDS=off.\n');

  const work = mkdtempSync(join(tmpdir(), 'broadsheet-bench-'));
  const builds: Build[] = [];
  const ratios: Array<{ size: number; time: number; rss: number }> = [];
  const warmRuns: WarmRun[] = [];

  for (const [k, size] of SIZES.entries()) {
    const pairs = PAIRS[k] ?? 1;
    for (let pair = 1; pair <= pairs; pair += 1) {
      // A fresh corpus per pair: the warm builds of the pair before changed it.
      const corpus = writeCorpus(join(work, `${size}-${pair}`), size, FORMAT);
      const a = await buildBroadsheet(corpus.raw, size, { cold: true });
      warmRuns.push(...(await warmBuilds('broadsheet', corpus, size, a.seconds, (cold) => buildBroadsheet(corpus.raw, size, { cold }))));
      const b = await buildBaseline(corpus.md, size, { cold: true });
      warmRuns.push(...(await warmBuilds('baseline', corpus, size, b.seconds, (cold) => buildBaseline(corpus.md, size, { cold }))));
      builds.push(a, b);
      const ratio = { size, time: a.seconds / b.seconds, rss: a.peakRssMB / b.peakRssMB };
      ratios.push(ratio);
      console.log(
        `N=${size} pair ${pair}: Broadsheet ${fixed(a.seconds)} s (${a.pages} pages, ${fixed(a.pages / a.seconds, 0)} pages/s, ${fixed(a.peakRssMB, 0)} MB) · ` +
          `baseline ${fixed(b.seconds)} s (${b.pages} pages, ${fixed(b.pages / b.seconds, 0)} pages/s, ${fixed(b.peakRssMB, 0)} MB) · ratio time ${fixed(ratio.time)}, RSS ${fixed(ratio.rss)}`,
      );
    }
  }

  // Social cards, on their own: not part of the comparison (the baseline has none).
  const cache = mkdtempSync(join(tmpdir(), 'broadsheet-bench-cards-'));
  const contents = Array.from({ length: CARDS }, (_, i) => {
    const article = benchArticle(i);
    const result = ingestArticle({ path: `${article.slug}.txt`, bytes: messyText(article, i), sidecar: { path: `${article.slug}.yml`, bytes: Buffer.from(`date: ${article.date}\n`) } });
    if (!result.ok) throw new Error(`bench article ${i} was rejected`);
    return cardContent(result.value, 'Broadsheet');
  });
  const renderStart = performance.now();
  for (const content of contents) await cachedCard(content, cache);
  const renderSeconds = (performance.now() - renderStart) / 1000;
  const rendered = cardStats.rendered;
  const reuseStart = performance.now();
  for (const content of contents) await cachedCard(content, cache);
  const reuseSeconds = (performance.now() - reuseStart) / 1000;
  const reused = cardStats.reused;
  rmSync(cache, { recursive: true, force: true });
  console.log(
    `\nSocial cards: ${rendered} rendered in ${fixed(renderSeconds)} s (${fixed(CARDS / renderSeconds, 1)} cards/s); ` +
      `the same ${CARDS} again: ${reused} reused from the cache, ${cardStats.rendered - rendered} rendered, ${fixed(reuseSeconds, 3)} s`,
  );

  // Summary and targets.
  const lines: string[] = [];
  lines.push(`| N | Broadsheet time (s) | baseline time (s) | time ratio | Broadsheet peak RSS (MB) | baseline peak RSS (MB) | RSS ratio | Broadsheet pages/s | baseline pages/s |`);
  lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const summary = new Map<number, { a: number; b: number; rssA: number; rssB: number; time: number; rss: number }>();
  for (const size of SIZES) {
    const of = (site: Build['site']) => builds.filter((build) => build.size === size && build.site === site);
    const a = of('broadsheet');
    const b = of('baseline');
    const row = {
      a: median(a.map((x) => x.seconds)),
      b: median(b.map((x) => x.seconds)),
      rssA: median(a.map((x) => x.peakRssMB)),
      rssB: median(b.map((x) => x.peakRssMB)),
      time: median(ratios.filter((r) => r.size === size).map((r) => r.time)),
      rss: median(ratios.filter((r) => r.size === size).map((r) => r.rss)),
    };
    summary.set(size, row);
    lines.push(
      `| ${size} | ${fixed(row.a)} | ${fixed(row.b)} | ${fixed(row.time)} | ${fixed(row.rssA, 0)} | ${fixed(row.rssB, 0)} | ${fixed(row.rss)} | ` +
        `${fixed(median(a.map((x) => x.pages / x.seconds)), 0)} | ${fixed(median(b.map((x) => x.pages / x.seconds)), 0)} |`,
    );
  }
  const table = lines.join('\n');
  console.log(`\nMedians (ratios are Broadsheet/baseline per pair, then the median):\n${table}`);

  const checks: Array<[string, boolean]> = [];
  for (const [size, row] of summary) {
    checks.push([`time ratio ≤ 1.0 at N=${size} (${fixed(row.time)})`, row.time <= 1]);
    checks.push([`peak RSS ratio ≤ 1.0 at N=${size} (${fixed(row.rss)})`, row.rss <= 1]);
  }
  const small = summary.get(SIZES[0] ?? 0);
  const large = summary.get(SIZES.at(-1) ?? 0);
  let scale = '';
  if (small !== undefined && large !== undefined && SIZES.length > 1) {
    const factor = (SIZES.at(-1) ?? 1) / (SIZES[0] ?? 1);
    const growth = large.a / small.a;
    // Linear scaling makes the ratio equal to the size factor (5 for 5,000/1,000): anything above is superlinear.
    checks.push([`${SIZES.at(-1)}/${SIZES[0]} time ratio ≤ ${factor} (${fixed(growth)})`, growth <= factor]);
    const perArticle = (large.a - small.a) / ((SIZES.at(-1) ?? 0) - (SIZES[0] ?? 0));
    const rssPerArticle = (large.rssA - small.rssA) / ((SIZES.at(-1) ?? 0) - (SIZES[0] ?? 0));
    const time100k = large.a + perArticle * (100_000 - (SIZES.at(-1) ?? 0));
    const rss100k = large.rssA + rssPerArticle * (100_000 - (SIZES.at(-1) ?? 0));
    scale =
      `Extrapolated linearly from the measured slope (${fixed(perArticle * 1000, 1)} ms and ${fixed(rssPerArticle * 1024, 0)} KB per article): ` +
      `a cold build of 100,000 articles would take about ${fixed(time100k / 60, 0)} min and peak near ${fixed(rss100k / 1024, 1)} GB.`;
    console.log(`\n${scale}`);
  }
  const warmRatio = (site: Build['site'], size: number) => median(warmRuns.filter((run) => run.site === site && run.size === size).map((run) => run.warm / run.cold));
  for (const size of SIZES) {
    const target = size >= 5000 ? 0.5 : 0.7;
    const ours = warmRatio('broadsheet', size);
    checks.push([`warm build after one change ≤ ${target} of the cold build at N=${size} (${fixed(ours)}; plain Astro 7's own: ${fixed(warmRatio('baseline', size))})`, ours <= target]);
  }
  const ours = warmRuns.filter((run) => run.site === 'broadsheet');
  checks.push([`each warm build re-ingests at most the one changed file (${[...new Set(ours.map((run) => run.ingested))].join('; ')})`, ours.every((run) => /^[01] of/.test(run.ingested))]);
  checks.push([`an unchanged card is reused, not re-rendered (${reused} of ${CARDS} reused)`, reused === CARDS && cardStats.rendered === rendered]);
  console.log('\nTargets:');
  for (const [text, ok] of checks) console.log(`  ${ok ? 'met    ' : 'MISSED '} ${text}`);

  const results = [
    '# Build benchmark results',
    '',
    `Written by \`npm run bench\` on ${date}: ${machine}.`,
    `Synthetic corpora of messy articles (bench/lib/corpus.ts) for Broadsheet and the same articles as clean Markdown for the plain Astro site in bench/baseline/; cold caches; SOCIAL_CARDS=off; pairs alternate Broadsheet, baseline.`,
    '',
    '## Per build',
    '',
    '| N | site | time (s) | pages | pages/s | peak RSS (MB) |',
    '| ---: | --- | ---: | ---: | ---: | ---: |',
    ...builds.map((b) => `| ${b.size} | ${b.site} | ${fixed(b.seconds)} | ${b.pages} | ${fixed(b.pages / b.seconds, 0)} | ${fixed(b.peakRssMB, 0)} |`),
    '',
    '## Ratios per pair (Broadsheet / baseline)',
    '',
    '| N | time | peak RSS |',
    '| ---: | ---: | ---: |',
    ...ratios.map((r) => `| ${r.size} | ${fixed(r.time)} | ${fixed(r.rss)} |`),
    '',
    '## Medians',
    '',
    table,
    '',
    '## Warm builds (Astro incremental builds) after one change, against the cold build just before',
    '',
    '| N | site | change | warm (s) | cold (s) | warm / cold | routes reused | re-ingested |',
    '| ---: | --- | --- | ---: | ---: | ---: | ---: | --- |',
    ...warmRuns.map((r) => `| ${r.size} | ${r.site} | ${r.change} | ${fixed(r.warm)} | ${fixed(r.cold)} | ${fixed(r.warm / r.cold)} | ${r.reused} of ${r.routes} | ${r.ingested} |`),
    '',
    `Social cards: ${fixed(CARDS / renderSeconds, 1)} cards/s rendered; a second pass over the same ${CARDS} articles reused ${reused} from the cache in ${fixed(reuseSeconds, 3)} s.`,
    '',
    ...(scale === '' ? [] : [scale, '']),
    '## Targets',
    '',
    ...checks.map(([text, ok]) => `- ${ok ? 'met' : '**missed**'}: ${text}`),
    '',
  ].join('\n');
  writeFileSync(join(ROOT, 'bench', 'RESULTS.md'), results);
  console.log('\nWrote bench/RESULTS.md');
  rmSync(work, { recursive: true, force: true });
  rmSync(broadsheetOut, { recursive: true, force: true });
  if (existsSync(join(BASELINE, 'node_modules'))) rmSync(join(BASELINE, 'node_modules'), { recursive: true, force: true });
}

await main();
