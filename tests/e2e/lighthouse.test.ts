// Lighthouse on the built test site in the system Chromium: index,
// article and tag pages, mobile and desktop. Accessibility, best practices
// and SEO must be 100; the performance score and timings are printed, not
// asserted (machines here are noisy), by this test and by `npm run lighthouse`.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatRows, runLighthouse, type LighthouseRow } from '../../tooling/lighthouse.ts';
import { SEED_SLUG } from '../helpers/seed.ts';
import { serveStatic, type StaticSite } from '../../tooling/server.ts';

describe('Lighthouse', () => {
  let site: StaticSite;
  let rows: LighthouseRow[] = [];
  beforeAll(async () => {
    site = await serveStatic(inject('outDir'));
    rows = await runLighthouse(
      [
        { name: 'index', url: site.url },
        { name: 'article', url: `${site.url}articles/${SEED_SLUG}/` },
        { name: 'tag', url: `${site.url}tags/nato/` },
      ],
      ['mobile', 'desktop'],
    );
    console.log(formatRows(rows));
  }, 600_000);
  afterAll(async () => {
    await site?.close();
  });

  it('audited every page with both presets', () => {
    expect(rows.map((row) => `${row.page} ${row.preset}`)).toEqual([
      'index mobile',
      'article mobile',
      'tag mobile',
      'index desktop',
      'article desktop',
      'tag desktop',
    ]);
  });

  it.each(['accessibility', 'best-practices', 'seo'] as const)('scores 100 for %s on every page', (category) => {
    const below = rows.filter((row) => row.scores[category] < 100).map((row) => `${row.page} ${row.preset}: ${row.scores[category]}`);
    const audits = rows.flatMap((row) => row.failing.filter((audit) => audit.startsWith(`${category}:`)).map((audit) => `${row.page} ${row.preset}: ${audit}`));
    expect([...below, ...audits]).toEqual([]);
  });
});
