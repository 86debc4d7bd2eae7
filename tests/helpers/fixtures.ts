// Fixture cases: tests/fixtures/articles/<case>/ (messy text and Markdown)
// and tests/fixtures/pages/<case>/ (saved HTML pages), each holding
// source.{txt,md,html}, an optional source.yml, and either expected.json
// (the Article) or expected-problems.txt (the problems, one per line).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleSource } from '../../src/ingest/index.ts';

export const FIXTURE_ROOT = join(import.meta.dirname, '..', 'fixtures');
export const ARTICLE_CASES = join(FIXTURE_ROOT, 'articles');
export const PAGE_CASES = join(FIXTURE_ROOT, 'pages');
const SOURCES = ['source.txt', 'source.md', 'source.html'];

export interface FixtureCase {
  name: string;
  dir: string;
  source: ArticleSource;
  expectedPath: string;
  /** Where the problems are written when the case is a file that must be refused. */
  problemsPath: string;
}

export function fixtureCases(root = ARTICLE_CASES): FixtureCase[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = join(root, entry.name);
      const file = SOURCES.find((name) => existsSync(join(dir, name)));
      if (file === undefined) throw new Error(`fixture ${entry.name} has none of ${SOURCES.join(', ')}`);
      const source: ArticleSource = { path: `${entry.name}/${file}`, bytes: readFileSync(join(dir, file)) };
      const sidecar = join(dir, 'source.yml');
      if (existsSync(sidecar)) source.sidecar = { path: `${entry.name}/source.yml`, bytes: readFileSync(sidecar) };
      return { name: entry.name, dir, source, expectedPath: join(dir, 'expected.json'), problemsPath: join(dir, 'expected-problems.txt') };
    });
}
