// Real builds of hostile content folders: every bad file is listed by name
// with where in it, with no stack trace, and the others are not lost; what
// once broke the build (long names, namesakes, odd addresses, no articles at
// all) now builds.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/build.ts';

const BODY = 'The council met on Tuesday to settle the budget for the harbour district.\n';

/** One file of every bad kind, and what the build must say of it. */
const BAD_FILES: Array<{ name: string; content: string | Buffer; says: RegExp }> = [
  {
    name: 'alias-bomb.txt',
    content: `Alias bomb\n\n${BODY}`,
    says: /alias-bomb\.yml: YAML aliases \(`\*name`\) expand too far/,
  },
  { name: 'deep-quotes.md', content: `# Deep\n\nIntro.\n\n${'>'.repeat(2000)} deep\n`, says: /deep-quotes\.md:5: block quotes and lists nested more than/ },
  { name: 'deep-list.md', content: `# Deep\n\n${'- '.repeat(10000)}x\n`, says: /deep-list\.md:3: block quotes and lists nested more than/ },
  { name: 'long-slug.md', content: `---\nslug: ${'a'.repeat(300)}\n---\n\n# Long\n\n${BODY}`, says: /long-slug\.md \(field "slug"\): must be at most/ },
  { name: 'unclosed.md', content: `---\ntitle: Lost\ndate: 2025-01-01\n\n${BODY}`, says: /unclosed\.md:1: the front matter opened here is never closed/ },
  { name: 'cp1252.txt', content: Buffer.from(`Caf\xe9 news\n\n${BODY}`, 'latin1'), says: /cp1252\.txt:1: invalid UTF-8/ },
  { name: 'binary.txt', content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), says: /binary\.txt:1: file contains NUL bytes/ },
  { name: 'empty.txt', content: '', says: /empty\.txt: file is empty/ },
  { name: 'zero-date.txt', content: `Zero date\n\n${BODY}`, says: /zero-date\.yml \(field "date"\): "0000-01-01" is not a date/ },
  { name: 'two-sidecars.txt', content: `Two sidecars\n\n${BODY}`, says: /two-sidecars\.txt: has 2 sidecars/ },
  { name: 'big-sidecar.txt', content: `Big sidecar\n\n${BODY}`, says: /big-sidecar\.yml: file is .* over the 64\.0 KB limit/ },
  { name: 'latin-sidecar.txt', content: `Latin sidecar\n\n${BODY}`, says: /latin-sidecar\.yml:1: invalid UTF-8/ },
  { name: 'x.txt', content: '', says: /x\.txt: is a folder, not a file/ },
  { name: 'secrets.txt', content: '', says: /secrets\.txt: is a link to a file outside the content folder/ },
  { name: 'orphan.yml', content: 'title: Nobody\n', says: /orphan\.yml: sidecar with no article beside it/ },
];

function aliasBomb(): string {
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 10; i += 1) lines.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

function badFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'broadsheet-bad-'));
  const dir = join(root, 'articles');
  mkdirSync(dir);
  writeFileSync(join(root, 'secrets.env'), 'API_KEY=do-not-publish\n');
  writeFileSync(join(dir, 'good.txt'), `A good article\n\n${BODY}`);
  for (const file of BAD_FILES) {
    if (file.name === 'x.txt') mkdirSync(join(dir, file.name));
    else if (file.name === 'secrets.txt') symlinkSync(join(root, 'secrets.env'), join(dir, file.name));
    else writeFileSync(join(dir, file.name), file.content);
  }
  writeFileSync(join(dir, 'alias-bomb.yml'), aliasBomb());
  writeFileSync(join(dir, 'zero-date.yml'), 'date: 0000-01-01\n');
  writeFileSync(join(dir, 'two-sidecars.yml'), 'title: One\n');
  writeFileSync(join(dir, 'two-sidecars.YAML'), 'title: Two\n');
  writeFileSync(join(dir, 'big-sidecar.yml'), `description: ${'word '.repeat(20000)}\n`);
  writeFileSync(join(dir, 'latin-sidecar.yml'), Buffer.from('author: Jos\xe9 Garc\xeda\n', 'latin1'));
  return dir;
}

/** Files that once broke the build or the site, and must now build. */
function hostileButGoodFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-hostile-'));
  const write = (name: string, text: string) => writeFileSync(join(dir, name), text);
  write(`${'ж'.repeat(80)}.txt`, `A file name of wide letters\n\n${BODY}`);
  write('long-hashtag.txt', `A very long hashtag\n\n${BODY}\n#${'b'.repeat(256)} #Москва #москва #МОСКВА\n`);
  write('mayor.txt', `Mayor opens the bridge\n\n“It is a great day for the city,” said José García, the mayor.\n`);
  write('councillor.txt', `Council votes on the budget\n\n“We cannot afford this,” said Jose Garcia, a councillor.\n`);
  write('override.txt', `Headline with an \u202eopen override\n\n${BODY}`);
  write('offset.txt', `Dated at the far end of the day\n\n${BODY}`);
  write('offset.yml', 'date: 2025-02-12T00:30:00+14:00\n');
  write('raw.md', '# Raw HTML\n\n<div>Words inside a div.</div>\n\n![A photo](https://cdn.example/p.jpg)\n');
  return dir;
}

