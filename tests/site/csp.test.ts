// Each page's Content-Security-Policy allows what the page holds and nothing
// more: no script at all (the search page: its own bundled script and
// WebAssembly), and exactly the hashes of its own inline styles.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { HEADER_POLICY } from '../../src/lib/contentSecurityPolicy.ts';
import { htmlFiles, pagePath, readPage } from '../helpers/dist.ts';
import { parseHeadersFile } from '../../tooling/server.ts';

const outDir = inject('outDir');

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0] !== '')
      .map(([name, ...values]) => [name ?? '', values]),
  );
}

describe('the page policies', () => {
  it.each(htmlFiles(outDir).map((file) => [pagePath(outDir, file), file]))('%s', (_, file) => {
    const { document } = readPage(outDir, file.slice(outDir.length + 1));
    const meta = document.querySelector('meta[http-equiv="content-security-policy"]');
    const policy = directives(meta?.getAttribute('content') ?? '');
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    if (pagePath(outDir, file) === '/search/') {
      expect(policy.get('script-src')).toEqual(expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]));
      expect(policy.get('script-src')?.filter((source) => !source.startsWith("'sha256-"))).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    } else {
      expect(policy.get('script-src')).toEqual(["'none'"]);
    }
    const styleHashes = [...document.querySelectorAll('style')].map(
      (style) => `'sha256-${createHash('sha256').update(style.textContent ?? '').digest('base64')}'`,
    );
    expect(new Set(policy.get('style-src'))).toEqual(new Set(["'self'", ...styleHashes]));
    expect(document.querySelectorAll('[style]')).toHaveLength(0);
  });
});

describe('_headers', () => {
  const rules = parseHeadersFile(readFileSync(join(outDir, '_headers'), 'utf8'));
  const all = new Map(rules.find((rule) => rule.pattern.test('/anything'))?.headers);

  it('sends the policy with frame-ancestors and same-origin scripts only to every path', () => {
    expect(all.get('Content-Security-Policy')).toBe(HEADER_POLICY);
    const policy = directives(HEADER_POLICY);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    // Pagefind's worker is a file and reads only this policy; each page's <meta> narrows it further.
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(HEADER_POLICY).not.toContain("'unsafe-eval'");
  });

  it('sends nosniff, a referrer policy and a permissions policy', () => {
    expect(all.get('X-Content-Type-Options')).toBe('nosniff');
    expect(all.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(all.get('Permissions-Policy')).toMatch(/camera=\(\)/);
  });

  it('caches hashed assets for a year, immutably', () => {
    const assets = rules.find((rule) => rule.pattern.source.includes('_astro'));
    expect(assets?.pattern.test('/_astro/page.a1b2c3.css')).toBe(true);
    expect(new Map(assets?.headers).get('Cache-Control')).toBe('public, max-age=31536000, immutable');
  });
});
