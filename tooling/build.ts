// The steps of `npm run build` (package.json), runnable into any folder, for
// the tests and the benchmarks alike.
import { join } from 'node:path';
import { PROJECT_ROOT } from './project.ts';

/** A command installed by npm in the project (node_modules/.bin). */
export const bin = (name: string) => join(PROJECT_ROOT, 'node_modules', '.bin', name);

/**
 * Where an Astro project keeps what outlives a build: the content store and
 * the incremental-build cache (node_modules/.astro/), generated types and
 * server chunks (.astro/). Without them a build starts from nothing.
 */
export function buildCaches(root = PROJECT_ROOT): string[] {
  return [join(root, 'node_modules', '.astro'), join(root, '.astro')];
}

/** The steps of `npm run build` into `outDir`: the Astro build, then the search index (src/cli/search-index.ts). */
export function buildSteps(outDir: string): Array<{ command: string; args: string[] }> {
  return [
    { command: bin('astro'), args: ['build', '--outDir', outDir] },
    { command: bin('node'), args: [join(PROJECT_ROOT, 'src', 'cli', 'search-index.ts'), '--site', outDir] },
  ];
}

/**
 * The environment of a build started from another program: vitest sets
 * NODE_ENV=test, BASE_URL, DEV, MODE and more in process.env, and Vite in the
 * child build would take them for its own, so they are left out.
 */
export function buildEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(?:TEST|VITEST.*|NODE_ENV|BASE_URL|PROD|DEV|MODE|SSR)$/.test(name)) env[name] = value;
  }
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}
