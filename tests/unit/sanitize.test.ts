import { describe, expect, it } from 'vitest';
import { sanitizeBlock } from '../../src/ingest/sanitize.ts';

describe('sanitizeBlock', () => {
  it.each([
    ['<script>alert(1)</script><p>ok</p>', '<p>ok</p>'],
    ['<p onclick="alert(1)" style="color:red">x</p>', '<p>x</p>'],
    ['<a href="javascript:alert(1)">x</a>', 'x'],
    ['<a href="JaVaScRiPt:alert(1)" title="t">x</a>', 'x'],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', 'x'],
    ['<a href="//evil.example/">x</a>', 'x'],
    ['<a href="https://example.org/">x</a>', '<a href="https://example.org/">x</a>'],
    ['<a href="mailto:news@example.org">x</a>', '<a href="mailto:news@example.org">x</a>'],
    ['<a href="/tags/x/">x</a>', '<a href="/tags/x/">x</a>'],
    ['<img src="javascript:alert(1)" onerror="alert(1)">', ''],
    // No image reaches a page, remote or not: `sanitizeBlock` reports each one.
    ['<img src="https://example.org/a.png">', ''],
    ['<img src="x" alt="relative">', ''],
    ['<img src="http://example.org/a.png">', ''],
    ['<p>a<br />b</p><hr />', '<p>a<br>b</p><hr>'],
    ['<svg><script>alert(1)</script></svg>', ''],
    ['<iframe src="https://example.org"></iframe><object></object><form><input></form>', ''],
    ['<style>body{}</style><textarea><img src=x onerror=alert(1)></textarea>', ''],
    ['<h1>Title</h1>', '<h2>Title</h2>'],
  ])('%s → %s', (input, output) => {
    expect(sanitizeBlock(input).html).toBe(output);
  });
});
