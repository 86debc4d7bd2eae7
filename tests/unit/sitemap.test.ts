// The sitemap's lastmod comes from each built article page's
// article:modified_time, read from the head only (src/integrations/sitemap.ts).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modifiedTime } from '../../src/integrations/sitemap.ts';

const dir = mkdtempSync(join(tmpdir(), 'broadsheet-sitemap-'));
function page(name: string, html: string): string {
  const path = join(dir, name);
  writeFileSync(path, html);
  return path;
}

describe('modifiedTime', () => {
  it("reads the page's article:modified_time", async () => {
    const path = page('plain.html', '<!doctype html><html><head><meta property="article:modified_time" content="2025-02-13T00:00:00.000Z"></head><body></body></html>');
    expect(await modifiedTime(path)).toBe('2025-02-13T00:00:00.000Z');
  });

  it('finds it after a head longer than one read, split anywhere, with a raw "<" in an attribute before it', async () => {
    const style = `<style>${'p{color:red}'.repeat(3000)}</style>`;
    const path = page(
      'long.html',
      `<html><head><meta name="description" content="a <meta property=&quot;x&quot;> “curly” text">${style}<meta property="article:modified_time" content="2024-01-02T00:00:00.000Z"></head><body><p>x</p></body></html>`,
    );
    expect(await modifiedTime(path)).toBe('2024-01-02T00:00:00.000Z');
  });

  it('ignores the body: a meta element there is text an article may hold, not page metadata', async () => {
    const path = page('body.html', `<html><head><title>t</title></head><body>${'x'.repeat(40_000)}<meta property="article:modified_time" content="1999-01-01"></body></html>`);
    expect(await modifiedTime(path)).toBeUndefined();
  });

  it('is undefined for a page without one, or no page at all', async () => {
    expect(await modifiedTime(page('none.html', '<html><head></head><body></body></html>'))).toBeUndefined();
    expect(await modifiedTime(join(dir, 'missing.html'))).toBeUndefined();
  });
});
