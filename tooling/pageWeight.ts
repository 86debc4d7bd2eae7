// What a page costs a reader: its HTML raw, gzip and brotli, and every
// resource the browser must fetch before it can render the page, read from
// a built dist/. Used by `npm run bench:pages` and by the budget test.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface Resource {
  url: string;
  kind: 'css' | 'script' | 'font' | 'image';
  /** Needed before the first render (render-blocking CSS and scripts, fonts, eager images). */
  blocking: boolean;
  sizes: Sizes;
}

export interface PageWeight {
  path: string;
  html: Sizes;
  resources: Resource[];
  /** Requests before the first render: the HTML and every blocking resource. */
  firstRenderRequests: number;
  /** gzip bytes of the HTML and every blocking resource. */
  firstRenderGzip: number;
  /** Bytes of JavaScript the page loads (raw), blocking or not. */
  jsBytes: number;
  /** Inline <script> elements that hold code (JSON-LD is data and not counted). */
  inlineScripts: number;
}

function sizesOf(bytes: Uint8Array): Sizes {
  return { raw: bytes.byteLength, gzip: gzipSync(bytes).byteLength, brotli: brotliCompressSync(bytes).byteLength };
}

/** The dist file behind a site URL path under `base`. */
function fileFor(outDir: string, base: string, href: string): string | undefined {
  const url = new URL(href, 'http://site.invalid/');
  if (url.origin !== 'http://site.invalid' || !url.pathname.startsWith(base)) return undefined;
  const path = decodeURIComponent(url.pathname.slice(base.length));
  const file = join(outDir, path.endsWith('/') || path === '' ? join(path, 'index.html') : path);
  return existsSync(file) ? file : undefined;
}

/** url() references in a stylesheet, fonts first (an @font-face src) then anything else. */
function cssReferences(css: string): Array<{ url: string; kind: 'font' | 'image' }> {
  const references: Array<{ url: string; kind: 'font' | 'image' }> = [];
  for (const match of css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
    const url = match[1] ?? '';
    if (url.startsWith('data:')) continue;
    references.push({ url, kind: /\.(woff2?|ttf|otf)(\?|#|$)/.test(url) ? 'font' : 'image' });
  }
  return references;
}

export function pageWeight(outDir: string, path: string, base = '/'): PageWeight {
  const htmlFile = join(outDir, path.endsWith('.html') ? path : join(path, 'index.html'));
  const htmlBytes = readFileSync(htmlFile);
  const found: Array<{ url: string; kind: Resource['kind']; blocking: boolean }> = [];
  const inlineCss: string[] = [];
  let inlineScripts = 0;
  let inStyle = false;
  let inScript = false;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'link' && attributes.rel?.split(/\s+/).includes('stylesheet') && attributes.href !== undefined) {
        found.push({ url: attributes.href, kind: 'css', blocking: attributes.media !== 'print' });
      }
      if (name === 'script') {
        const code = attributes.type !== 'application/ld+json';
        if (code && attributes.src !== undefined) {
          // Classic scripts without async/defer block rendering; modules are deferred.
          const deferred = attributes.type === 'module' || 'async' in attributes || 'defer' in attributes;
          found.push({ url: attributes.src, kind: 'script', blocking: !deferred });
        }
        inScript = code && attributes.src === undefined;
      }
      if (name === 'img' && attributes.src !== undefined) found.push({ url: attributes.src, kind: 'image', blocking: attributes.loading !== 'lazy' });
      if (name === 'style') inStyle = true;
    },
    ontext(text) {
      if (inStyle) inlineCss.push(text);
      if (inScript && text.trim() !== '') inlineScripts += 1;
    },
    onclosetag(name) {
      if (name === 'style') inStyle = false;
      if (name === 'script') inScript = false;
    },
  });
  parser.write(htmlBytes.toString('utf8'));
  parser.end();
  for (const ref of cssReferences(inlineCss.join('\n'))) found.push({ ...ref, blocking: ref.kind === 'font' });

  const resources: Resource[] = [];
  const seen = new Set<string>();
  for (const item of found) {
    if (seen.has(item.url)) continue;
    seen.add(item.url);
    const file = fileFor(outDir, base, item.url);
    const bytes = file === undefined ? new Uint8Array() : readFileSync(file);
    resources.push({ ...item, sizes: sizesOf(bytes) });
    if (item.kind === 'css') {
      for (const ref of cssReferences(Buffer.from(bytes).toString('utf8'))) {
        if (seen.has(ref.url)) continue;
        seen.add(ref.url);
        const refFile = fileFor(outDir, base, new URL(ref.url, new URL(item.url, 'http://site.invalid/')).pathname);
        resources.push({ url: ref.url, kind: ref.kind, blocking: ref.kind === 'font' && item.blocking, sizes: sizesOf(refFile === undefined ? new Uint8Array() : readFileSync(refFile)) });
      }
    }
  }
  const html = sizesOf(htmlBytes);
  const blocking = resources.filter((resource) => resource.blocking);
  return {
    path,
    html,
    resources,
    firstRenderRequests: 1 + blocking.length,
    firstRenderGzip: html.gzip + blocking.reduce((sum, resource) => sum + resource.sizes.gzip, 0),
    jsBytes: resources.filter((resource) => resource.kind === 'script').reduce((sum, resource) => sum + resource.sizes.raw, 0),
    inlineScripts,
  };
}

/** The page types the budgets and the benchmark cover, as paths in dist/. */
export function pageTypes(seedSlug: string, tag: string): Array<[type: string, path: string]> {
  return [
    ['index', ''],
    ['article', `articles/${seedSlug}/`],
    ['tag index', 'tags/'],
    ['tag', `tags/${tag}/`],
    ['404', '404.html'],
    ['search', 'search/'],
  ];
}
