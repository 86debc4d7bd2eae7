// Builds the test corpus twice for the site and browser tests: at the root,
// and under a base path as GitHub Pages serves a project site.
import type { TestProject } from 'vitest/node';
import { buildSite, makeTestCorpus } from '../helpers/build.ts';

export const BASE_PATH = '/broadsheet/';

declare module 'vitest' {
  export interface ProvidedContext {
    outDir: string;
    baseOutDir: string;
    basePath: string;
    contentDir: string;
  }
}

export default function setup(project: TestProject): void {
  const contentDir = makeTestCorpus();
  const site = buildSite(contentDir);
  if (site.status !== 0) throw new Error(`astro build failed:\n${site.stdout}\n${site.stderr}`);
  const based = buildSite(contentDir, { BASE_PATH });
  if (based.status !== 0) throw new Error(`astro build with BASE_PATH=${BASE_PATH} failed:\n${based.stdout}\n${based.stderr}`);
  project.provide('outDir', site.outDir);
  project.provide('baseOutDir', based.outDir);
  project.provide('basePath', BASE_PATH);
  project.provide('contentDir', contentDir);
}
