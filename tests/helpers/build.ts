// Builds the site into a temporary folder, the way `npm run build` does, so
// tests assert on real HTML: the shared builds of the global setup, and the
// tests that build corpora of their own.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCaches, buildEnvironment, buildSteps } from '../../tooling/build.ts';
import { PROJECT_ROOT } from '../../tooling/project.ts';
import { ARTICLE_CASES, FIXTURE_ROOT, PAGE_CASES } from './fixtures.ts';

export interface BuiltSite {
  outDir: string;
  contentDir: string;
  stdout: string;
  stderr: string;
  status: number | null;
}

/** Builds into `outDir` when given (in place, as `npm run build` does into dist/), else into a new folder. */
export function buildSite(contentDir: string, env: Record<string, string> = {}, outDir = mkdtempSync(join(tmpdir(), 'broadsheet-dist-'))): BuiltSite {
  const options = { cwd: PROJECT_ROOT, encoding: 'utf8', env: buildEnvironment({ CONTENT_DIR: contentDir, ...env }) } as const;
  const built: BuiltSite = { outDir, contentDir, stdout: '', stderr: '', status: 0 };
  // As `a && b`: stop at the first step that fails.
  for (const { command, args } of buildSteps(outDir)) {
    const step = spawnSync(command, args, options);
    built.stdout += step.stdout;
    built.stderr += step.stderr;
    built.status = step.status;
    if (step.status !== 0) break;
  }
  return built;
}

/**
 * A build from nothing, as on a fresh clone, that leaves the caches of the
 * builds before it as they were: Astro's are moved aside for it (within
 * node_modules, so a rename never crosses file systems) and put back. The
 * social-card cache stays: its PNGs are stored by a hash of everything that
 * makes them, so a card taken from it is the card a fresh clone renders.
 */
export function buildSiteCold(contentDir: string, env: Record<string, string> = {}): BuiltSite {
  const caches = buildCaches();
  const aside = mkdtempSync(join(PROJECT_ROOT, 'node_modules', '.broadsheet-aside-'));
  const moved: Array<{ cache: string; stored: string }> = [];
  try {
    caches.forEach((cache, i) => {
      if (!existsSync(cache)) return;
      renameSync(cache, join(aside, String(i)));
      moved.push({ cache, stored: join(aside, String(i)) });
    });
    return buildSite(contentDir, env);
  } finally {
    for (const cache of caches) rmSync(cache, { recursive: true, force: true });
    for (const { cache, stored } of moved) renameSync(stored, cache);
    rmSync(aside, { recursive: true, force: true });
  }
}

/** Extra generated articles, so that the front page needs a second page. */
export const GENERATED_ARTICLES = 12;

/**
 * Articles that only the site and browser tests need, as they would sit in
 * content/articles: `long-words` fills every field a page shows with long
 * unbreakable words (tests/e2e/overflow.test.ts).
 */
export const CORPUS_ARTICLES = join(FIXTURE_ROOT, 'corpus');
export const LONG_WORDS_SLUG = 'long-words';

/**
 * A corpus for the site tests: the real content, every fixture case that
 * makes an article (as `<case>.txt`, `.md` or `.html`, with its sidecar),
 * the corpus articles above,
 * and a few dated articles.
 */
export function makeTestCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-content-'));
  cpSync(join(PROJECT_ROOT, 'content', 'articles'), dir, { recursive: true });
  for (const root of [ARTICLE_CASES, PAGE_CASES]) {
    for (const name of readdirSync(root)) {
      // A case that must be refused would stop the build.
      if (existsSync(join(root, name, 'expected-problems.txt'))) continue;
      for (const file of readdirSync(join(root, name))) {
        const ext = file.split('.').pop();
        if (file.startsWith('source.')) cpSync(join(root, name, file), join(dir, `${name}.${ext}`));
      }
    }
  }
  cpSync(CORPUS_ARTICLES, dir, { recursive: true });
  for (let i = 1; i <= GENERATED_ARTICLES; i += 1) {
    const day = String(i).padStart(2, '0');
    writeFileSync(join(dir, `generated-${day}.txt`), `Generated report number ${i}\n\nA short report filed on day ${i} of the month.\n\n#Generated\n`);
    writeFileSync(join(dir, `generated-${day}.yml`), `date: 2024-01-${day}\n`);
  }
  return dir;
}
