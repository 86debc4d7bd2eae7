// The Content-Security-Policy, in one place. Every page carries it as a
// <meta> element (Astro adds script-src and style-src with hashes of what the
// page inlines); hosts that read a `_headers` file also send it as a header,
// with the directives a <meta> policy cannot carry.
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';
import { Parser } from 'htmlparser2';

type CspDirective = NonNullable<Exclude<AstroConfig['experimental']['csp'], boolean>['directives']>[number];

/**
 * Directives besides script-src and style-src: pages load only their own
 * HTML, styles and images, plus https images that Markdown articles embed.
 */
export const CSP_DIRECTIVES: CspDirective[] = [
  "default-src 'self'",
  "img-src 'self' data: https:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

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
 * After the build: write `_headers`, and narrow each page's <meta> policy to
 * what that page holds. Astro lists the hashes of every style in the build,
 * and of its island runtime, on every page; a page gets only the hashes of
 * its own <style> elements, and script-src 'none' when it has no script.
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
              await writeFile(path, narrowPolicy(await readFile(path, 'utf8')));
            }
          }),
        );
      },
    },
  };
}

const META_POLICY = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;

export function narrowPolicy(html: string): string {
  const { styles, hasScript } = inlineCode(html);
  const styleHashes = styles.map((css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`);
  return html.replace(META_POLICY, (_, open: string, policy: string, close: string) => {
    let narrowed = policy.replace(/style-src [^;]*;/, `style-src 'self' ${styleHashes.join(' ')};`);
    if (!hasScript) narrowed = narrowed.replace(/script-src [^;]*;/, "script-src 'none';");
    return open + narrowed + close;
  });
}

/**
 * The text of each <style> element, and whether there is any executable <script>, read
 * with a real HTML parser: attribute values may hold a raw "<style>" (an
 * article's title in its description, say), which a regular expression
 * would take for an element.
 */
function inlineCode(html: string): { styles: string[]; hasScript: boolean } {
  const styles: string[] = [];
  let hasScript = false;
  let current: string[] | null = null;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'style') current = [];
      // JSON-LD is data, not code: a page with only that still runs no script.
      if (name === 'script' && attributes.type !== 'application/ld+json') hasScript = true;
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
  parser.end();
  return { styles, hasScript };
}
