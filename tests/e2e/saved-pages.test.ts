// A hostile saved page, ingested and built, opened in Chromium: nothing it
// carried runs, nothing it referenced is fetched.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tooling/chromium.ts';
import { serveStatic, type StaticSite } from '../../tooling/server.ts';
import { builtSites } from '../helpers/sites.ts';

let browser: Browser;
let site: StaticSite;
beforeAll(async () => {
  browser = await launchChromium();
  const [root] = builtSites();
  if (root === undefined) throw new Error('no build');
  site = await serveStatic(root.outDir, root.base);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the hostile saved page in Chromium', () => {
  it('opens no dialog, runs no script and requests nothing from elsewhere', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const events: string[] = [];
    page.on('dialog', async (dialog) => {
      events.push(`dialog: ${dialog.message()}`);
      await dialog.dismiss();
    });
    page.on('pageerror', (error) => events.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      if (!request.url().startsWith(site.origin) && !request.url().startsWith('data:')) events.push(`request: ${request.url()}`);
    });
    const response = await page.goto(`${site.url}articles/hostile/`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    // Hover over and click (without following links) what the page had handlers on, in case any survived.
    await page.hover('h1');
    for (const paragraph of await page.locator('main p').all()) await paragraph.dispatchEvent('click');
    await page.waitForTimeout(300);
    expect(events).toEqual([]);
    expect(page.url()).toBe(`${site.url}articles/hostile/`);
    expect(await page.locator('main').textContent()).toContain('more than 200 volunteers had signed up');
    await context.close();
  });
});
