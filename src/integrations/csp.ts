// The build step of the Content-Security-Policy (src/lib/contentSecurityPolicy.ts
// makes the policies): after the build, each page's <meta> policy gets the
// hashes of exactly the styles it inlines, and `_headers` carries the header
// policy for hosts that read it.
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { Parser } from 'htmlparser2';
import { HEADER_POLICY } from '../lib/contentSecurityPolicy.ts';

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