const page = (outDir: string, path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');

describe('a build of a folder with one file of every bad kind', () => {
  let built: BuiltSite;
  let output: string;
  beforeAll(() => {
    built = buildSite(badFolder());
    output = built.stdout + built.stderr;
  });

  it('fails', () => {
    expect(built.status).not.toBe(0);
  });

  it.each(BAD_FILES)('names $name and what is wrong with it', ({ says }) => {
    expect(output).toMatch(says);
  });

  it('counts them all, publishes nothing from outside the folder and prints no stack trace', () => {
    expect(output).toMatch(new RegExp(`${BAD_FILES.length} article files have problems`));
    expect(output).not.toContain('do-not-publish');
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});

describe('a build of files that once broke it', () => {
  let built: BuiltSite;
  beforeAll(() => {
    built = buildSite(hostileButGoodFolder());
  });

  it('succeeds', () => {
    expect(built.stderr).not.toMatch(/ENAMETOOLONG|RangeError|Invalid URL/);
    expect(built.status).toBe(0);
  });

  it('gives namesakes their own pages, each linked from their own article', () => {
    expect(readdirSync(join(built.outDir, 'people')).sort()).toEqual(['index.html', 'jose-garcia', 'jose-garcia-2']);
    expect(page(built.outDir, 'articles/councillor')).toContain('href="/people/jose-garcia/"');
    expect(page(built.outDir, 'articles/mayor')).toContain('href="/people/jose-garcia-2/"');
    expect(page(built.outDir, 'people/jose-garcia-2')).toContain('José García');
  });

  it('makes one tag of one word in any case, with a short slug for a long one', () => {
    const tags = readdirSync(join(built.outDir, 'tags')).filter((name) => !name.endsWith('.html'));
    expect(tags).toHaveLength(2);
    for (const tag of tags) expect(tag.length).toBeLessThanOrEqual(120);
  });

  it('closes an open override before the site name in the title', () => {
    expect(page(built.outDir, 'articles/override')).toContain('<title>Headline with an \u202eopen override\u202c — Broadsheet</title>');
  });

  it('shows the day an article gives, whatever its offset', () => {
    expect(page(built.outDir, 'articles/offset')).toMatch(/<time datetime="2025-02-12T00:30:00\+14:00">12 February 2025<\/time>/);
  });

  it('keeps the words of raw HTML and shows no remote image', () => {
    const raw = page(built.outDir, 'articles/raw');
    expect(raw).toContain('Words inside a div.');
    expect(raw).not.toContain('cdn.example');
  });
});

describe('a build with no articles yet', () => {
  let built: BuiltSite;
  beforeAll(() => {
    built = buildSite(mkdtempSync(join(tmpdir(), 'broadsheet-empty-')), { SITE_URL: 'https://example.org/news/' });
  });

  it('succeeds, says so, and has no search index to load', () => {
    expect(built.status).toBe(0);
    expect(built.stdout).toMatch(/no articles .* yet, so there is nothing to index/);
    expect(page(built.outDir, '')).toContain('No articles yet');
    expect(readdirSync(built.outDir)).not.toContain('pagefind');
    expect(page(built.outDir, 'search')).toContain('no articles to search yet');
  });

  it('keeps the path of SITE_URL in every address', () => {
    const index = page(built.outDir, '');
    expect(index).toContain('<link rel="canonical" href="https://example.org/news/">');
    expect(index).toContain('href="/news/tags/"');
    expect(readFileSync(join(built.outDir, 'sitemap-0.xml'), 'utf8')).toContain('<loc>https://example.org/news/</loc>');
  });
});

describe('build settings', () => {
  it('names a content folder that does not exist, without a stack trace', () => {
    const built = buildSite(join(tmpdir(), 'broadsheet-no-such-folder'));
    expect(built.status).not.toBe(0);
    expect(built.stdout + built.stderr).toMatch(/The content folder .*broadsheet-no-such-folder does not exist/);
    expect(built.stdout + built.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  it('reads BASE_PATH with doubled slashes as the folder it names', () => {
    const built = buildSite(mkdtempSync(join(tmpdir(), 'broadsheet-empty-')), { BASE_PATH: '//broadsheet//' });
    expect(built.status).toBe(0);
    expect(page(built.outDir, '')).toContain('href="/broadsheet/tags/"');
  });

  it('stops on a SITE_URL that is not an address, in one line', () => {
    const built = buildSite(mkdtempSync(join(tmpdir(), 'broadsheet-empty-')), { SITE_URL: 'news.example.org' });
    expect(built.status).not.toBe(0);
    expect(built.stderr).toMatch(/^error: SITE_URL "news\.example\.org" is not a site's address/m);
    expect(built.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});
