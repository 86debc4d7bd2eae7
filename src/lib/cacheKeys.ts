// Cache keys for Astro's incremental builds (experimental.incrementalBuild):
// a page from getStaticPaths() is restored from the last build, not
// rendered, when its key and the code it is made of are unchanged. Astro
// hashes the code, the config (site, base, …) and the lock file itself; a key
// names the rest of what the page shows: the articles it renders (an entry's
// digest covers its file, its sidecar and the code that ingested it), their
// order, the page's place in a list, and the environment switches that pages
// read without Astro knowing.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Article } from '../ingest/schema.ts';

const digests = new WeakMap<Article, string>();

/** Records an article's content-store digest; the collection query calls it for every entry. */
export function rememberDigest(article: Article, digest: string | number | undefined): void {
  if (digest !== undefined) digests.set(article, String(digest));
}

/**
 * What every page depends on outside Astro's own hashes: whether social
 * cards are made (og:image tags) and which content folder is read (its
 * entries' ids are file names, which two folders may share).
 */
function environmentKey(): string {
  return JSON.stringify([process.env['SOCIAL_CARDS'] === 'off', resolve(process.env['CONTENT_DIR'] ?? 'content/articles')]);
}

/** The key of a page that shows `articles` (in that order, absent ones as gaps) and the `extra` facts named. */
export function pageCacheKey(articles: ReadonlyArray<Article | undefined>, ...extra: Array<string | number>): string {
  const hash = createHash('sha256').update(environmentKey());
  for (const value of extra) hash.update(`\0${value}`);
  // An entry always has a digest (the loader sets one); without one, the article's own text stands in.
  for (const article of articles) hash.update(`\0${article === undefined ? '-' : (digests.get(article) ?? JSON.stringify(article))}`);
  return hash.digest('base64url');
}
