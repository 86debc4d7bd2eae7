// The two builds every site and browser test checks: at the root and under
// a base path (tests/helpers/global-setup.ts makes them).
import { inject } from 'vitest';

export interface BuiltVariant {
  name: string;
  outDir: string;
  /** The base path the site is served under: `/` or e.g. `/broadsheet/`. */
  base: string;
}

export function builtSites(): BuiltVariant[] {
  return [
    { name: 'root', outDir: inject('outDir'), base: '/' },
    { name: 'base path', outDir: inject('baseOutDir'), base: inject('basePath') },
  ];
}
