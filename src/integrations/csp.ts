// The Content-Security-Policy, in one place. Every page carries it as a
// <meta> element (src/layouts/Base.astro writes it; after the build, each
// page's style-src gets the hashes of exactly the styles it inlines); hosts
// that read a `_headers` file also send it as a header, with the directives
// a <meta> policy cannot carry.
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { Parser } from 'htmlparser2';

/**
 * Directives besides script-src and style-src: pages load only their own
 * HTML, styles and images, plus https images that Markdown articles embed.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data: https:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * A page's own policy, as Base.astro writes it: no script unless the page
 * names the sources it needs (the search page: its bundled module and
 * WebAssembly for Pagefind), and styles from the site only; the build then
 * adds the hashes of the page's inline styles (withStyleHashes).
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

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': HEADER_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
};

/** `_headers` in the Netlify / Cloudflare Pages format. */
export function headersFile(base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return `${[
    block('/*', SECURITY_HEADERS),
    // Astro puts content-hashed assets here: their names change when they do.
    block(`${root}_astro/*`, { 'Cache-Control': 'public, max-age=31536000, immutable' }),
  ].join('\n\n')}\n`;
}

/**
 * After the build: write `_headers`, and add to each page's <meta> policy the
 * hashes of the <style> elements it inlines, and only those.
 */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'broadsheet-security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir }) => {
        const outDir = fileURLToPath(dir);
        await writeFile(join(outDir, '_headers'), headersFile(base));
        const pages = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html'));
        // A few pages at a time: reading every page at once would hold the whole site in memory.
        const queue = [...pages];
        await Promise.all(
          Array.from({ length: 8 }, async () => {
            for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
              const path = join(outDir, file);
              await writeFile(path, withStyleHashes(await readFile(path, 'utf8')));
            }
          }),
        );
      },
    },
  };
}

const META_POLICY = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;

export function withStyleHashes(html: string): string {
  const hashes = headStyles(html).map((css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`);
  return html.replace(META_POLICY, (_, open: string, policy: string, close: string) =>
    open + policy.replace(/style-src 'self'/, ["style-src 'self'", ...hashes].join(' ')) + close,
  );
}

/**
 * The text of each <style> element in the head (Astro puts every page style
 * there; one anywhere else would get no hash, and the browser would refuse
 * it), read with a real HTML parser: attribute values may hold a raw
 * "<style>" (an article's title in its description, say), which a regular
 * expression would take for an element.
 */
function headStyles(html: string): string[] {
  const styles: string[] = [];
  let current: string[] | null = null;
  const parser = new Parser({
    onopentag(name) {
      if (name === 'style') current = [];
      // The head is all there is to read.
      if (name === 'body') parser.pause();
    },
    ontext(text) {
      current?.push(text);
    },
    onclosetag(name) {
      if (name === 'style' && current !== null) {
        styles.push(current.join(''));
        current = null;
      }
    },
  });
  parser.write(html);
  return styles;
}
