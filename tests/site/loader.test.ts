// The content loader as `npm run build` runs it: bad files fail the build
// with file-named messages, unchanged files are not re-ingested, and deleted
// files leave no page behind.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';

function corpus(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-loader-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const article = (title: string) => `${title}\n\n${title} happened today (${randomUUID()}).\n`;

describe('the articles loader', () => {
  it('fails the build naming every bad file, without a stack trace, and builds the good ones once they are fixed', () => {
    const bad: Record<string, string | Uint8Array> = {
      'empty.txt': '',
      'blank.txt': ' \n\t\n',
      'no-title.txt': `${'word '.repeat(80)}\n\nBody.\n`,
      'binary.txt': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]),
      'latin1.txt': Uint8Array.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' opens\n\nBody.\n')]),
      'huge.txt': `Huge\n\n${'x'.repeat(10 * 1024 * 1024)}\n`,
      'bad-yaml.txt': article('Bad YAML'),
      'bad-yaml.yml': 'author: [unclosed\n',
      'bad-date.txt': article('Dated badly'),
      'bad-date.yml': 'date: 12/02/2025\n',
      'unknown-key.txt': article('Unknown key'),
      'unknown-key.yml': 'autor: Jo Park\n',
      'bad-front-matter.md': '---\ntitle: [oops\n---\n\nBody.\n',
      'same-slug.txt': article('Same slug one'),
      'same-slug.yml': 'slug: good\n',
    };
    const expected = [
      'empty.txt: file is empty or only whitespace',
      'blank.txt: file is empty or only whitespace',
      'no-title.txt:1: no recognisable title',
      'binary.txt:1: file contains NUL bytes',
      'latin1.txt:1: invalid UTF-8',
      'huge.txt: file is 10.0 MB, over the 10.0 MB limit',
      'bad-yaml.yml:2: malformed YAML',
      'bad-date.yml (field "date"): "12/02/2025" is not a date',
      'unknown-key.yml (field "autor"): unknown field',
      'bad-front-matter.md:2: malformed YAML',
      'same-slug.txt (field "slug"): slug "good" is already used by',
    ];
    const dir = corpus({ 'good.txt': article('A good article'), 'also-good.md': '# Also good\n\nMarkdown body.\n', ...bad });
    const failed = buildSite(dir);
    const output = failed.stdout + failed.stderr;
    expect(failed.status).not.toBe(0);
    expect(output).toContain(`${expected.length} article files have problems`);
    for (const message of expected) expect(output).toContain(`${dir}/${message}`);
    expect(output).not.toMatch(/Stack trace|\n\s+at /);
    expect(output).toContain('npm run ingest -- FILE');

    for (const name of Object.keys(bad)) rmSync(join(dir, name));
    const fixed = buildSite(dir);
    expect(fixed.status, fixed.stdout + fixed.stderr).toBe(0);
    for (const slug of ['good', 'also-good']) expect(existsSync(join(fixed.outDir, 'articles', slug, 'index.html'))).toBe(true);
  });

  it('re-ingests only changed files and forgets deleted ones', () => {
    const dir = corpus({ 'one.txt': article('First'), 'two.txt': article('Second'), 'three.txt': article('Third') });
    const ingested = (output: string) => /ingested (\d+) of (\d+) article files/.exec(output)?.slice(1, 3).map(Number);

    expect(ingested(buildSite(dir).stdout)).toEqual([3, 3]);
    expect(ingested(buildSite(dir).stdout)).toEqual([0, 3]);

    writeFileSync(join(dir, 'two.txt'), article('Second, revised'));
    const edited = buildSite(dir);
    expect(ingested(edited.stdout)).toEqual([1, 3]);

    rmSync(join(dir, 'three.txt'));
    const pruned = buildSite(dir);
    expect(ingested(pruned.stdout)).toEqual([0, 2]);
    expect(existsSync(join(pruned.outDir, 'articles', 'three'))).toBe(false);
    expect(existsSync(join(pruned.outDir, 'articles', 'two', 'index.html'))).toBe(true);
  });
});
