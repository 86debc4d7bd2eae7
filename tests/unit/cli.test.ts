// The ingest command as a user runs it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, SEED_PATH, seedGolden } from '../helpers/seed.ts';

function ingest(...args: string[]) {
  const result = spawnSync(join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'), ['src/cli/ingest.ts', ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run ingest', () => {
  it('prints a readable report of the seed', () => {
    const { status, stdout } = ingest(SEED_PATH);
    expect(status).toBe(0);
    expect(stdout).toContain(`# ${seedGolden.title}`);
    expect(stdout).toContain('Paragraphs kept: 13');
    expect(stdout).toMatch(/run-on-duplicate +U\.S\. Secretary of Defense Pete Hegseth/);
    expect(stdout).toContain('Speakers: Pete Hegseth (U.S. Secretary of Defense); John Healey (UK Defense Secretary); Mark Rutte (NATO Secretary General)');
  });

  it('prints the Article as JSON matching the golden', () => {
    const { status, stdout } = ingest('--json', SEED_PATH);
    expect(status).toBe(0);
    const article = JSON.parse(stdout);
    expect(article.title).toBe(seedGolden.title);
    expect(article.paragraphs).toEqual(seedGolden.paragraphs);
    expect(article.tags.map((t: { slug: string }) => t.slug)).toEqual(seedGolden.tags);
    expect(article.quotes.map((q: { speaker: string }) => q.speaker)).toEqual(seedGolden.quotes_min.map((q) => q.speakerName));
    for (const field of ['slug', 'speakers', 'pullQuotes', 'wordCount', 'readingMinutes', 'removed']) expect(article).toHaveProperty(field);
  });

  it('prints an array for several files, reports bad ones on stderr and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'broadsheet-cli-'));
    const good = join(dir, 'good.txt');
    const empty = join(dir, 'empty.txt');
    writeFileSync(good, 'Headline\n\nBody text.\n');
    writeFileSync(empty, '');
    const { status, stdout, stderr } = ingest('--json', SEED_PATH, good, empty);
    expect(status).toBe(1);
    expect(JSON.parse(stdout)).toHaveLength(2);
    expect(stderr).toBe(`error: ${empty}: file is empty or only whitespace. Put the article text in it, or delete it\n`);
  });
});
