// Builds the site once for all site tests.
import type { TestProject } from 'vitest/node';
import { buildSite, makeTestCorpus } from '../helpers/build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    outDir: string;
    contentDir: string;
  }
}

export default function setup(project: TestProject): void {
  const contentDir = makeTestCorpus();
  const site = buildSite(contentDir);
  if (site.status !== 0) throw new Error(`astro build failed:\n${site.stdout}\n${site.stderr}`);
  project.provide('outDir', site.outDir);
  project.provide('contentDir', contentDir);
}
