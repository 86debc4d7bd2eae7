// npm run lighthouse — Lighthouse on the built site (dist/, from
// `npm run build`) served on 127.0.0.1 with the headers of dist/_headers:
// index, article and tag pages, mobile and desktop. Prints the four category
// scores and FCP / LCP / CLS / TBT per page; exits 1 when a page misses 100
// in a category or the mobile LCP exceeds 0.9 s.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, SEED_SLUG } from '../tooling/project.ts';
import { serveStatic } from '../tooling/server.ts';
import { CATEGORIES, formatRows, runLighthouse } from '../tooling/lighthouse.ts';

const lighthouseVersion = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules', 'lighthouse', 'package.json'), 'utf8')) as { version: string }).version;

const outDir = process.env['BENCH_DIST'] ?? 'dist';
const base = process.env['BASE_PATH'] ?? '/';
if (!existsSync(join(outDir, 'index.html'))) {
  console.error(`No built site in ${outDir}/. Run \`npm run build\` first.`);
  process.exit(1);
}
const tag = existsSync(join(outDir, 'tags', 'nato')) ? 'nato' : '';
const site = await serveStatic(outDir, base);
try {
  const pages = [
    { name: 'index', url: site.url },
    { name: 'article', url: `${site.url}articles/${SEED_SLUG}/` },
    { name: 'tag', url: `${site.url}tags/${tag}/` },
  ];
  const rows = await runLighthouse(pages, ['mobile', 'desktop']);
  console.log(`Lighthouse ${lighthouseVersion}, ${new Date().toISOString().slice(0, 10)}, served from ${outDir}/ at ${site.url}\n`);
  console.log(formatRows(rows));
  const misses = [
    ...rows.flatMap((row) => CATEGORIES.filter((c) => row.scores[c] < 100).map((c) => `${row.page} (${row.preset}): ${c} ${row.scores[c]}`)),
    ...rows.filter((row) => row.preset === 'mobile' && row.metrics.lcp > 900).map((row) => `${row.page} (mobile): LCP ${(row.metrics.lcp / 1000).toFixed(2)} s > 0.9 s`),
    ...rows.flatMap((row) => row.failing.map((audit) => `${row.page} (${row.preset}): ${audit}`)),
  ];
  console.log(misses.length === 0 ? '\nTargets met: 100 in all four categories on every page, mobile LCP ≤ 0.9 s.' : `\nMissed:\n  ${misses.join('\n  ')}`);
  process.exitCode = misses.length === 0 ? 0 : 1;
} finally {
  await site.close();
}
