// The sitemap, by @astrojs/sitemap, with each article's <lastmod>. The
// sitemap integration knows URLs, not articles, so the date comes from the
// built page itself: its article:modified_time meta element.
import { open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { Parser } from 'htmlparser2';

export function sitemapWithLastmod(): AstroIntegration {
  let outDir = '';
  let root = '';
  return {
    name: 'broadsheet-sitemap',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          integrations: [
            sitemap({
              // Pages only: feeds, cards and robots.txt are not documents to list.
              filter: (page) => page.endsWith('/'),
              serialize: async (item) => {
                const lastmod = await modifiedTime(join(outDir, decodeURIComponent(new URL(item.url).pathname.slice(root.length)), 'index.html'));
                return lastmod === undefined ? item : { ...item, lastmod };
              },
            }),
          ],
        });
      },
      'astro:config:done': ({ config }) => {
        root = config.base.replace(/\/?$/, '/');
      },
      // Runs before the sitemap's own build:done hook, which was added after this integration.
      'astro:build:done': ({ dir }) => {
        outDir = fileURLToPath(dir);
      },
    },
  };
}

/** The content of the page's <meta property="article:modified_time">, if it has one. */
export async function modifiedTime(htmlFile: string): Promise<string | undefined> {
  let file: FileHandle;
  try {
    file = await open(htmlFile, 'r');
  } catch {
    return undefined;
  }
  let found: string | undefined;
  let inBody = false;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'meta' && attributes.property === 'article:modified_time') found ??= attributes.content;
      if (name === 'body') inBody = true;
    },
  });
  // The head is all there is to read: a chunk at a time, stopping at <body>,
  // so the sitemap of a large archive does not read every page whole.
  const decoder = new TextDecoder();
  const chunk = Buffer.alloc(16 * 1024);
  try {
    while (!inBody && found === undefined) {
      const { bytesRead } = await file.read(chunk, 0, chunk.length);
      if (bytesRead === 0) break;
      parser.write(decoder.decode(chunk.subarray(0, bytesRead), { stream: true }));
    }
  } finally {
    await file.close();
  }
  return found;
}
