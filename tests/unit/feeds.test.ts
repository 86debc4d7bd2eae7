// Feed and structured-data helpers on hostile text.
import { getRssString } from '@astrojs/rss';
import { describe, expect, it } from 'vitest';
import { articleHtml } from '../../src/lib/articleHtml.ts';
import { rssOptions, xmlText } from '../../src/lib/feeds.ts';
import { jsonLd } from '../../src/lib/structuredData.ts';
import type { Article } from '../../src/ingest/schema.ts';
import { xmlError } from '../helpers/xml.ts';

const article: Article = {
  slug: 'a',
  title: 'Fish & <chips>\u0001 \uD800',
  format: 'txt',
  date: '2025-01-02',
  updated: null,
  author: 'Ann <b>',
  sourceUrl: null,
  siteName: null,
  description: null,
  dek: 'Dek ]]> end',
  paragraphs: ['One <script>alert(1)</script>', 'Two & "three"'],
  paragraphIds: ['p-one', 'p-two'],
  paragraphsHtml: null,
  tags: [{ name: 'A&B', slug: 'a-b' }],
  quotes: [],
  speakers: [],
  pullQuotes: [],
  wordCount: 6,
  readingMinutes: 1,
  removed: [],
};

describe('xmlText', () => {
  it('replaces only what XML 1.0 cannot hold', () => {
    expect(xmlText('a\u0000b\u0008c\td\ne\u000Bf\uFFFE')).toBe('a\uFFFDb\uFFFDc\td\ne\uFFFDf\uFFFD');
    expect(xmlText('ok 😀 \uD800 x \uDC00')).toBe('ok 😀 \uFFFD x \uFFFD');
    expect(xmlText('<>&"')).toBe('<>&"');
  });
});

describe('xmlError', () => {
  it('rejects what an XML reader would reject', () => {
    expect(xmlError('<a><b></a>')).toBeDefined();
    expect(xmlError('<a>\u0001</a>')).toBeDefined();
    expect(xmlError('<a x="1" x="2"/>')).toBeDefined();
    expect(xmlError('<a>&amp;</a>')).toBeUndefined();
  });
});

describe('articleHtml', () => {
  it('escapes plain-text paragraphs into <p> elements', () => {
    expect(articleHtml(article)).toBe('<p>One &lt;script&gt;alert(1)&lt;/script&gt;</p>\n<p>Two &amp; &quot;three&quot;</p>');
  });
  it('uses the sanitized HTML of Markdown articles as it is', () => {
    expect(articleHtml({ paragraphs: ['x'], paragraphsHtml: ['<p><em>x</em></p>'] })).toBe('<p><em>x</em></p>');
  });
});

describe('rssOptions', () => {
  it('makes well-formed RSS of hostile text, with the text intact', async () => {
    const channel = { title: 'T & <t>', description: 'D', homePath: 'tags/a-b/', feedPath: 'tags/a-b/rss.xml' };
    const text = await getRssString(rssOptions(channel, [article]));
    expect(xmlError(text)).toBeUndefined();
    expect(text).toContain('Fish &amp; &lt;chips&gt;\uFFFD \uFFFD');
    expect(text).toContain('<dc:creator>Ann &lt;b&gt;</dc:creator>');
    expect(text).toContain('<category>A&amp;B</category>');
  });
});

describe('jsonLd', () => {
  it('cannot close its <script> element or open a comment, and reads back exactly', () => {
    const data = { headline: '</script><script>alert(1)</script><!-- & \u2028' };
    const json = jsonLd(data);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(data);
  });
});
