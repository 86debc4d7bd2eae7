// The seed article as it lives in content/, and its golden expectation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleSource } from '../../src/ingest/index.ts';
import { PROJECT_ROOT, SEED_SLUG } from '../../tooling/project.ts';
import { FIXTURE_ROOT } from './fixtures.ts';

export { PROJECT_ROOT, SEED_SLUG };

export const SEED_PATH = join(PROJECT_ROOT, 'content', 'articles', `${SEED_SLUG}.txt`);
const SEED_SIDECAR_PATH = SEED_PATH.replace(/\.txt$/, '.yml');

export interface SeedGolden {
  title: string;
  paragraphs: string[];
  tags: string[];
  quotes_min: Array<{ starts: string; speaker: string; speakerName: string }>;
  must_not_contain: string[];
  speakers: Record<string, string>;
  removed: Record<string, number>;
}

export const seedGolden = JSON.parse(readFileSync(join(FIXTURE_ROOT, 'seed.expected.json'), 'utf8')) as SeedGolden;

export function seedSource(): ArticleSource {
  return {
    path: `content/articles/${SEED_SLUG}.txt`,
    bytes: readFileSync(SEED_PATH),
    sidecar: { path: `content/articles/${SEED_SLUG}.yml`, bytes: readFileSync(SEED_SIDECAR_PATH) },
  };
}
