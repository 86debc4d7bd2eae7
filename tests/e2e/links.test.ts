// No broken internal links or fragment anchors, at the root and under a base path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawl } from '../helpers/crawl.ts';
import { htmlFiles } from '../helpers/dist.ts';
import { serveStatic, type StaticSite } from '../../tooling/server.ts';
import { builtSites } from '../helpers/sites.ts';

describe.each(builtSites())('links in the $name build', ({ outDir, base }) => {
  let site: StaticSite;
  beforeAll(async () => {
    site = await serveStatic(outDir, base);
  });
  afterAll(async () => {
    await site?.close();
  });

  it('reach every page, and every link and #fragment resolves', async () => {
    const { pages, broken } = await crawl([site.url, `${site.url}404.html`], site.origin);
    expect(broken).toEqual([]);
    // Every built page is reachable by following links (404.html is a start).
    expect(pages.length).toBe(htmlFiles(outDir).length);
    for (const page of pages) expect(page.startsWith(site.url), page).toBe(true);
  });
});
