// Real builds of hostile content folders: every bad file is listed by name
// with where in it, with no stack trace, and the others are not lost; what
// once broke the build (long names, namesakes, odd addresses, no articles at
// all) now builds.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BAD_FILES, badFolder, BODY } from '../helpers/badFolder.ts';
import { buildSite, type BuiltSite } from '../helpers/build.ts';

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
