// Reader-side budgets on the built test site. Sizes are deterministic, so
// they may be asserted here; `npm run bench:pages` prints the same figures.
import { describe, expect, inject, it } from 'vitest';
import { BUDGET } from '../../bench/lib/budget.ts';
import { pageTypes, pageWeight } from '../../bench/lib/pageWeight.ts';
import { htmlFiles, pagePath } from '../helpers/dist.ts';
import { SEED_SLUG } from '../helpers/seed.ts';

describe.each([
  { name: 'root', outDir: inject('outDir'), base: '/' },
  { name: 'base path', outDir: inject('baseOutDir'), base: inject('basePath') },
])('page budgets in the $name build', ({ outDir, base }) => {
  it(`sends the seed article in ${BUDGET.firstRenderRequests} request and at most ${BUDGET.articleFirstRenderGzip} bytes gzip for first render`, () => {
    const article = pageWeight(outDir, `articles/${SEED_SLUG}/`, base);
    expect(article.firstRenderRequests).toBe(BUDGET.firstRenderRequests);
    expect(article.firstRenderGzip).toBeLessThanOrEqual(BUDGET.articleFirstRenderGzip);
    expect(article.resources).toEqual([]);
  });

  it.each(pageTypes(SEED_SLUG, 'nato'))('renders the %s page from one request', (_, path) => {
    const weight = pageWeight(outDir, path, base);
    expect(weight.firstRenderRequests).toBe(1);
    expect(weight.resources.filter((resource) => resource.blocking)).toEqual([]);
  });

  it('ships 0 bytes of JavaScript on every page but /search/, and no inline code anywhere', () => {
    for (const file of htmlFiles(outDir)) {
      const path = pagePath(outDir, file).slice(1);
      const weight = pageWeight(outDir, path, base);
      expect(weight.inlineScripts, path).toBe(0);
      if (path === 'search/') {
        expect(weight.jsBytes).toBeGreaterThan(0);
        expect(weight.resources.filter((resource) => resource.kind === 'script').every((script) => !script.blocking)).toBe(true);
      } else {
        expect(weight.jsBytes, path).toBe(0);
      }
    }
  });

});
