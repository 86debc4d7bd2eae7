// @ts-check
import { defineConfig } from 'astro/config';
import { CSP_DIRECTIVES, securityHeaders } from './src/integrations/csp.ts';

/**
 * Where the site is deployed. SITE_URL is the canonical origin; BASE_PATH the
 * folder it is served from (GitHub Pages project sites use /<repo>/).
 */
const site = process.env.SITE_URL ?? 'https://broadsheet.example';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One request for first render: the stylesheet travels inside the HTML.
    inlineStylesheets: 'always',
  },
  // Broadsheet ships no client JavaScript; nothing to prefetch.
  prefetch: false,
  devToolbar: { enabled: false },
  integrations: [securityHeaders()],
  experimental: {
    // A <meta> Content-Security-Policy on every page, with hashes of the
    // inlined styles; src/integrations/csp.ts writes the header version.
    csp: { directives: CSP_DIRECTIVES },
  },
});
