// The search page in Chromium, served with the headers of _headers (so both
// the page's <meta> policy and the header policy apply) and without them, at
// the root and under a base path: a word from the seed article finds it; filters work;
// without JavaScript the page says so and links to the tag index.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tooling/chromium.ts';
import { SEED_SLUG } from '../helpers/seed.ts';
import { serveStatic, type StaticSite } from '../../tooling/server.ts';
import { builtSites, type BuiltVariant } from '../helpers/sites.ts';

const [root, based] = builtSites() as [BuiltVariant, BuiltVariant];
const BUILDS = [
  { ...root, name: 'root, with _headers (Netlify, Cloudflare Pages)', headers: true },
  { ...based, name: 'base path, with _headers', headers: true },
  { ...based, name: 'base path, without _headers (GitHub Pages, S3)', headers: false },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Result links once the status line has settled on a count. */
async function resultsOf(page: Page): Promise<{ status: string; links: string[] }> {
  await page.waitForFunction(() => /found\.?/.test(document.getElementById('search-status')?.textContent ?? ''), undefined, { timeout: 15_000 });
  return {
    status: (await page.textContent('#search-status')) ?? '',
    links: await page.$$eval('#search-results a', (links) => links.map((link) => link.getAttribute('href') ?? '')),
  };
}

describe.each(BUILDS)('search on the $name build', ({ outDir, base, headers }) => {
  let site: StaticSite;
  beforeAll(async () => {
    site = await serveStatic(outDir, base, { headers });
  });
  afterAll(async () => {
    await site?.close();
  });

  async function open(path: string, javaScript = true) {
    const context = await browser.newContext({ javaScriptEnabled: javaScript });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await page.goto(site.url + path);
    return { context, page, problems };
  }

  it('finds the seed article by a word from its body, with a highlighted excerpt', async () => {
    const { context, page, problems } = await open('search/');
    try {
      await page.fill('#search-query', 'Brussels');
      const { links, status } = await resultsOf(page);
      expect(links).toContain(`${base}articles/${SEED_SLUG}/`);
      expect(status).toMatch(/^\d+ articles? found\.$/);
      const marked = await page.$$eval('#search-results mark', (marks) => marks.map((m) => m.textContent?.toLowerCase() ?? ''));
      expect(marked.some((text) => text.includes('brussels'))).toBe(true);
      // The excerpt reads as the article does: the spaces around a highlighted word are kept.
      const excerpt = (await page.textContent('#search-results .excerpt')) ?? '';
      expect(excerpt).toMatch(/\bBrussels\b/);
      expect(excerpt.replace(/\s+/g, ' ')).toContain('Group in Brussels');
      // The link leads to the article.
      await page.click(`#search-results a[href="${base}articles/${SEED_SLUG}/"]`);
      await page.waitForURL(`**/articles/${SEED_SLUG}/`);
      expect(await page.textContent('h1')).toContain('Hegseth rules out NATO membership');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('offers tags and speakers as filters, and a filter narrows the results', async () => {
    const { context, page, problems } = await open('search/');
    try {
      await page.waitForSelector('#search-form:not([hidden])');
      const tags = await page.$$eval('#search-tag option', (options) => options.map((o) => (o as HTMLOptionElement).value));
      const speakers = await page.$$eval('#search-speaker option', (options) => options.map((o) => (o as HTMLOptionElement).value));
      expect(tags).toContain('NATO');
      expect(speakers).toContain('Pete Hegseth');
      await page.selectOption('#search-speaker', 'Pete Hegseth');
      const bySpeaker = await resultsOf(page);
      expect(bySpeaker.links).toContain(`${base}articles/${SEED_SLUG}/`);
      // A word the seed has, with a tag the seed has not: nothing from the seed.
      await page.selectOption('#search-speaker', '');
      await page.selectOption('#search-tag', 'Generated');
      await page.fill('#search-query', 'report');
      const byTag = await resultsOf(page);
      expect(byTag.links.length).toBeGreaterThan(0);
      expect(byTag.links).not.toContain(`${base}articles/${SEED_SLUG}/`);
      expect(new URL(page.url()).searchParams.get('tag')).toBe('Generated');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('indexes each quotation once: pull-quotes are left out of the index', async () => {
    const word = 'realistic';
    const { context, page } = await open(`articles/${SEED_SLUG}/`);
    try {
      // The seed's pull-quote repeats this word from its body: the page shows it more often than the body has it.
      const counts = await page.evaluate((w) => {
        const count = (text: string) => text.match(new RegExp(`\\b${w}\\b`, 'gi'))?.length ?? 0;
        const body = [...document.querySelectorAll('.article-body > p')].map((p) => p.textContent ?? '').join(' ');
        const pullQuotes = [...document.querySelectorAll('.pull-quote')].map((q) => q.textContent ?? '').join(' ');
        return { body: count(body), pullQuotes: count(pullQuotes) };
      }, word);
      expect(counts.pullQuotes).toBeGreaterThan(0);
      await page.goto(`${site.url}search/`);
      // A string, not a function: the test's own bundler would rewrite import().
      const indexed = await page.evaluate(`(async () => {
        const pagefind = await import(${JSON.stringify(`${base}pagefind/pagefind.js`)});
        const search = await pagefind.search(${JSON.stringify(word)});
        const results = await Promise.all(search.results.map((result) => result.data()));
        return results.find((data) => data.url === ${JSON.stringify(`${base}articles/${SEED_SLUG}/`)})?.locations.length;
      })()`);
      expect(indexed).toBe(counts.body);
    } finally {
      await context.close();
    }
  });

  it('leaves the paragraph permalinks (¶) out of the index, so excerpts read as the text', async () => {
    // A word near many paragraph ends: its excerpts run on into the next paragraph.
    const word = 'said';
    const { context, page, problems } = await open('search/');
    try {
      await page.fill('#search-query', word);
      expect((await resultsOf(page)).links.length).toBeGreaterThan(1);
      const excerpts = await page.$$eval('#search-results .excerpt', (ps) => ps.map((p) => p.textContent ?? ''));
      expect(excerpts.filter((excerpt) => excerpt.includes('¶'))).toEqual([]);
      // A string, not a function: the test's own bundler would rewrite import().
      const contents = (await page.evaluate(`(async () => {
        const pagefind = await import(${JSON.stringify(`${base}pagefind/pagefind.js`)});
        const search = await pagefind.search(${JSON.stringify(word)});
        return Promise.all(search.results.map(async (result) => (await result.data()).content));
      })()`)) as string[];
      expect(contents.length).toBeGreaterThan(1);
      expect(contents.filter((content) => content.includes('¶'))).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('reads a query from the address, so searches can be shared', async () => {
    const { context, page } = await open('search/?q=Hegseth');
    try {
      await page.waitForSelector('#search-form:not([hidden])');
      expect(await page.inputValue('#search-query')).toBe('Hegseth');
      expect((await resultsOf(page)).links).toContain(`${base}articles/${SEED_SLUG}/`);
    } finally {
      await context.close();
    }
  });

  it('without JavaScript, says so and links to the tag index', async () => {
    const { context, page } = await open('search/', false);
    try {
      expect(await page.isVisible('#search-unavailable')).toBe(true);
      expect(await page.isVisible('#search-form')).toBe(false);
      expect(await page.textContent('#search-unavailable')).toContain('JavaScript');
      expect(await page.getAttribute('#search-unavailable a[href$="tags/"]', 'href')).toBe(`${base}tags/`);
    } finally {
      await context.close();
    }
  });
});
