// After Astro has written the pages: one pass over them that gives each
// page's <meta> policy its style hashes (csp.ts) and notes its
// article:modified_time; then the sitemap (@astrojs/sitemap), whose
// <lastmod> comes from those notes, and `_headers`. One read and one write
// per page: the sitemap knows URLs, not articles, and reading every page
// again for its date cost as much as the pass itself.
//
// The build writes into the output folder in place (astro.config.mjs sets
// vite.build.emptyOutDir false): a page Astro's incremental build can reuse
// is then left where it is, finished by the build before, instead of being
// copied from Astro's cache and finished again. So this pass also does what
// emptying the folder did: it removes every file the build did not write
// or keep. A folder that no completed build left behind is emptied first.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, readdir, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { finishPage, headersFile } from './csp.ts';

/** Pages read and written at a time: enough to keep the disk busy while one is parsed. */
const PAGES_AT_ONCE = 8;

/** What a completed build leaves for the next one in the same output folder. */
interface FinishedBuild {
  /** article:modified_time by page path under the base ("articles/x/"). */
  modified: Record<string, string>;
  /**
   * A digest of Astro's incremental-build manifest as this build left it.
   * Astro keeps a page found in the folder when its key matches the
   * manifest's; if a build into another folder has written the manifest
   * since, a key may match that build's page and not the one here.
   */
  manifest: string;
}

/** Astro's incremental-build manifest (astro/dist/core/build/incremental.js). */
const ASTRO_MANIFEST = 'incremental-build.json';

function digestOf(file: string): string {
  return existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : '';
}

export function finishPages(): AstroIntegration {
  let base = '/';
  let outDir = '';
  let stateFile = '';
  let manifestFile = '';
  /** When this build began: a file older than that was not written by it. */
  let started = 0;
  /** article:modified_time by page path under the base ("articles/x/"). */
  const modified = new Map<string, string>();
  let previous: FinishedBuild = { modified: {}, manifest: '' };
  return {
    name: 'broadsheet-finish-pages',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        // Added here, so its build:done hook runs after this one's: the dates are noted by then.
        updateConfig({
          integrations: [
            sitemap({
              filter: (page) => page.endsWith('/'),
              serialize: (item) => {
                const lastmod = modified.get(decodeURIComponent(new URL(item.url).pathname).slice(base.length));
                return lastmod === undefined ? item : { ...item, lastmod };
              },
            }),
          ],
        });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
        outDir = fileURLToPath(config.outDir);
        // Beside Astro's own incremental-build cache, one file per output folder.
        manifestFile = join(fileURLToPath(config.cacheDir), ASTRO_MANIFEST);
        stateFile = join(fileURLToPath(config.cacheDir), `broadsheet-finished-${createHash('sha256').update(outDir).digest('hex').slice(0, 16)}.json`);
      },
      'astro:build:start': () => {
        started = Date.now();
        const state = readState(stateFile);
        // Gone until this build completes: an interrupted build leaves pages
        // that were never finished, and the next build must not keep them.
        rmSync(stateFile, { force: true });
        // A folder no completed build left, or one another folder's build has
        // moved Astro's cache on from: its pages may be stale, so none is kept.
        if (state === undefined || state.manifest !== digestOf(manifestFile)) emptyFolder(outDir);
        else previous = state;
      },
      'astro:build:done': async ({ dir, assets }) => {
        const folder = fileURLToPath(dir);
        const routeFiles = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        await writeFile(join(folder, '_headers'), headersFile(base));
        const git = join(folder, '.git');
        const files = (await readdir(folder, { recursive: true, withFileTypes: true }))
          .filter((entry) => entry.isFile() && entry.parentPath !== git && !entry.parentPath.startsWith(git + sep))
          .map((entry) => join(entry.parentPath, entry.name));
        const emptied: string[] = [];
        await Promise.all(
          Array.from({ length: PAGES_AT_ONCE }, async () => {
            for (let path = files.pop(); path !== undefined; path = files.pop()) {
              const written = (await stat(path)).mtimeMs >= started;
              if (!written && !routeFiles.has(path)) {
                // Neither written by this build nor one of its pages kept from the last: stale.
                await rm(path);
                emptied.push(dirname(path));
                continue;
              }
              if (!path.endsWith('.html')) continue;
              const page = path.slice(folder.length).split(sep).join('/').replace(/^\//, '').replace(/index\.html$/, '');
              if (!written) {
                // Kept from the last build, which finished it.
                const time = previous.modified[page];
                if (time !== undefined) modified.set(page, time);
                continue;
              }
              const finished = finishPage(await readFile(path, 'utf8'));
              await writeFile(path, finished.html);
              if (finished.modifiedTime !== undefined) modified.set(page, finished.modifiedTime);
            }
          }),
        );
        await removeEmptyFolders(folder, emptied);
        mkdirSync(dirname(stateFile), { recursive: true });
        writeFileSync(stateFile, JSON.stringify({ modified: Object.fromEntries(modified), manifest: digestOf(manifestFile) } satisfies FinishedBuild));
      },
    },
  };
}

function readState(file: string): FinishedBuild | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as Partial<FinishedBuild>;
    return typeof state.modified === 'object' && state.modified !== null && typeof state.manifest === 'string' ? { modified: state.modified, manifest: state.manifest } : undefined;
  } catch {
    return undefined;
  }
}

function emptyFolder(folder: string): void {
  if (!existsSync(folder)) return;
  // As Astro's own emptying: a deploy checkout's .git stays.
  for (const name of readdirSync(folder)) if (name !== '.git') rmSync(join(folder, name), { recursive: true, force: true });
}

/** Removes `folders` that are empty, then their parents that became empty, up to (not including) `root`. */
async function removeEmptyFolders(root: string, folders: Iterable<string>): Promise<void> {
  const deepestFirst = [...new Set(folders)].sort((a, b) => b.length - a.length);
  for (const folder of deepestFirst) {
    for (let current = folder; current.length > root.length && current.startsWith(root); current = dirname(current)) {
      // Gone already when it was the parent of one removed before.
      if (!existsSync(current) || (await readdir(current)).length > 0) break;
      await rmdir(current);
    }
  }
}
