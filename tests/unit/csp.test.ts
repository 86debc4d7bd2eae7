// Each page's <meta> policy: written by BaseHead.astro from pagePolicy
// (src/lib/contentSecurityPolicy.ts), then given the hashes of exactly the
// styles the page inlines (src/integrations/csp.ts).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { finishPage } from '../../src/integrations/csp.ts';
import { pagePolicy } from '../../src/lib/contentSecurityPolicy.ts';

const hash = (css: string) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
const page = (head: string, body = '') =>
  `<html><head><meta http-equiv="content-security-policy" content="${pagePolicy()}">${head}</head><body>${body}</body></html>`;
const policyOf = (html: string) => /content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';

describe('pagePolicy', () => {
  it('allows no script unless the page names what it runs', () => {
    expect(pagePolicy()).toContain("script-src 'none'");
    expect(pagePolicy(["'self'", "'wasm-unsafe-eval'"])).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(pagePolicy()).toMatch(/^default-src 'self'; .*object-src 'none'; base-uri 'self'; /);
  });
});

describe('finishPage: style hashes', () => {
  it("adds exactly the page's own style hashes, in order", () => {
    const html = finishPage(page('<style>p{color:red}</style><style>a{}</style>')).html;
    expect(policyOf(html)).toMatch(new RegExp(`style-src 'self' ${hash('p{color:red}')} ${hash('a{}')}$`.replace(/[+/]/g, '\\$&')));
    expect(policyOf(html)).toContain("script-src 'none'");
  });

  it('is not fooled by "<style>" inside an attribute value', () => {
    const html = finishPage(page('<meta name="description" content="<math><style><img src=x>"><style>b{}</style>')).html;
    expect(policyOf(html).endsWith(`style-src 'self' ${hash('b{}')}`)).toBe(true);
  });

  it('reads the head only: a "<style>" in the body is text an article may hold, and gets no hash', () => {
    const html = finishPage(page('<style>h1{}</style>', '<p>&lt;style&gt;</p><style>p{}</style>')).html;
    expect(policyOf(html).endsWith(`style-src 'self' ${hash('h1{}')}`)).toBe(true);
  });

  it('gives a page finished twice the same policy as once', () => {
    const once = finishPage(page('<style>p{color:red}</style>')).html;
    expect(finishPage(once).html).toBe(once);
  });

  it('leaves a page without styles at style-src self, and the rest of the page as it was', () => {
    const before = page('<title>t</title>', '<p>x</p>');
    expect(finishPage(before).html).toBe(before);
  });
});
