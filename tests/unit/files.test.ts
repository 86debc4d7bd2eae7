// The file-system edge: what is read from a content folder, and what each
// file that cannot be read gets instead. Real folders, files and links.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleFilesAt, listArticleFiles, readArticleSources, readProblem } from '../../src/ingest/files.ts';
import { formatProblem, ingestArticles } from '../../src/ingest/index.ts';
import { MAX_SIDECAR_BYTES } from '../../src/ingest/limits.ts';

const ARTICLE = 'A headline for the test\n\nThe body of the article, one paragraph.\n';

let root: string;
let folder: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'broadsheet-files-'));
  folder = join(root, 'articles');
  mkdirSync(folder);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const write = (name: string, text: string | Uint8Array = ARTICLE) => writeFileSync(join(folder, name), text);
const messages = (problems: ReadonlyArray<Parameters<typeof formatProblem>[0]>) => problems.map(formatProblem);

/** Lists, reads and ingests the folder, as the content loader does. */
function loadFolder() {
  const listing = listArticleFiles(folder);
  const read = readArticleSources(listing.files);
  const ingested = ingestArticles(read.sources);
  return { articles: ingested.articles, problems: messages([...listing.problems, ...read.problems, ...ingested.problems]) };
}

describe('links in the content folder', () => {
  it.each([
    ['a file beside the folder', () => join(root, 'secrets.env')],
    ['a system file', () => '/etc/hostname'],
    ['a folder outside', () => root],
  ])('never reads a link to %s, and says so by name', (_, target) => {
    writeFileSync(join(root, 'secrets.env'), 'API_KEY=do-not-publish\n');
    write('real.txt');
    symlinkSync(target(), join(folder, 'notes.txt'));
    const { articles, problems } = loadFolder();
    expect(articles.map((a) => a.slug)).toEqual(['real']);
    expect(problems).toEqual([expect.stringMatching(/notes\.txt: is a link to a file outside the content folder, so it is not read/)]);
    expect(JSON.stringify(articles)).not.toContain('do-not-publish');
  });

  it('never reads a sidecar that links outside, and holds its article back', () => {
    writeFileSync(join(root, 'outside.yml'), 'title: Secret title\n');
    write('story.txt');
    symlinkSync(join(root, 'outside.yml'), join(folder, 'story.yml'));
    const { articles, problems } = loadFolder();
    expect(articles).toEqual([]);
    expect(problems).toEqual([expect.stringMatching(/story\.yml: is a link to a file outside the content folder/)]);
  });

  it('follows a link that stays inside the folder', () => {
    write('original.txt');
    symlinkSync(join(folder, 'original.txt'), join(folder, 'alias.txt'));
    expect(loadFolder()).toEqual({ articles: [expect.objectContaining({ slug: 'alias' }), expect.objectContaining({ slug: 'original' })], problems: [] });
  });

  it('names a link to nothing and a link loop', () => {
    symlinkSync(join(folder, 'gone.txt'), join(folder, 'dangling.txt'));
    symlinkSync(join(folder, 'loop-b.txt'), join(folder, 'loop-a.txt'));
    symlinkSync(join(folder, 'loop-a.txt'), join(folder, 'loop-b.txt'));
    const { problems } = loadFolder();
    expect(problems).toEqual([
      expect.stringMatching(/dangling\.txt: no such file \(or a link to nothing\)/),
      expect.stringMatching(/loop-a\.txt: is a link that leads back to itself/),
      expect.stringMatching(/loop-b\.txt: is a link that leads back to itself/),
    ]);
  });
});

describe('entries that are not article files', () => {
  it('names a folder whose name ends in .txt, and reads the rest', () => {
    mkdirSync(join(folder, 'x.txt'));
    write('fine.txt');
    const { articles, problems } = loadFolder();
    expect(articles.map((a) => a.slug)).toEqual(['fine']);
    expect(problems).toEqual([expect.stringMatching(/x\.txt: is a folder, not a file\. Rename it/)]);
  });

  it.each([
    ['EACCES', /permission denied\. Make the file readable/],
    ['EPERM', /permission denied/],
    ['ENAMETOOLONG', /name too long for the file system/],
    ['EIO', /cannot be read \(EIO\)/],
  ])('turns %s into a sentence naming the file', (code, pattern) => {
    const error = Object.assign(new Error(`${code}: failed`), { code });
    expect(formatProblem(readProblem('articles/a.txt', error))).toMatch(new RegExp(`^articles/a\\.txt: .*${pattern.source}`));
  });
});

describe('sidecars', () => {
  it('finds a sidecar whatever the case of its extension', () => {
    write('story.txt');
    write('story.YML', 'title: From the sidecar\n');
    expect(loadFolder()).toEqual({ articles: [expect.objectContaining({ title: 'From the sidecar' })], problems: [] });
  });

  it('refuses to guess between two sidecars', () => {
    write('story.txt');
    write('story.yml', 'title: One\n');
    write('story.yaml', 'title: Two\n');
    const { articles, problems } = loadFolder();
    expect(articles).toEqual([]);
    expect(problems).toEqual([expect.stringMatching(/story\.txt: has 2 sidecars \(story\.yaml, story\.yml\).*Keep one sidecar/)]);
    // The command line says the same of the file named on it.
    expect(messages(articleFilesAt([join(folder, 'story.txt')]).problems)).toEqual(problems);
  });

  it('names a sidecar without an article, and one beside a Markdown file', () => {
    write('orphan.YAML', 'title: Nobody\n');
    write('post.md', '# A post\n\nIts body.\n');
    write('post.yml', 'title: Ignored\n');
    expect(loadFolder().problems).toEqual([
      expect.stringMatching(/post\.yml: sidecar beside a Markdown article \(post\.md\)/),
      expect.stringMatching(/orphan\.YAML: sidecar with no article beside it/),
    ]);
  });

  it('decodes a sidecar by the same rules as an article: UTF-16 read, Windows-1252 refused with its line', () => {
    write('utf16.txt');
    write('utf16.yml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('author: José García\n', 'utf16le')]));
    write('latin.txt');
    write('latin.yml', Buffer.from('title: Fine\nauthor: Jos\xe9 Garc\xeda\n', 'latin1'));
    const { articles, problems } = loadFolder();
    expect(articles.map((a) => a.author)).toEqual(['José García']);
    expect(problems).toEqual([expect.stringMatching(/latin\.yml:2: invalid UTF-8 \(byte 0xe9/)]);
  });

  it('refuses a sidecar over the size limit unread, holding its article back', () => {
    write('story.txt');
    write('story.yml', `description: ${'word '.repeat(MAX_SIDECAR_BYTES / 5)}\n`);
    const { articles, problems } = loadFolder();
    expect(articles).toEqual([]);
    expect(problems).toEqual([expect.stringMatching(/story\.yml: file is .* over the 64\.0 KB limit\. Metadata is a few short lines/)]);
  });

  it('takes an empty sidecar as no metadata', () => {
    write('story.txt');
    write('story.yml', '');
    expect(loadFolder()).toEqual({ articles: [expect.objectContaining({ title: 'A headline for the test' })], problems: [] });
  });
});
