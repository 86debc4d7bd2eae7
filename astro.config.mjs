// @ts-check
import { defineConfig } from 'astro/config';
import { finishPages } from './src/integrations/finishPages.ts';
import { siteAddress, SiteAddressError } from './src/lib/siteAddress.ts';

/**
 * Where the site is deployed. SITE_URL is the canonical address; BASE_PATH
 * the folder it is served from (GitHub Pages project sites use /<repo>/),
 * or the path of SITE_URL. On Netlify, the site's own URL is the default.
 */
const { site, base } = (() => {
  try {
    return siteAddress(process.env);
  } catch (error) {
    if (!(error instanceof SiteAddressError)) throw error;
    console.error(`error: ${error.message}`);
    process.exit(1);
  }
})();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Whitespace between elements is kept as one space, as the text reads: the
  // JSX rule (Astro 7's default) would join "By Jo Park" and "5 min" in
  // copied text, search excerpts and screen readers.
  compressHTML: true,
  build: {
    format: 'directory',
    // One request for first render: the stylesheet travels inside the HTML.
    inlineStylesheets: 'always',
    // Two pages at a time: while one page's file is written, the next renders.
    concurrency: 2,
  },
  // Only the search page runs JavaScript; nothing to prefetch.
  prefetch: false,
  experimental: {
    // Pages whose getStaticPaths() cacheKey and code are unchanged are
    // restored from the last build (src/lib/cacheKeys.ts says what a key covers).
    incrementalBuild: true,
  },
  devToolbar: { enabled: false },
  integrations: [finishPages()],
  vite: {
    build: {
      // Pages the incremental build reuses stay in place; the finish pass
      // (src/integrations/finishPages.ts) removes what this build did not make.
      emptyOutDir: false,
      // The search page's script stays a file: the header policy of _headers
      // allows same-origin scripts but cannot know the hash of an inline one.
      assetsInlineLimit: 0,
    },
  },
});
