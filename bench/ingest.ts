// npm run bench:ingest — ingestion throughput on one very long messy article:
// 20,000 paragraphs, each repeated in a run-on block (about 4 MB in all).
// Prints figures; the target is under 2 s per ingest on this machine.
import { performance } from 'node:perf_hooks';
import { ingestArticle } from '../src/ingest/index.ts';

const PARAGRAPHS = Number(process.env['BENCH_PARAGRAPHS'] ?? 20_000);
const RUNS = 3;
const TARGET_SECONDS = 2;

const SUBJECTS = ['The council', 'Residents', 'The minister', 'Local traders', 'Engineers', 'The committee'];
const VERBS = ['approved', 'questioned', 'rejected', 'welcomed', 'reviewed', 'postponed'];
const OBJECTS = ['the harbour plan', 'a new budget', 'the bridge repairs', 'the rail timetable', 'school funding'];

function paragraph(i: number): string {
  const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;
  const base = `${pick(SUBJECTS, i)} ${pick(VERBS, i * 7)} ${pick(OBJECTS, i * 13)} on day ${i}.`;
  return i % 5 === 0
    ? `${base} “We need to see the figures for item ${i} first,” councillor Jane Smith said.`
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
if (kept !== PARAGRAPHS) {
  console.error(`expected ${PARAGRAPHS} paragraphs, kept ${kept}`);
  process.exitCode = 1;
}
