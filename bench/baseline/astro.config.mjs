// The comparison site for `npm run bench`: what a user would build with plain
// Astro 5.18 and no Broadsheet — the glob() loader over clean Markdown, one
// layout, an index, one page per article and one page per tag.
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://baseline.example',
});
