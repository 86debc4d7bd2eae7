// Every class of bad input gets a problem that names the file (and line or
// field) and says what to do. Many bad files are all reported at once.
import { describe, expect, it } from 'vitest';
import { formatProblem, ingestArticle, ingestArticles, type ArticleSource, type IngestProblem } from '../../src/ingest/index.ts';
import { MAX_DESCRIPTION_CHARS, MAX_MARKDOWN_NESTING, MAX_SLUG_BYTES, MAX_YAML_ALIASES } from '../../src/ingest/limits.ts';

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
    const message = onlyMessage({ path: 'a.txt', bytes: encode(GOOD), sidecar: { path: 'a.yml', bytes: encode('date: 2025-01-01\nauthor: [unclosed\n') } });
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
    expect(onlyMessage({ path: 'a.txt', bytes: encode(GOOD), sidecar: { path: 'a.yml', bytes: encode(yaml) } })).toMatch(pattern);
  });

  it('rejects a pull-quote choice that matches no quotation', () => {
    const text = 'Headline\n\n“We will be back next year with a bigger show,” organiser Lee Chan said.\n';
    const message = onlyMessage({ path: 'a.txt', bytes: encode(text), sidecar: { path: 'a.yml', bytes: encode('pullQuotes: [We never said this]\n') } });
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

/** A YAML alias nest: each level repeats the one before nine times (the "billion laughs"). */
function aliasBomb(levels: number): string {
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < levels; i += 1) lines.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\ntitle: fine\n`;
}

function accepted(source: ArticleSource) {
  const result = ingestArticle(source);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.value;
}

describe('limits: one bad file is its own problem, never the whole build', () => {
  it.each([
    ['a sidecar', (yaml: string) => ({ path: 'a.txt', bytes: encode(GOOD), sidecar: { path: 'a.yml', bytes: encode(yaml) } })],
    ['front matter', (yaml: string) => ({ path: 'a.md', bytes: encode(`---\n${yaml}---\n\n# Title\n\nBody text.\n`) })],
  ])('refuses a YAML alias bomb in %s', (_, source) => {
    expect(onlyMessage(source(aliasBomb(10)))).toMatch(new RegExp(`YAML aliases \\(\`\\*name\`\\) expand too far: the limit is ${MAX_YAML_ALIASES}`));
  });

  it('allows a few aliases', () => {
    const yaml = 'tags: &t [One, Two]\ntitle: Fine title\n';
    expect(accepted({ path: 'a.txt', bytes: encode(GOOD), sidecar: { path: 'a.yml', bytes: encode(yaml) } }).title).toBe('Fine title');
  });

  it.each([
    ['block quotes', `${'>'.repeat(2000)} deep`, 7],
    ['list items', `${'- '.repeat(10000)}x`, 7],
    // Two spaces a level: the first item past the limit (level 51, line 7 + 50) is the one named.
    ['indented lists', Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n'), 7 + MAX_MARKDOWN_NESTING],
    ['mixed quotes and lists', `${'> - '.repeat(1000)}x`, 7],
  ])('refuses Markdown nested too deep (%s), naming the line', (_, body, line) => {
    const text = `---\ntitle: Deep\n---\n\nA first paragraph.\n\n${body}\n`;
    expect(onlyMessage({ path: 'deep.md', bytes: encode(text) })).toMatch(
      new RegExp(`^deep\\.md:${line}: block quotes and lists nested more than ${MAX_MARKDOWN_NESTING} levels deep`),
    );
  });

  it('accepts nesting up to the limit', () => {
    const text = `# Title\n\nIntro.\n\n${'>'.repeat(MAX_MARKDOWN_NESTING)} deep but fine\n`;
    expect(accepted({ path: 'ok.md', bytes: encode(text) }).paragraphs).toContain('deep but fine');
  });

  it('refuses front matter that never closes, rather than publishing it as a paragraph', () => {
    const text = '---\ntitle: Lost title\ndate: 2025-01-01\n\nThe body.\n';
    expect(onlyMessage({ path: 'open.md', bytes: encode(text) })).toMatch(/^open\.md:1: the front matter opened here is never closed\. Add a line `---`/);
  });

  it('refuses a slug too long for a file name, and shortens one it makes itself', () => {
    expect(onlyMessage({ path: 'a.md', bytes: encode(`---\nslug: ${'a'.repeat(300)}\n---\n\n# T\n\nBody.\n`) })).toMatch(
      new RegExp(`field "slug"\\): must be at most ${MAX_SLUG_BYTES} characters`),
    );
    const long = accepted({ path: `${'ж'.repeat(80)}-${'word-'.repeat(60)}.txt`, bytes: encode(`${GOOD}\n#${'b'.repeat(256)} #Short\n`) });
    expect(Buffer.byteLength(long.slug)).toBeLessThanOrEqual(MAX_SLUG_BYTES);
    expect(long.tags.map((tag) => Buffer.byteLength(tag.slug) <= MAX_SLUG_BYTES)).toEqual([true, true]);
    // The tag keeps its whole name; only its slug is cut.
    expect(long.tags[0]?.name).toBe('b'.repeat(256));
  });

  it('refuses a description longer than a dek', () => {
    const yaml = `description: ${'word '.repeat(MAX_DESCRIPTION_CHARS)}\n`;
    expect(onlyMessage({ path: 'a.txt', bytes: encode(GOOD), sidecar: { path: 'a.yml', bytes: encode(yaml) } })).toMatch(/field "description"\): must be at most/);
  });

  it.each(['0000-01-01', '0999-12-31'])('refuses the placeholder date %s', (date) => {
    expect(onlyMessage({ path: 'a.txt', bytes: encode(GOOD), sidecar: { path: 'a.yml', bytes: encode(`date: ${date}\n`) } })).toMatch(/field "date"\): "0\d{3}-\d\d-\d\d" is not a date/);
  });
});

