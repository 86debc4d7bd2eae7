// Reader-side budgets on the built test site. Sizes are deterministic, so
// they may be asserted here; `npm run bench:pages` prints the same figures.
import { describe, expect, it } from 'vitest';
import { BUDGET } from '../../tooling/budget.ts';
import { pageTypes, pageWeight } from '../../tooling/pageWeight.ts';
import { SEED_SLUG } from '../helpers/seed.ts';
import { builtSites } from '../helpers/sites.ts';

describe.each(builtSites())('page budgets in the $name build', ({ outDir, base }) => {
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
});
