// Builds the test corpus twice for the site and browser tests, once per run:
// at the root, and under a base path as GitHub Pages serves a project site.
// Both projects (site, e2e) name this setup; the second finds the builds the
// first made in this process.
import type { TestProject } from 'vitest/node';
import { buildSite, makeTestCorpus } from './build.ts';

const BASE_PATH = '/broadsheet/';

interface TestBuilds {
  outDir: string;
  baseOutDir: string;
  basePath: string;
  contentDir: string;
}

declare module 'vitest' {
  export interface ProvidedContext extends TestBuilds {}
}

const RUN_BUILDS = Symbol.for('broadsheet.testBuilds');
type WithBuilds = typeof globalThis & { [RUN_BUILDS]?: TestBuilds };

function buildOnce(): TestBuilds {
  const memo = globalThis as WithBuilds;
  if (memo[RUN_BUILDS] !== undefined) return memo[RUN_BUILDS];
  const contentDir = makeTestCorpus();
  const site = buildSite(contentDir);
  if (site.status !== 0) throw new Error(`astro build failed:\n${site.stdout}\n${site.stderr}`);
  const based = buildSite(contentDir, { BASE_PATH });
  if (based.status !== 0) throw new Error(`astro build with BASE_PATH=${BASE_PATH} failed:\n${based.stdout}\n${based.stderr}`);
  memo[RUN_BUILDS] = { outDir: site.outDir, baseOutDir: based.outDir, basePath: BASE_PATH, contentDir };
  return memo[RUN_BUILDS];
}

export default function setup(project: TestProject): void {
  const builds = buildOnce();
  for (const [key, value] of Object.entries(builds) as Array<[keyof TestBuilds, string]>) project.provide(key, value);
}
