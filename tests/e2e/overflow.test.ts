// No page scrolls sideways or cuts anything off, at 320 and 1280px, when the
// corpus's long-words article (tests/fixtures/corpus/) fills every field a
// page shows with long unbreakable words: a URL in the headline and dek, a
// 120-letter word, an 80-letter author, 60- and 90-letter hashtags, and a
// speaker and role made of long words. One build is enough: a base path
// changes links, not layout.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { launchChromium } from '../../tooling/chromium.ts';
import { serveStatic, type StaticSite } from '../../tooling/server.ts';
import { CORPUS_ARTICLES, LONG_WORDS_SLUG } from '../helpers/build.ts';
import { readPage } from '../helpers/dist.ts';
import { builtSites } from '../helpers/sites.ts';

const [root] = builtSites();
const { outDir } = root!;

/** The long words of the article, read from its files: the pages must show each of them in full. */
const long = (() => {
  const text = readFileSync(join(CORPUS_ARTICLES, `${LONG_WORDS_SLUG}.txt`), 'utf8').trim();
  const sidecar = parse(readFileSync(join(CORPUS_ARTICLES, `${LONG_WORDS_SLUG}.yml`), 'utf8')) as { author: string; description: string };
  const lines = text.split('\n');
  const [hashtag, longHashtag] = (lines.at(-1) ?? '').split(' ').map((tag) => tag.slice(1));
  const [, speaker, role] = /said ([^,]+), (the [^.]+)\./.exec(text) ?? [];
  if (hashtag === undefined || longHashtag === undefined || speaker === undefined || role === undefined) {
    throw new Error(`${LONG_WORDS_SLUG}.txt must end in two hashtags and quote someone "said Name, the role."`);
  }
  return { title: lines[0] ?? '', dek: sidecar.description, author: sidecar.author, hashtag, longHashtag, speaker, role };
})();

// The pages the article links to, as the built article page links them: its tags, its speaker, its neighbours.
const articlePage = readPage(outDir, `articles/${LONG_WORDS_SLUG}/index.html`).document;
const sitePath = (selector: string): string => articlePage.querySelector(selector)?.getAttribute('href')?.slice(1) ?? `(no ${selector})`;
const tagPath = (name: string): string =>
  [...articlePage.querySelectorAll('.tags a')].find((a) => a.textContent === name)?.getAttribute('href')?.slice(1) ?? `(no tag ${name})`;
const neighbours = [...articlePage.querySelectorAll('nav.around a')].map((a) => a.getAttribute('href')?.slice(1) ?? '');

/** An element the page must show in full: the first that matches `selector` and contains `text`. */
type Shown = [selector: string, text: string];

const SEARCH_FORM: Shown[] = [['#search-query', ''], ['#search-form button', 'Search'], ['#search-tag', ''], ['#search-speaker', '']];

const PAGES: Array<{ name: string; path: string; shows: Shown[] }> = [
  { name: 'index', path: '', shows: [['.card h2', long.title], ['.card .dek', long.dek], ['.card .author', long.author], ['.card .tags a', long.longHashtag]] },
  { name: 'index, page 2', path: '2/', shows: [['.pagination', 'Page 2']] },
  {
    name: 'article',
    path: `articles/${LONG_WORDS_SLUG}/`,
    shows: [
      ['h1', long.title],
      ['.article-header .dek', long.dek],
      ['.meta .author', long.author],
      ['.tags a', long.hashtag],
      ['.tags a', long.longHashtag],
      ['.article-body p', long.longHashtag],
      ['.pull-quote .speaker', long.speaker],
      ['.quoted a', long.speaker],
      ['.quoted .role', long.role],
    ],
  },
  ...neighbours.map((path) => ({ name: `article beside it (${path})`, path, shows: [['.around a', long.title]] as Shown[] })),
  { name: 'tag index', path: 'tags/', shows: [['.tag-index a', long.hashtag], ['.tag-index a', long.longHashtag]] },
  { name: 'tag page', path: tagPath(long.hashtag), shows: [['h1', long.hashtag], ['.card h2', long.title]] },
  { name: 'people index', path: 'people/', shows: [['.people a', long.speaker], ['.people .role', long.role]] },
  { name: 'person page', path: sitePath('.quoted a[href*="/people/"]'), shows: [['h1', long.speaker], ['.roles', long.role], ['.quotes .source a', long.title]] },
  { name: 'search, once its script has run', path: 'search/', shows: SEARCH_FORM },
  {
    name: 'search, with results',
    path: `search/?${new URLSearchParams({ q: 'regulator', tag: long.hashtag, speaker: long.speaker })}`,
    shows: [...SEARCH_FORM, ['#search-results a', long.title], ['#search-results .excerpt', 'regulator']],
  },
  { name: '404', path: 'no-such-page/', shows: [['main li a', long.title], ['.tags a', long.hashtag]] },
];

let browser: Browser;
let site: StaticSite;
beforeAll(async () => {
  browser = await launchChromium();
  site = await serveStatic(outDir);
});
afterAll(async () => {
  await site?.close();
  await browser?.close();
});

/** The search page draws its form, and its results when the address asks for them, after load. */
async function settle(page: Page, path: string): Promise<void> {
  if (!path.startsWith('search/')) return;
  await page.waitForSelector('#search-form:not([hidden])');
  if (path.includes('?')) await page.waitForFunction(() => /found\.?$/.test(document.getElementById('search-status')?.textContent ?? ''), undefined, { timeout: 15_000 });
}

/** Every element that reaches past the viewport's sides, or whose content is wider than its box (unless the box scrolls). */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const label = (el: Element) => `<${el.tagName.toLowerCase()}${el.className ? ` class="${String(el.className)}"` : ''}> “${(el.textContent ?? '').trim().slice(0, 40)}”`;
    const found: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.left < -0.5 || box.right > width + 0.5) found.push(`${label(el)} spans ${Math.round(box.left)}–${Math.round(box.right)}px of ${width}px`);
      // Form fields scroll their own text; a scrolling box (a wide table) keeps the page still.
      if (el.matches('input, select, textarea') || ['auto', 'scroll'].includes(getComputedStyle(el).overflowX)) continue;
      if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) found.push(`${label(el)} holds ${el.scrollWidth}px in ${el.clientWidth}px`);
    }
    return found;
  });
}

describe.each(PAGES)('$name', ({ path, shows }) => {
  it.each([320, 1280])('at %ipx, with long unbreakable words: no horizontal scroll, nothing cut off', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(site.url + path, { waitUntil: 'load' });
      await settle(page, path);
      const scroll = await page.evaluate(() => ({ width: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(scroll.width, 'horizontal scroll').toBeLessThanOrEqual(scroll.client);
      for (const [selector, text] of shows) {
        const box = await page.evaluate(
          ([selector, text]) => {
            const el = [...document.querySelectorAll(selector)].find((e) => (e.textContent ?? '').replace(/\s+/g, ' ').includes(text));
            if (el === undefined) return null;
            const { left, right, width } = el.getBoundingClientRect();
            return { left, right, width };
          },
          [selector, text] as const,
        );
        expect(box, `${selector} showing “${text.slice(0, 40)}”`).not.toBeNull();
        expect(box!.width, `${selector} is drawn`).toBeGreaterThan(0);
        expect(box!.left, `${selector} starts within the viewport`).toBeGreaterThanOrEqual(0);
        expect(box!.right, `${selector} ends within the viewport`).toBeLessThanOrEqual(scroll.client);
      }
      expect(await overflowing(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
