// Builds the site into a temporary folder, the way `npm run build` does, so
// tests assert on real HTML. Used by the site project's global setup.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ARTICLE_CASES } from './fixtures.ts';
import { PROJECT_ROOT } from './seed.ts';

export interface BuiltSite {
  outDir: string;
  contentDir: string;
  stdout: string;
  stderr: string;
  status: number | null;
}

/**
 * The environment of a build run from a test: vitest sets NODE_ENV=test,
 * BASE_URL, DEV, MODE and more in process.env, and Vite in the child build
 * would take them for its own, so they are left out.
 */
function buildEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(?:TEST|VITEST.*|NODE_ENV|BASE_URL|PROD|DEV|MODE|SSR)$/.test(name)) env[name] = value;
  }
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

/** The steps of `npm run build` (package.json), into `outDir`: the Astro build, then the Pagefind index (pagefind.yml). */
export function buildSteps(outDir: string): Array<{ command: string; args: string[] }> {
  const bin = (name: string) => join(PROJECT_ROOT, 'node_modules', '.bin', name);
  return [
    { command: bin('astro'), args: ['build', '--outDir', outDir] },
    { command: bin('pagefind'), args: ['--site', outDir] },
  ];
}

export function buildSite(contentDir: string, env: Record<string, string> = {}): BuiltSite {
  const outDir = mkdtempSync(join(tmpdir(), 'broadsheet-dist-'));
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

/** Extra generated articles, so that the front page needs a second page. */
export const GENERATED_ARTICLES = 12;

/**
 * A corpus for the site tests: the real content, every fixture case (as
 * `<case>.txt` or `<case>.md`, with its sidecar), and a few dated articles.
 */
export function makeTestCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-content-'));
  cpSync(join(PROJECT_ROOT, 'content', 'articles'), dir, { recursive: true });
  for (const name of readdirSync(ARTICLE_CASES)) {
    for (const file of readdirSync(join(ARTICLE_CASES, name))) {
      const ext = file.split('.').pop();
      if (file.startsWith('source.')) cpSync(join(ARTICLE_CASES, name, file), join(dir, `${name}.${ext}`));
    }
  }
  for (let i = 1; i <= GENERATED_ARTICLES; i += 1) {
    const day = String(i).padStart(2, '0');
    writeFileSync(join(dir, `generated-${day}.txt`), `Generated report number ${i}\n\nA short report filed on day ${i} of the month.\n\n#Generated\n`);
    writeFileSync(join(dir, `generated-${day}.yml`), `date: 2024-01-${day}\n`);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}
