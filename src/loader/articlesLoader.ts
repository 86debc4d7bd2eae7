// The Astro Content Layer loader: reads content/articles/*.{txt,md} (and
// sidecars) through the ingestion core and stores one typed entry per file
// (src/loader/storedArticle.ts says what of it the store keeps).
// Unchanged files are skipped by digest; in `astro dev` the folder is watched
// and edits show up without a restart. Bad files fail the build with the
// same file-named messages as `npm run ingest`.
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatProblem, type IngestProblem } from '../ingest/index.ts';
import { authorError, problemCount, recordContentProblems } from '../lib/contentProblems.ts';
import { listArticleFiles, readArticleSources } from '../ingest/files.ts';
import { SlugRegistry } from '../ingest/slug.ts';
import { entryCodeVersion } from './codeVersion.ts';
import { ingestAll } from './ingestPool.ts';


export interface ArticlesLoaderOptions {
  /** Folder of raw articles, relative to the project root. */
  dir: string;
}

export function articlesLoader({ dir }: ArticlesLoaderOptions): Loader {
  return {
    name: 'broadsheet-articles',
    load: async (context) => {
      const folder = resolve(fileURLToPath(context.config.root), dir);
      if (!existsSync(folder) || !statSync(folder).isDirectory()) {
        throw authorError(
          `The content folder ${dir} does not exist (or is not a folder).`,
          'Create it and put articles in it, or point CONTENT_DIR at the folder that holds them.',
        );
      }
      await syncArticles(context, folder);
      // One sync at a time, the last after the last change: two interleaved
      // syncs could let one that read the files before a fix finish last.
      let running = Promise.resolve();
      let queued = false;
      context.watcher?.add(folder);
      context.watcher?.on('all', (_event, path) => {
        if (!resolve(path).startsWith(folder) || queued) return;
        queued = true;
        running = running
          .then(() => {
            queued = false;
            return syncArticles(context, folder);
          })
          .catch((error: unknown) => context.logger.error(String(error)));
      });
    },
  };
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function syncArticles({ store, parseData, generateDigest, logger, config, watcher }: LoaderContext, folder: string): Promise<void> {
  const watching = watcher !== undefined;
  const root = fileURLToPath(config.root);
  const codeVersion = entryCodeVersion(root);
  // Paths in messages: relative to the project when inside it, as given otherwise.
  const display = (path: string) => (relative(root, path).startsWith('..') ? path : relative(root, path));
  const listing = listArticleFiles(folder);
  const read = readArticleSources(listing.files);
  const problems: IngestProblem[] = [...listing.problems, ...read.problems];
  const stale = new Set(store.keys());
  const slugs = new SlugRegistry();

  // Which files changed since the last sync, by digest: only they are ingested.
  const entries = read.sources.map((source) => {
    const id = relative(folder, source.path);
    // Everything the entry is made from: the code, the file's name (its slug
    // comes from it), its bytes and its sidecar. Pages' cache keys rest on it.
    const digest = generateDigest(
      `${codeVersion}\0${id}\0${sha256(source.bytes)}\0${source.sidecar === undefined ? '' : sha256(source.sidecar.bytes)}`,
    );
    const existing = store.get(id);
    const slug = typeof existing?.data['slug'] === 'string' ? existing.data['slug'] : undefined;
    return { source, id, digest, slug: existing?.digest === digest ? slug : undefined };
  });
  const changed = entries.filter((entry) => entry.slug === undefined);
  const results = await ingestAll(
    changed.map(({ source }) => ({
      ...source,
      path: display(source.path),
      sidecar: source.sidecar && { ...source.sidecar, path: display(source.sidecar.path) },
    })),
  );
  const ingestedById = new Map(changed.map((entry, i) => [entry.id, results[i]]));
  results.length = 0;

  for (const { source, id, digest, slug: unchanged } of entries) {
    stale.delete(id);
    let slug = unchanged;
    const result = ingestedById.get(id);
    // Stored below as parseData's copy: this one can go now, not after the last file.
    ingestedById.delete(id);
    if (result !== undefined) {
      if (!result.ok) {
        problems.push(...result.problems);
        store.delete(id);
        continue;
      }
      const data = await parseData({ id, data: result.value });
      store.set({ id, data, digest, filePath: relative(root, source.path) });
      slug = result.value.slug;
    }
    if (slug === undefined) continue;
    const taken = slugs.claim(slug, display(source.path));
    if (taken !== null) problems.push(taken);
  }
  // Forget articles whose files were deleted.
  for (const id of stale) store.delete(id);

  logger.info(`ingested ${changed.length} of ${read.sources.length} article files (${read.sources.length - changed.length} unchanged)`);
  recordContentProblems(problems.map(formatProblem));
  if (problems.length === 0) return;
  for (const problem of problems) logger.error(formatProblem(problem));
  // `astro dev`: the good articles are served and the pages show the problems in Astro's overlay until they are fixed.
  if (watching) return;
  // The error that stops the build carries no file text (each problem is logged
  // above on its own line), which Astro would otherwise scan for hints.
  throw authorError(`${problemCount(problems.length)} (listed above)`, 'Fix the files named above; `npm run ingest -- FILE` shows what ingestion makes of one.');
}
