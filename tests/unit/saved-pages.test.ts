// Saved HTML pages: decoded as a browser decodes them, and properties over
// generated pages — the same Article every time, and no sentence of the
// main text that Readability finds lost by Broadsheet's own stages.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes } from '../../src/ingest/01-decode.ts';
import { readSavedPage } from '../../src/ingest/html.ts';
import { formatProblem, ingestArticle } from '../../src/ingest/index.ts';
import { parseHTML } from 'linkedom';

const RUNS = Number(process.env['PROPERTY_RUNS'] ?? 200);
const MAX = 10 * 1024 * 1024;

function decoded(bytes: Uint8Array): string {
  const result = decodeHtmlBytes('page.html', bytes, MAX);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.value;
}

const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));

describe('decoding a saved page', () => {
  it.each([
    ['<meta charset> Shift_JIS', [...ascii('<meta charset="shift_jis"><p>'), 0x82, 0xa0, 0x82, 0xa2], 'あい'],
    ['<meta charset> GBK', [...ascii('<meta charset="gbk"><p>'), 0xc4, 0xe3, 0xba, 0xc3], '你好'],
    ['http-equiv ISO-8859-2', [...ascii('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"><p>'), 0xb1, 0xe6], 'ąć'],
    ['<meta charset> KOI8-R', [...ascii('<meta charset="koi8-r"><p>'), 0xcd, 0xcf, 0xd3, 0xcb, 0xd7, 0xc1], 'москва'],
    ['no declaration, not UTF-8: windows-1252', [...ascii('<p>'), 0x93, 0x43, 0x61, 0x66, 0xe9, 0x94], '“Café”'],
    ['no declaration, valid UTF-8: UTF-8', [...ascii('<p>'), 0xe2, 0x80, 0x9c, 0x43, 0x61, 0x66, 0xc3, 0xa9, 0xe2, 0x80, 0x9d], '“Café”'],
    ['a declared windows-1252 over UTF-8-looking bytes', [...ascii('<meta charset="windows-1252"><p>'), 0xc3, 0xa9], 'Ã©'],
    ['a UTF-16BE byte order mark', [0xfe, 0xff, ...Array.from(Buffer.from('<p>Žluť', 'utf16le').swap16())], 'Žluť'],
    ['a UTF-8 byte order mark over a wrong declaration', [0xef, 0xbb, 0xbf, ...ascii('<meta charset="iso-8859-1"><p>'), 0xc3, 0xa9], 'é'],
    ['a UTF-16LE byte order mark', [0xff, 0xfe, ...Array.from(Buffer.from('<p>Žluť', 'utf16le'))], 'Žluť'],
  ])('%s', (_, bytes, expected) => {
    expect(decoded(Uint8Array.from(bytes))).toContain(expected);
  });

  it('shows bytes invalid in the declared encoding as U+FFFD, as a browser does', () => {
    expect(decoded(Uint8Array.from([...ascii('<meta charset="utf-8"><p>a'), 0xff, ...ascii('b')]))).toContain('a\ufffdb');
  });
});

const WORDS = ['council', 'harbour', 'ferry', 'vote', 'budget', 'residents', 'bridge', 'spring', 'report', 'plan', 'river', 'school', 'mayor', 'museum'];
const CAPITALISED = ['The', 'A', 'Residents', 'Officials', 'Nobody', 'Everyone'];
const sentence = fc
  .tuple(fc.constantFrom(...CAPITALISED), fc.array(fc.constantFrom(...WORDS), { minLength: 6, maxLength: 14 }), fc.constantFrom('.', '!', '?'))
  .map(([first, words, end]) => `${first} ${words.join(' ')}${end}`);
