// The ingest command: its output in process (fast), and once as a user runs
// it, to show the program is wired to that output and its exit status.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../src/cli/ingest.ts';
import { PROJECT_ROOT, SEED_PATH, seedGolden } from '../helpers/seed.ts';

function ingest(...args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const status = runIngest(args, { stdout: (line) => stdout.push(line), stderr: (line) => stderr.push(line) });
  return { status, stdout: stdout.map((line) => `${line}\n`).join(''), stderr: stderr.map((line) => `${line}\n`).join('') };
}

function badAndGoodFiles(): { good: string; empty: string } {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-cli-'));
  const good = join(dir, 'good.txt');
  const empty = join(dir, 'empty.txt');
  writeFileSync(good, 'Headline\n\nBody text.\n');
  writeFileSync(empty, '');
  return { good, empty };
}

describe('npm run ingest', () => {
  it('prints a readable report of the seed', () => {
    const { status, stdout } = ingest(SEED_PATH);
    expect(status).toBe(0);
    expect(stdout).toContain(`# ${seedGolden.title}`);
    expect(stdout).toContain(`Paragraphs kept: ${seedGolden.paragraphs.length}`);
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
    const { good, empty } = badAndGoodFiles();
    const { status, stdout, stderr } = ingest('--json', SEED_PATH, good, empty);
    expect(status).toBe(1);
    expect(JSON.parse(stdout)).toHaveLength(2);
    expect(stderr).toBe(`error: ${empty}: file is empty or only whitespace. Put the article text in it, or delete it\n`);
  });

  it.each([[[]], [['--max-bytes', 'lots', SEED_PATH]], [['--jsn', SEED_PATH]]])('exits 2 with the usage line for %j', (args) => {
    const { status, stdout, stderr } = ingest(...args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('usage: npm run ingest -- [--json] [--max-bytes N] FILE...');
  });

  it('runs as a program: the same output on its streams, and the exit status', () => {
    const { good, empty } = badAndGoodFiles();
    const run = spawnSync(join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'), ['src/cli/ingest.ts', '--json', good, empty], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    const inProcess = ingest('--json', good, empty);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(inProcess.stdout);
    expect(run.stderr).toBe(inProcess.stderr);
  });
});
