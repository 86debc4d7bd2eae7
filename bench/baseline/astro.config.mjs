// The comparison site for `npm run bench`: what a user would build with plain
// Astro 7 and no Broadsheet — the glob() loader over clean Markdown, one
// layout, an index, one page per article and one page per tag — with Astro's
// incremental builds used as its documentation shows (a cacheKey per page).
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://baseline.example',
  experimental: { incrementalBuild: true },
});
