// The page-weight measure itself, on a small built site written here: it
// must see stylesheets, the fonts they load, blocking and deferred scripts,
// and images, or the budgets would pass by not looking.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../tooling/pageWeight.ts';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-weight-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('pageWeight', () => {
  it('counts one request and the gzip size for a page with everything inlined', () => {
    const html = '<!doctype html><html><head><style>p{color:red}</style><script type="application/ld+json">{"a":1}</script></head><body><p>x</p></body></html>';
    const dir = site({ 'index.html': html });
    const weight = pageWeight(dir, '');
    expect(weight.firstRenderRequests).toBe(1);
    expect(weight.firstRenderGzip).toBe(gzipSync(Buffer.from(html)).byteLength);
    expect(weight.jsBytes).toBe(0);
    expect(weight.inlineScripts).toBe(0);
  });

  it('adds blocking stylesheets, their fonts, classic scripts and eager images; defers modules and lazy images', () => {
    const dir = site({
      'post/index.html':
        '<html><head><link rel="stylesheet" href="/blog/_astro/a.css"><script src="/blog/s.js"></script><script type="module" src="/blog/m.js"></script><script>var x=1</script></head>' +
        '<body><img src="/blog/hero.png"><img loading="lazy" src="/blog/below.png"></body></html>',
      '_astro/a.css': "@font-face{src:url('/blog/f.woff2')}body{background:url(data:image/png;base64,AA==)}",
      'f.woff2': 'F'.repeat(2000),
      's.js': 'console.log(1)',
      'm.js': 'export {}',
      'hero.png': 'P'.repeat(500),
      'below.png': 'P'.repeat(500),
    });
    const weight = pageWeight(dir, 'post/', '/blog/');
    const blocking = weight.resources.filter((r) => r.blocking).map((r) => `${r.kind} ${r.url}`);
    expect(blocking.sort()).toEqual(['css /blog/_astro/a.css', 'font /blog/f.woff2', 'image /blog/hero.png', 'script /blog/s.js']);
    expect(weight.firstRenderRequests).toBe(5);
    expect(weight.jsBytes).toBe('console.log(1)'.length + 'export {}'.length);
    expect(weight.inlineScripts).toBe(1);
    expect(weight.resources.find((r) => r.kind === 'font')?.sizes.raw).toBe(2000);
  });
});