describe('text is never lost silently', () => {
  it.each([
    ['little endian', 'utf16le', [0xff, 0xfe]],
    ['big endian', 'utf16be', [0xfe, 0xff]],
  ] as const)('reads UTF-16 (%s) with a byte order mark', (_, encoding, bom) => {
    const text = 'Un titre accentué\n\nLe corps de l’article, en français.\n';
    const body = encoding === 'utf16le' ? Buffer.from(text, 'utf16le') : Buffer.from(text, 'utf16le').swap16();
    const article = accepted({ path: 'u.txt', bytes: Buffer.concat([Buffer.from(bom), body]) });
    expect([article.title, article.paragraphs]).toEqual(['Un titre accentué', ['Le corps de l’article, en français.']]);
  });

  it('names UTF-16 without a byte order mark for what it may be', () => {
    expect(onlyMessage({ path: 'u.txt', bytes: Buffer.from('Title\n\nBody.\n', 'utf16le') })).toMatch(/NUL bytes, so it is binary \(or UTF-16 without a byte order mark\)/);
  });

  it('keeps the words of raw HTML blocks in Markdown, and their paragraphs', () => {
    const text = [
      '# Title',
      '<div>Text inside a div.</div>',
      '<p style="color:red" onclick="x()">A styled paragraph.</p>',
      '<details><summary>More</summary>Folded text.</details>',
      '<section><span>Nested</span> <b>words</b></section>',
      'AT&amp;T &mdash; R&D.',
    ].join('\n\n');
    const article = accepted({ path: 'raw.md', bytes: encode(text) });
    expect(article.paragraphs).toEqual(['Text inside a div.', 'A styled paragraph.', 'More Folded text.', 'Nested words', 'AT&T — R&D.']);
    expect(article.paragraphsHtml).toEqual([
      '<p>Text inside a div.</p>',
      '<p>A styled paragraph.</p>',
      '<details><summary>More</summary>Folded text.</details>',
      '<p>Nested words</p>',
      '<p>AT&amp;T — R&amp;D.</p>',
    ]);
  });

  it('drops Markdown leftovers that show nothing, reporting them', () => {
    const article = accepted({ path: 'e.md', bytes: encode('# Title\n\nText.\n\n<p>  </p>\n\n&nbsp;\n\n<div></div>\n\nMore text.\n') });
    expect(article.paragraphs).toEqual(['Text.', 'More text.']);
    expect(article.removed.map((r) => r.reason)).toEqual(['empty', 'empty', 'empty']);
  });

  it('shows no image, reporting each one with its address', () => {
    const text = '# Title\n\nA photo ![the harbour](https://example.org/h.jpg) here.\n\n![Only a picture](https://cdn.example/p.png)\n\n<img src="/local.png" alt="">\n';
    const article = accepted({ path: 'i.md', bytes: encode(text) });
    expect(article.paragraphsHtml?.join('')).not.toMatch(/<img/);
    expect(article.paragraphs).toEqual(['A photo here.']);
    expect(article.removed).toEqual([
      { reason: 'image', text: 'the harbour (https://example.org/h.jpg)' },
      { reason: 'image', text: 'Only a picture (https://cdn.example/p.png)' },
      { reason: 'image', text: '/local.png' },
    ]);
  });
});

describe('Markdown that only looks like a limit', () => {
  it.each([
    ['a thematic break at the top', '---\n\n# Title\n\nBody text.\n'],
    ['a thematic break right before the heading', '---\n# Title\n\nBody text.\n'],
    ['a code block indented far', '# Title\n\nBody text.\n\n```\n' + `${' '.repeat(110)}deep code\n` + '```\n'],
    ['a fenced line of quote marks', '# Title\n\nBody text.\n\n```\n' + `${'>'.repeat(60)}\n` + '```\n'],
    ['a long rule of dashes', `# Title\n\nBody text.\n\n${'- '.repeat(60)}\n\nMore text.\n`],
    ['ordinary nested lists', '# Title\n\nBody text.\n\n- a\n  - b\n    - c\n      - d\n\n    indented code\n'],
  ])('accepts %s', (_, text) => {
    expect(accepted({ path: 'ok.md', bytes: encode(text) }).title).toBe('Title');
  });

  it('closes front matter with YAML’s `...` too', () => {
    expect(accepted({ path: 'ok.md', bytes: encode('---\ntitle: Dotted\n...\n\nBody text.\n') }).title).toBe('Dotted');
  });
});

describe('raw HTML in Markdown keeps its paragraphs apart', () => {
  it.each([
    ['two divs', '<div>First line</div><div>Second line</div>', ['First line', 'Second line'], ['<p>First line</p>', '<p>Second line</p>']],
    ['text and a paragraph in a div', '<div>Intro<p>para</p></div>', ['Intro', 'para'], ['<p>Intro</p>', '<p>para</p>']],
    ['a heading and text in a section', '<section><h2>H</h2>Text</section>', ['H', 'Text'], ['<h2>H</h2>', '<p>Text</p>']],
  ])('%s', (_, html, paragraphs, paragraphsHtml) => {
    const article = accepted({ path: 'raw.md', bytes: encode(`# Title\n\n${html}\n`) });
    expect([article.paragraphs, article.paragraphsHtml]).toEqual([paragraphs, paragraphsHtml]);
  });
});
