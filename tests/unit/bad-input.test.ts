// Every class of bad input gets a problem that names the file (and line or
// field) and says what to do. Many bad files are all reported at once.
import { describe, expect, it } from 'vitest';
import { formatProblem, ingestArticle, ingestArticles, type ArticleSource, type IngestProblem } from '../../src/ingest/index.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const GOOD = 'A good headline\n\nA first paragraph of the article.\n';

function problemsFor(source: ArticleSource, maxFileBytes?: number): IngestProblem[] {
  const result = ingestArticle(source, maxFileBytes === undefined ? {} : { maxFileBytes });
  if (result.ok) throw new Error(`${source.path} was accepted`);
  return result.problems;
}

function onlyMessage(source: ArticleSource, maxFileBytes?: number): string {
  const problems = problemsFor(source, maxFileBytes);
  expect(problems).toHaveLength(1);
  const message = formatProblem(problems[0] as IngestProblem);
  // A metadata problem names the sidecar; anything else, the article.
  expect(message.startsWith(source.path) || message.startsWith(source.sidecar?.path ?? source.path)).toBe(true);
  expect(message).not.toMatch(/\n\s+at /); // no stack trace
  return message;
}

describe('bad input', () => {
  it.each([
    ['empty', ''],
    ['whitespace only', ' \n\t\r\n\u00a0\ufeff \n'],
  ])('rejects a file that is %s', (_, text) => {
    expect(onlyMessage({ path: 'articles/blank.txt', bytes: encode(text) })).toMatch(/empty or only whitespace.*Put the article text in it/);
  });

  it('rejects a file whose first line is too long to be a headline', () => {
    const text = `${'word '.repeat(100)}\n\nBody.\n`;
    expect(onlyMessage({ path: 'articles/no-title.txt', bytes: encode(text) })).toMatch(
      /no-title\.txt:1: no recognisable title.*Put the headline on the first line/,
    );
  });

  it('rejects a file with nothing but page furniture', () => {
    expect(onlyMessage({ path: 'articles/furniture.txt', bytes: encode('#one #two\n\nLeave a Reply\n') })).toMatch(/no recognisable title/);
  });

  it('rejects a file with a title and no body', () => {
    expect(onlyMessage({ path: 'articles/title-only.txt', bytes: encode('Just a headline\n\nJust a headline\n') })).toMatch(/no article text/);
  });

  it('rejects binary files, naming the line', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(onlyMessage({ path: 'articles/picture.txt', bytes: png })).toMatch(/picture\.txt:3: file contains NUL bytes, so it is binary/);
  });

  it('rejects invalid UTF-8, naming the line and suggesting a conversion', () => {
    const bytes = Uint8Array.from([...encode('Headline\n\nIt'), 0x92, ...encode('s Windows-1252.\n')]);
    expect(onlyMessage({ path: 'articles/cp1252.txt', bytes })).toMatch(/cp1252\.txt:3: invalid UTF-8 \(byte 0x92.*iconv/);
  });

  it('rejects overlong UTF-8 and encoded surrogates', () => {
    expect(onlyMessage({ path: 'a.txt', bytes: Uint8Array.from([0x41, 0xc0, 0xaf]) })).toMatch(/invalid UTF-8/);
    expect(onlyMessage({ path: 'b.txt', bytes: Uint8Array.from([0x41, 0xed, 0xa0, 0x80]) })).toMatch(/invalid UTF-8/);
  });

  it('rejects a file over the size limit', () => {
    expect(onlyMessage({ path: 'articles/huge.txt', bytes: encode(GOOD.repeat(100)) }, 1024)).toMatch(/over the 1\.0 KB limit.*raise the limit/);
  });

  it('rejects a malformed sidecar, naming its line', () => {
    const message = onlyMessage({ path: 'a.txt', bytes: encode(GOOD), sidecar: { path: 'a.yml', text: 'date: 2025-01-01\nauthor: [unclosed\n' } });
    expect(message).toMatch(/^a\.yml:\d+: malformed YAML/);
  });

  it.each([
    ['an unknown key', 'autor: Jo Park\n', /a\.yml \(field "autor"\): unknown field.*Known fields are/],
    ['an impossible date', 'date: 2025-02-30\n', /field "date"\): "2025-02-30" is not a date; write it as YYYY-MM-DD/],
    ['a date in words', 'date: yesterday\n', /field "date"\): "yesterday" is not a date/],
    ['a source that is not a URL', 'source: example.org/page\n', /field "source"\): must be an absolute http\(s\) URL/],
    ['tags that are not a list', 'tags: 5\n', /field "tags"\)/],
    ['a list at the top', '- a\n- b\n', /a\.yml: metadata must be a list of `key: value` lines/],
  ])('rejects a sidecar with %s', (_, yaml, pattern) => {
    expect(onlyMessage({ path: 'a.txt', bytes: encode(GOOD), sidecar: { path: 'a.yml', text: yaml } })).toMatch(pattern);
  });

  it('rejects a pull-quote choice that matches no quotation', () => {
    const text = 'Headline\n\n“We will be back next year with a bigger show,” organiser Lee Chan said.\n';
    const message = onlyMessage({ path: 'a.txt', bytes: encode(text), sidecar: { path: 'a.yml', text: 'pullQuotes: [We never said this]\n' } });
    expect(message).toMatch(/field "pullQuotes\[0\]"\): no quotation in the article starts with "We never said this"/);
  });

  it('rejects malformed front matter in Markdown, naming the line', () => {
    const text = '---\ntitle: Fine\ndate: [2025\n---\n\nBody text here.\n';
    expect(onlyMessage({ path: 'post.md', bytes: encode(text) })).toMatch(/^post\.md:\d+: malformed YAML/);
  });

  it('rejects a Markdown article with no title', () => {
    expect(onlyMessage({ path: 'post.md', bytes: encode('Just a paragraph, no heading.\n') })).toMatch(/no recognisable title.*front matter/);
  });

  it('reports every bad file at once, with the good ones unaffected', () => {
    const { articles, problems } = ingestArticles([
      { path: 'one.txt', bytes: encode(GOOD) },
      { path: 'empty.txt', bytes: encode('') },
      { path: 'two.txt', bytes: encode('Another headline\n\nAnother body.\n') },
      { path: 'binary.txt', bytes: Uint8Array.from([0, 1, 2]) },
      { path: 'sub/one.txt', bytes: encode('Same name\n\nDifferent folder.\n') },
    ]);
    expect(articles.map((a) => a.slug)).toEqual(['one', 'two']);
    expect(problems.map((p) => p.file)).toEqual(['empty.txt', 'binary.txt', 'sub/one.txt']);
    expect(formatProblem(problems[2] as IngestProblem)).toMatch(/sub\/one\.txt \(field "slug"\): slug "one" is already used by one\.txt.*Rename one of the files/);
  });
});
