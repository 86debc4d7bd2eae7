// Every page type in a real browser, served as a static host would serve it,
// at the root and under a base path; light and dark; narrow and wide.
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tooling/chromium.ts';
import { serveStatic, type StaticSite } from '../../tooling/server.ts';
import { builtSites } from '../helpers/sites.ts';

const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const PAGE_TYPES = {
  index: '',
  'index-page-2': '2/',
  article: 'articles/hegseth-rules-out-nato-membership-for-ukraine/',
  'tag-index': 'tags/',
  tag: 'tags/nato/',
  people: 'people/',
  person: 'people/pete-hegseth/',
  search: 'search/',
  '404': 'no-such-page/',
} as const;

const BUILDS = builtSites();

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a page and records everything that went wrong on the way. */
async function visit(context: BrowserContext, url: string, origin: string) {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    // The 404 page is itself served with status 404, which Chromium logs; that one is expected.
    if (message.location().url === url && message.text().includes('status of 404')) return;
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) problems.push(`request left 127.0.0.1: ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && response.url() !== url) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  return { page, problems, status: response?.status() };
}

describe.each(BUILDS)('$name build in Chromium', ({ name, outDir, base }) => {
  let site: StaticSite;
  beforeAll(async () => {
    site = await serveStatic(outDir, base);
  });
  afterAll(async () => {
    await site?.close();
  });

  describe.each(Object.entries(PAGE_TYPES))('%s page', (pageType, path) => {
    it.each([
      ['light', 320],
      ['light', 1280],
      ['dark', 320],
      ['dark', 1280],
    ] as const)('%s at %ipx: no errors, no stray requests, no horizontal scroll, no axe violations', async (scheme, width) => {
      const context = await browser.newContext({ colorScheme: scheme, viewport: { width, height: 900 } });
      try {
        const url = site.url + path;
        const { page, problems, status } = await visit(context, url, site.origin);
        expect(status).toBe(pageType === '404' ? 404 : 200);
        // The search page is measured as readers see it: with the form its script shows.
        if (pageType === 'search') await page.waitForSelector('#search-form:not([hidden])');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, 'horizontal scroll').toBeLessThanOrEqual(0);
        const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        const violations = axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(violations).toEqual([]);
        await page.screenshot({ path: join(SCREENSHOTS, `${name}-${pageType}-${scheme}-${width}.png`), fullPage: true });
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });

  it('makes the skip link the first Tab stop, visibly focused, and moves focus to the main content', async () => {
    const context = await browser.newContext();
    try {
      const { page } = await visit(context, site.url + PAGE_TYPES.article, site.origin);
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        return { text: element.textContent, outline: style.outlineStyle, width: style.outlineWidth, top: box.top, bottom: box.bottom };
      });
      expect(focused.text).toBe('Skip to content');
      expect(focused.outline).not.toBe('none');
      expect(parseFloat(focused.width)).toBeGreaterThan(0);
      expect(focused.top).toBeGreaterThanOrEqual(0); // on screen while focused
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    } finally {
      await context.close();
    }
  });
});
