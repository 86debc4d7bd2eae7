// The sitemap's lastmod comes from each built article page's
// article:modified_time, read from the head only, in the same pass that
// hashes the page's styles (src/integrations/csp.ts, finishPages.ts).
import { describe, expect, it } from 'vitest';
import { finishPage } from '../../src/integrations/csp.ts';

const modifiedTime = (html: string) => finishPage(html).modifiedTime;

describe('finishPage: article:modified_time', () => {
  it("reads the page's article:modified_time", () => {
    expect(modifiedTime('<!doctype html><html><head><meta property="article:modified_time" content="2025-02-13T00:00:00.000Z"></head><body></body></html>')).toBe('2025-02-13T00:00:00.000Z');
  });

  it('finds it after a long head, with a raw "<" in an attribute before it', () => {
    const style = `<style>${'p{color:red}'.repeat(3000)}</style>`;
    expect(
      modifiedTime(
        `<html><head><meta name="description" content="a <meta property=&quot;x&quot;> “curly” text">${style}<meta property="article:modified_time" content="2024-01-02T00:00:00.000Z"></head><body><p>x</p></body></html>`,
      ),
    ).toBe('2024-01-02T00:00:00.000Z');
  });

  it('ignores the body: a meta element there is text an article may hold, not page metadata', () => {
    expect(modifiedTime(`<html><head><title>t</title></head><body>${'x'.repeat(40_000)}<meta property="article:modified_time" content="1999-01-01"></body></html>`)).toBeUndefined();
  });

  it('is undefined for a page without one', () => {
    expect(modifiedTime('<html><head></head><body></body></html>')).toBeUndefined();
  });
});
