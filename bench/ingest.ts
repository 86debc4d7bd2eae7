// npm run bench:ingest — ingestion throughput on one very long messy article:
// 20,000 paragraphs, each repeated in a run-on block (about 4 MB in all).
// Prints figures; the target is under 2 s per ingest on this machine. Then
// the throughput of saved HTML pages (below).
import { performance } from 'node:perf_hooks';
import { findQuotations } from '../src/ingest/09-quotes.ts';
import { attributeQuotes } from '../src/ingest/10-speakers.ts';
import { ingestArticle } from '../src/ingest/index.ts';

const PARAGRAPHS = Number(process.env['BENCH_PARAGRAPHS'] ?? 20_000);
const RUNS = 3;
const TARGET_SECONDS = 2;

const SUBJECTS = ['The council', 'Residents', 'The minister', 'Local traders', 'Engineers', 'The committee'];
const VERBS = ['approved', 'questioned', 'rejected', 'welcomed', 'reviewed', 'postponed'];
const OBJECTS = ['the harbour plan', 'a new budget', 'the bridge repairs', 'the rail timetable', 'school funding'];

/** Quotation shapes attribution must read: after, inverted with an appositive, a fragment, a pronoun. */
const QUOTES = [
  (i: number) => `“We need to see the figures for item ${i} first,” councillor Jane Smith said.`,
  (i: number) => `“Item ${i} can wait,” said Tom Hale, the committee’s chair, on Friday.`,
  (i: number) => `Rep. Ana Ruiz (D-Ore.) called item ${i} “a waste of everyone’s time.”`,
  (i: number) => `“I will vote against item ${i},” she told reporters in Salem, Oregon.`,
];

function paragraph(i: number): string {
  const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;
  const base = `${pick(SUBJECTS, i)} ${pick(VERBS, i * 7)} ${pick(OBJECTS, i * 13)} on day ${i}.`;
  return i % 5 === 0
    ? `${base} ${pick(QUOTES, i / 5)(i)}`
    : `${base} The decision affects about ${(i * 37) % 9000} households in ward ${i % 40}.`;
}

const body = Array.from({ length: PARAGRAPHS }, (_, i) => paragraph(i));
const text = ['A very long article', 'A very long article', body.join(''), ...body, '#bench #long', 'Leave a Reply'].join('\n\n');
const bytes = new TextEncoder().encode(text);

const seconds: number[] = [];
let kept = 0;
for (let run = 0; run < RUNS; run += 1) {
  const start = performance.now();
  const result = ingestArticle({ path: 'bench.txt', bytes }, { maxFileBytes: 64 * 1024 * 1024 });
  seconds.push((performance.now() - start) / 1000);
  if (!result.ok) throw new Error('benchmark article was rejected');
  kept = result.value.paragraphs.length;
}
seconds.sort((a, b) => a - b);
const median = seconds[Math.floor(RUNS / 2)] ?? 0;
const megabytes = bytes.length / (1024 * 1024);

console.log(`article: ${PARAGRAPHS} paragraphs + run-on copy, ${megabytes.toFixed(2)} MB; kept ${kept} paragraphs`);
console.log(`runs (s): ${seconds.map((s) => s.toFixed(3)).join(', ')}`);
console.log(`median: ${median.toFixed(3)} s  ·  ${(megabytes / median).toFixed(1)} MB/s  ·  ${Math.round(PARAGRAPHS / median)} paragraphs/s`);
console.log(`target: under ${TARGET_SECONDS} s — ${median < TARGET_SECONDS ? 'met' : 'MISSED'}`);
// What finding quotations and their speakers costs of that: stages 9 and 10 alone on the kept paragraphs.
const attributionSeconds: number[] = [];
for (let run = 0; run < RUNS; run += 1) {
  const start = performance.now();
  attributeQuotes(body, findQuotations(body));
  attributionSeconds.push((performance.now() - start) / 1000);
}
attributionSeconds.sort((a, b) => a - b);
const attributionMedian = attributionSeconds[Math.floor(RUNS / 2)] ?? 0;
console.log(`attribution (${PARAGRAPHS / 5} quotations): median ${attributionMedian.toFixed(3)} s, ${((attributionMedian / median) * 100).toFixed(0)} % of the ingest`);
if (kept !== PARAGRAPHS) {
  console.error(`expected ${PARAGRAPHS} paragraphs, kept ${kept}`);
  process.exitCode = 1;
}

// A saved news page of about 200 KB: the head a news site sends (scripts,
// styles, JSON-LD), menus, share bars and related links around an article
// of 60 paragraphs. The target is at least 20 pages per second.
const PAGE_TARGET_PER_SECOND = 20;
const PAGE_RUNS = 30;

function savedPage(): Uint8Array {
  const menu = `<nav><ul>${Array.from({ length: 60 }, (_, i) => `<li><a href="/section-${i}/">Section ${i}</a></li>`).join('')}</ul></nav>`;
  const script = `<script>${'window.analytics = window.analytics || []; analytics.push({ event: "view", section: "news" });\n'.repeat(1200)}</script>`;
  const style = `<style>${'.story p { margin: 0 0 1rem; line-height: 1.6; font-family: Georgia, serif; }\n'.repeat(1000)}</style>`;
  const related = `<aside class="related"><h2>Related</h2><ul>${Array.from({ length: 40 }, (_, i) => `<li><a href="/story-${i}">Another story number ${i} about the harbour</a></li>`).join('')}</ul></aside>`;
  const article = Array.from({ length: 60 }, (_, i) => `<p>${paragraph(i)} ${paragraph(i + 1000)}</p>${i % 12 === 6 ? `<figure><img src="/p${i}.jpg" alt="Picture ${i}"><figcaption>Picture ${i}. Photograph: Agency</figcaption></figure><div class="share"><a href="https://x.example/share">Share</a></div>` : ''}`).join('\n');
  const ld = `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'A long saved page', datePublished: '2025-02-12T10:00:00Z', author: { '@type': 'Person', name: 'Jo Park' } })}</script>`;
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>A long saved page | The Bench Times</title>${ld}${style}${script}</head><body>${menu}<main><article><h1>A long saved page</h1>${article}</article></main>${related}<footer>${menu}<p>© The Bench Times</p></footer></body></html>`;
  return new TextEncoder().encode(html);
}

const page = savedPage();
const pageSeconds: number[] = [];
for (let run = 0; run < PAGE_RUNS; run += 1) {
  const start = performance.now();
  const result = ingestArticle({ path: 'bench.html', bytes: page });
  pageSeconds.push((performance.now() - start) / 1000);
  if (!result.ok) throw new Error('benchmark page was rejected');
}
pageSeconds.sort((a, b) => a - b);
const pageMedian = pageSeconds[Math.floor(PAGE_RUNS / 2)] ?? 0;
console.log('');
console.log(`saved page: ${(page.length / 1024).toFixed(0)} KB, ${PAGE_RUNS} runs; median ${(pageMedian * 1000).toFixed(1)} ms  ·  ${(1 / pageMedian).toFixed(1)} pages/s`);
console.log(`target: at least ${PAGE_TARGET_PER_SECOND} pages/s — ${1 / pageMedian >= PAGE_TARGET_PER_SECOND ? 'met' : 'MISSED'}`);
