/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Four projects, fastest first (README, "Tests"):
 * - unit and components: the pure core and components, no build (`npm run test:fast`);
 * - site: assertions on built HTML, feeds and files (`npm run test:site`);
 * - e2e: the built site in Chromium (`npm run test:e2e`).
 * site and e2e share the two builds of the test corpus that the global setup
 * makes once per run; builds share Astro's caches (node_modules/.astro/), so
 * files that build run one at a time, and e2e runs after site.
 */
const built = {
  globalSetup: ['tests/helpers/global-setup.ts'],
  fileParallelism: false,
  testTimeout: 120_000,
  hookTimeout: 600_000,
};

export default getViteConfig({
  test: {
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    // On a busy 2-CPU runner a worker can take seconds to start: the first test of a file is no timing test.
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'components', include: ['tests/components/**/*.test.ts'] } },
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts'], sequence: { groupOrder: 1 }, ...built } },
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], sequence: { groupOrder: 2 }, ...built } },
    ],
  },
});
