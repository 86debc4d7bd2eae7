// Fixture cases: tests/fixtures/articles/<case>/{source.txt|source.md, source.yml?, expected.json}.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleSource } from '../../src/ingest/index.ts';

export const FIXTURE_ROOT = join(import.meta.dirname, '..', 'fixtures');
export const ARTICLE_CASES = join(FIXTURE_ROOT, 'articles');

export interface FixtureCase {
  name: string;
  dir: string;
  source: ArticleSource;
  expectedPath: string;
}

export function fixtureCases(): FixtureCase[] {
  return readdirSync(ARTICLE_CASES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = join(ARTICLE_CASES, entry.name);
      const file = ['source.txt', 'source.md'].find((name) => existsSync(join(dir, name)));
      if (file === undefined) throw new Error(`fixture ${entry.name} has no source.txt or source.md`);
      const source: ArticleSource = { path: `${entry.name}/${file}`, bytes: readFileSync(join(dir, file)) };
      const sidecar = join(dir, 'source.yml');
      if (existsSync(sidecar)) source.sidecar = { path: `${entry.name}/source.yml`, bytes: readFileSync(sidecar) };
      return { name: entry.name, dir, source, expectedPath: join(dir, 'expected.json') };
    });
}