const paragraph = fc.array(sentence, { minLength: 2, maxLength: 4 }).map((sentences) => sentences.join(' '));
const block = fc.oneof(
  { weight: 6, arbitrary: paragraph.map((text) => `<p>${text}</p>`) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 5 }).map((w) => `<h2>${w.join(' ')}</h2>`) },
  { weight: 1, arbitrary: fc.array(sentence, { minLength: 2, maxLength: 4 }).map((items) => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`) },
  { weight: 1, arbitrary: paragraph.map((text) => `<blockquote><p>${text}</p></blockquote>`) },
);
const FURNITURE = [
  '<nav><ul><li><a href="/">Home</a></li><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li></ul></nav>',
  '<div class="share"><a href="https://x.example/share">Share on X</a> <a href="https://fb.example/share">Facebook</a></div>',
  '<footer><p>© 2025 The Example Times. All rights reserved.</p><a href="/privacy">Privacy</a></footer>',
  '<aside class="related"><h3>Related</h3><ul><li><a href="/a">Another story</a></li></ul></aside>',
];
const page = fc
  .record({
    title: fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 8 }).map((w) => `Headline about ${w.join(' ')}`),
    blocks: fc.array(block, { minLength: 4, maxLength: 12 }),
    furniture: fc.subarray(FURNITURE),
  })
  .map(({ title, blocks, furniture }) => ({
    title,
    html: `<!doctype html><html><head><meta charset="utf-8"><title>${title} | The Example Times</title></head><body>${furniture.slice(0, 1).join('')}<main><article><h1>${title}</h1>${blocks.join('\n')}</article></main>${furniture.slice(1).join('')}</body></html>`,
  }));

/** The sentences of the main text, block by block: a sentence never runs from a heading into the paragraph after it. */
function mainTextSentences(content: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${content}</body></html>`);
  return [...document.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6')].flatMap((block) => {
    const text = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
    return text.match(/[^.!?]+[.!?]?/g)?.map((sentence) => sentence.trim()).filter((sentence) => sentence !== '') ?? [];
  });
}

describe('generated saved pages', () => {
  it('give the same Article every time', () => {
    fc.assert(
      fc.property(page, ({ html }) => {
        const bytes = new TextEncoder().encode(html);
        expect(ingestArticle({ path: 'page.html', bytes })).toEqual(ingestArticle({ path: 'page.html', bytes }));
      }),
      { numRuns: RUNS },
    );
  });

  it('lose no sentence of the main text Readability finds: each is kept or reported', () => {
    let articles = 0;
    fc.assert(
      fc.property(page, ({ title, html }) => {
        const found = readSavedPage('page.html', html);
        const result = ingestArticle({ path: 'page.html', bytes: new TextEncoder().encode(html) });
        // What Readability takes for the article is its business (the extraction evaluation measures it);
        // a page it finds too little in is refused, and only then.
        expect(result.ok).toBe(found.ok);
        if (!result.ok || !found.ok) return;
        articles += 1;
        const article = result.value;
        expect(article.title).toBe(title);
        const kept = [article.title, ...article.paragraphs, ...article.removed.map((r) => r.text)].join(' ');
        for (const sentence of mainTextSentences(found.value.content)) expect(kept).toContain(sentence);
      }),
      { numRuns: RUNS },
    );
    // Most generated pages are articles, or the property says little.
    expect(articles).toBeGreaterThan(RUNS / 2);
  });
});

describe('a declaration after the first kilobyte', () => {
  it('is followed, as the parser switches to it when it meets it', () => {
    const bytes = Uint8Array.from([...ascii(`<!-- ${'x'.repeat(2000)} --><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2"><p>`), 0xb1]);
    expect(decoded(bytes)).toContain('<p>ą');
  });
});

describe('links to other stories after the article', () => {
  const prose = 'The council voted on Tuesday to keep the harbour ferry running until spring, after a long campaign. ';
  const opening = 'Residents of the north shore, who rely on the ferry to reach the hospital, filled the town hall for the four-hour debate before the vote. ';
  const ingestPage = (article: string) => {
    const result = ingestArticle({ path: 'page.html', bytes: new TextEncoder().encode(`<html><head><meta charset="utf-8"></head><body><article><h1>Ferry saved</h1>${article}</article></body></html>`) });
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    return result.value;
  };

  it('are set aside with the heading over them, and reported', () => {
    const article = ingestPage(`<p>${opening}</p><p>${prose}</p><h3>Related stories</h3><ul><li><a href="https://news.example/a">Bridge repairs delayed again</a></li><li><a href="https://news.example/b">Night buses return</a></li></ul><p><a href="https://news.example/more">Read more about the harbour</a></p>`);
    expect(article.paragraphs).toEqual([opening.trim(), prose.trim()]);
    expect(article.removed.filter((r) => r.reason === 'related').map((r) => r.text)).toEqual([
      'Related stories',
      'Bridge repairs delayed again Night buses return',
      'Read more about the harbour',
    ]);
  });

  it('stay when prose follows them, or when they are a sentence with a link in it', () => {
    const list = '<ul><li><a href="https://news.example/a">The full report</a></li><li><a href="https://news.example/b">The council minutes</a></li></ul>';
    const withProseAfter = ingestPage(`<p>${opening}</p>${list}<p>${prose}</p>`);
    expect(withProseAfter.paragraphs).toContain('The full report The council minutes');
    const sentence = `<p>${opening}</p><p>The full decision, with the vote of each councillor, is <a href="https://news.example/d">on the council’s site</a>.</p>`;
    expect(ingestPage(sentence).paragraphs.at(-1)).toContain('on the council’s site');
  });
});
