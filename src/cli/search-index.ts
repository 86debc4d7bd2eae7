// `npm run build`'s second step: Pagefind indexes the built article pages
// (pagefind.yml) in its own process, after Astro has exited, so its memory
// never adds to Astro's. A site with no articles yet has nothing to index:
// Pagefind would fail on it, and its search page already says there is
// nothing to search. Arguments are passed on to Pagefind (`--site DIR`).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const siteFlag = args.indexOf('--site');
const site = siteFlag === -1 ? 'dist' : (args[siteFlag + 1] ?? 'dist');
const articles = join(site, 'articles');

if (!existsSync(articles) || readdirSync(articles).length === 0) {
  console.log(`search index: no articles in ${site} yet, so there is nothing to index`);
} else {
  const pagefind = join(import.meta.dirname, '..', '..', 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
  const run = spawnSync(process.execPath, [pagefind, ...args], { stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
}
