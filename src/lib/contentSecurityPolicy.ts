// The Content-Security-Policy, in one place. Every page carries it as a
// <meta> element (src/components/BaseHead.astro writes pagePolicy; after the build,
// src/integrations/csp.ts gives each page's style-src the hashes of exactly
// the styles it inlines); hosts that read a `_headers` file also send
// HEADER_POLICY as a header, with the directives a <meta> policy cannot carry.
// Plain strings, no I/O: pages and build steps alike import it.

/**
 * Directives besides script-src and style-src: pages load only their own
 * HTML, styles and images, plus https images that Markdown articles embed.
 */
const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data: https:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * A page's own policy, as BaseHead.astro writes it: no script unless the page
 * names the sources it needs (the search page: its bundled module and
 * WebAssembly for Pagefind), and styles from the site only; the build then
 * adds the hashes of the page's inline styles (finishPage in
 * src/integrations/csp.ts).
 */
export function pagePolicy(scriptSources: readonly string[] = []): string {
  const scripts = scriptSources.length === 0 ? "'none'" : scriptSources.join(' ');
  return [...CSP_DIRECTIVES, `script-src ${scripts}`, "style-src 'self'"].join('; ');
}

/**
 * The header policy. Style hashes differ from page to page and one header
 * file cannot list them (Cloudflare Pages allows 100 rules), so the header
 * allows inline styles while each page's <meta> policy pins them by hash;
 * a browser enforces both, so the stricter one wins. Scripts: the header
 * allows same-origin files and WebAssembly, which the search page and
 * Pagefind's worker (a file, so it reads only the header) need; every other
 * page's <meta> policy says script-src 'none'. Hosts merge, rather than
 * replace, the headers of overlapping rules, so one rule serves every path.
 */
export const HEADER_POLICY = [
  ...CSP_DIRECTIVES,
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "frame-ancestors 'none'",
].join('; ');
