// The content loader as `npm run build` runs it: bad files fail the build
// with file-named messages, unchanged files are not re-ingested, and deleted
// files leave no page behind.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';

function corpus(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-loader-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const article = (title: string) => `${title}\n\n${title} happened today (${randomUUID()}).\n`;

describe('the articles loader', () => {
  it('fails the build naming every bad file, without a stack trace, and builds once they are fixed', () => {
    const dir = corpus({
      'good.txt': article('A good article'),
      'empty.txt': '',
      'bad-date.txt': article('Dated badly'),
      'bad-date.yml': 'date: 12/02/2025\n',
    });
    const failed = buildSite(dir);
    const output = failed.stdout + failed.stderr;
    expect(failed.status).not.toBe(0);
    expect(output).toContain(`${join(dir, 'empty.txt')}: file is empty or only whitespace. Put the article text in it, or delete it`);
    expect(output).toContain(`${join(dir, 'bad-date.yml')} (field "date"): "12/02/2025" is not a date; write it as YYYY-MM-DD`);
    expect(output).not.toMatch(/Stack trace|\n\s+at /);

    writeFileSync(join(dir, 'empty.txt'), article('Now it has words'));
    writeFileSync(join(dir, 'bad-date.yml'), 'date: 2025-02-12\n');
    const fixed = buildSite(dir);
    expect(fixed.status, fixed.stdout + fixed.stderr).toBe(0);
    for (const slug of ['good', 'empty', 'bad-date']) expect(existsSync(join(fixed.outDir, 'articles', slug, 'index.html'))).toBe(true);
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
