// The page side of the Content-Security-Policy (src/lib/contentSecurityPolicy.ts
// makes the policies): after the build each page's <meta> policy gets the
// hashes of exactly the styles it inlines, and `_headers` carries the header
// policy for hosts that read it. src/integrations/finishPages.ts runs it.
import { createHash } from 'node:crypto';
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

const META_POLICY = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;

/** What the one pass over a built page makes of it: the page with its style hashes, and its metadata. */
export interface FinishedPage {
  html: string;
  /** The page's article:modified_time, for the sitemap's lastmod. */
  modifiedTime: string | undefined;
}

/**
 * Adds to the page's <meta> policy the hashes of the <style> elements its
 * head inlines, and only those, and reads its article:modified_time: one
 * parse of the head does both.
 */
export function finishPage(html: string): FinishedPage {
  const head = readHead(html);
  const hashes = head.styles.map((css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`);
  return {
    html: html.replace(META_POLICY, (_, open: string, policy: string, close: string) =>
      // Hashes already there (a page finished before) are replaced, never added to.
      open + policy.replace(/style-src 'self'(?: 'sha256-[A-Za-z0-9+/=]+')*/, ["style-src 'self'", ...hashes].join(' ')) + close,
    ),
    modifiedTime: head.modifiedTime,
  };
}

/**
 * The text of each <style> element in the head (Astro puts every page style
 * there; one anywhere else would get no hash, and the browser would refuse
 * it) and the article:modified_time meta element, read with a real HTML
 * parser: attribute values may hold a raw "<style>" (an article's title in
 * its description, say), which a regular expression would take for an
 * element. The body is not read: an element there is text an article holds.
 */
function readHead(html: string): { styles: string[]; modifiedTime: string | undefined } {
  const styles: string[] = [];
  let modifiedTime: string | undefined;
  let current: string[] | null = null;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'style') current = [];
      if (name === 'meta' && attributes['property'] === 'article:modified_time') modifiedTime ??= attributes['content'];
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
  return { styles, modifiedTime };
}
