// npm run bench:pages — what each page type of the built site (dist/, from
// `npm run build`) costs a reader: HTML raw / gzip / brotli, every resource
// needed for first render, request count and JavaScript bytes. The budgets
// are asserted by tests/site/budget.test.ts on the test build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_SLUG } from '../tooling/project.ts';
import { BUDGET } from '../tooling/budget.ts';
import { pageTypes, pageWeight } from '../tooling/pageWeight.ts';

const outDir = process.env['BENCH_DIST'] ?? 'dist';
const base = process.env['BASE_PATH'] ?? '/';
if (!existsSync(join(outDir, 'index.html'))) {
  console.error(`No built site in ${outDir}/. Run \`npm run build\` first (or set BENCH_DIST to a built site).`);
  process.exit(1);
}

const firstTag = readdirSync(join(outDir, 'tags'), { withFileTypes: true }).find((entry) => entry.isDirectory())?.name ?? '';
const tag = existsSync(join(outDir, 'tags', 'nato')) ? 'nato' : firstTag;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const rows = pageTypes(SEED_SLUG, tag).map(([type, path]) => ({ type, weight: pageWeight(outDir, path, base) }));
console.log(`Page weight of ${outDir}/ (base ${base})\n`);
console.log('| page | HTML raw | HTML gzip | HTML brotli | first-render requests | first-render gzip | JS bytes |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const { type, weight } of rows) {
  console.log(
    `| ${type} (${weight.path || '/'}) | ${kb(weight.html.raw)} | ${kb(weight.html.gzip)} | ${kb(weight.html.brotli)} | ${weight.firstRenderRequests} | ${kb(weight.firstRenderGzip)} | ${weight.jsBytes} |`,
  );
}
console.log('\nResources by page (gzip bytes; * = needed for first render):');
for (const { type, weight } of rows) {
  const list = weight.resources.map((r) => `${r.blocking ? '*' : ''}${r.kind} ${r.url} ${r.sizes.gzip} B`);
  console.log(`  ${type}: ${list.length === 0 ? 'none — styles are inlined, no fonts, no scripts' : list.join(', ')}`);
}
const pagefindDir = join(outDir, 'pagefind');
if (existsSync(pagefindDir)) {
  const runtime = ['pagefind.js', 'pagefind-worker.js', 'wasm.en.pagefind'].filter((f) => existsSync(join(pagefindDir, f)));
  const bytes = runtime.reduce((sum, f) => sum + statSync(join(pagefindDir, f)).size, 0);
  console.log(`  search, after first render: Pagefind's runtime (${runtime.join(', ')}) ${kb(bytes)} raw, then index chunks as the reader types.`);
}

const article = rows.find((row) => row.type === 'article')?.weight;
console.log(`\nBudgets: article first render ≤ ${kb(BUDGET.articleFirstRenderGzip)} gzip and ${BUDGET.firstRenderRequests} request; 0 JS bytes except /search/.`);
console.log(`  article: ${kb(article?.firstRenderGzip ?? 0)} gzip, ${article?.firstRenderRequests} request(s).`);
console.log(`  For comparison, the official Astro blog starter (web fonts) sent about 69 KB in 3 requests for the same article when last measured (Astro 5.18).`);
const over =
  (article?.firstRenderGzip ?? Infinity) > BUDGET.articleFirstRenderGzip ||
  article?.firstRenderRequests !== BUDGET.firstRenderRequests ||
  rows.some(({ type, weight }) => type !== 'search' && (weight.jsBytes > 0 || weight.inlineScripts > 0));
console.log(over ? '\nOVER BUDGET' : '\nWithin budget.');
process.exitCode = over ? 1 : 0;
