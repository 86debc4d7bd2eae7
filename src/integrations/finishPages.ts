// After Astro has written the pages: one pass over them that gives each
// page's <meta> policy its style hashes (csp.ts) and notes its
// article:modified_time; then the sitemap (@astrojs/sitemap), whose
// <lastmod> comes from those notes, and `_headers`. One read and one write
// per page: the sitemap knows URLs, not articles, and reading every page
// again for its date cost as much as the pass itself.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { finishPage, headersFile } from './csp.ts';

/** Pages read and written at a time: enough to keep the disk busy while one is parsed. */
const PAGES_AT_ONCE = 8;

export function finishPages(): AstroIntegration {
  let base = '/';
  /** article:modified_time by page path under the base ("articles/x/"). */
  const modified = new Map<string, string>();
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
      },
      'astro:build:done': async ({ dir }) => {
        const outDir = fileURLToPath(dir);
        await writeFile(join(outDir, '_headers'), headersFile(base));
        const pages = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html'));
        await Promise.all(
          Array.from({ length: PAGES_AT_ONCE }, async () => {
            for (let file = pages.pop(); file !== undefined; file = pages.pop()) {
              const path = join(outDir, file);
              const page = finishPage(await readFile(path, 'utf8'));
              await writeFile(path, page.html);
              if (page.modifiedTime !== undefined) modified.set(file.split(sep).join('/').replace(/index\.html$/, ''), page.modifiedTime);
            }
          }),
        );
      },
    },
  };
}
