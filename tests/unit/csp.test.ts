import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { narrowPolicy } from '../../src/integrations/csp.ts';

const hash = (css: string) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
const page = (head: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-x'; style-src 'self' 'sha256-a' 'sha256-b';">${head}</head><body></body></html>`;

describe('narrowPolicy', () => {
  it("lists exactly the page's own style hashes and forbids scripts when there are none", () => {
    const html = narrowPolicy(page('<style>p{color:red}</style><style>a{}</style>'));
    expect(html).toContain(`script-src 'none'; style-src 'self' ${hash('p{color:red}')} ${hash('a{}')};`);
  });

  it('is not fooled by "<style>" inside an attribute value', () => {
    const html = narrowPolicy(page('<meta name="description" content="<math><style><img src=x>"><style>b{}</style>'));
    expect(html).toContain(`style-src 'self' ${hash('b{}')};`);
  });

  it('keeps script-src when the page has a script', () => {
    expect(narrowPolicy(page('<script src="/s.js"></script>'))).toContain("script-src 'self' 'sha256-x';");
  });

  it('sees a script wherever it is: Astro renders a page\'s script in the body', () => {
    expect(narrowPolicy(page('</head><body><main></main><script type="module" src="/_astro/s.js"></script>'))).toContain("script-src 'self' 'sha256-x';");
  });

  it('counts JSON-LD as data, not as a script', () => {
    expect(narrowPolicy(page('<script type="application/ld+json">{"@type":"NewsArticle"}</script>'))).toContain("script-src 'none';");
  });
});
