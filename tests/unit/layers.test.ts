// What may import what. Pages, components, layouts and src/lib run in the
// page render; src/integrations are build steps (node:fs, htmlparser2) that
// they must never reach into: shared code lives in src/lib instead. Tests
// and benchmarks share their tools through tooling/, never each other.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf } from '../../src/loader/codeVersion.ts';
import { PROJECT_ROOT } from '../../tooling/project.ts';

const PAGE_LAYERS = ['src/pages', 'src/components', 'src/layouts', 'src/lib'];

/** The project's own source files under `dir`, not what a build or an install left there. */
function sourceFiles(dir: string): string[] {
  return readdirSync(join(PROJECT_ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(?:astro|ts|mjs|js)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !relative(PROJECT_ROOT, file).split('/').some((part) => part === 'node_modules' || part === '.astro'));
}

/** `file → specifier` for every relative import from `dir` that lands in `forbidden`. */
function importsInto(dir: string, forbidden: string): string[] {
  const files = sourceFiles(dir);
  expect(files.length).toBeGreaterThan(0);
  const target = join(PROJECT_ROOT, forbidden);
  return files.flatMap((file) =>
    importsOf(readFileSync(file, 'utf8'))
      .filter((specifier) => specifier.startsWith('.') && resolve(dirname(file), specifier).startsWith(target))
      .map((specifier) => `${relative(PROJECT_ROOT, file)} → ${specifier}`),
  );
}

describe('layers', () => {
  it.each(PAGE_LAYERS)('nothing under %s imports a build integration', (dir) => {
    expect(importsInto(dir, 'src/integrations')).toEqual([]);
  });

  it.each([
    ['bench', 'tests'],
    ['tests', 'bench'],
    ['tooling', 'tests'],
    ['tooling', 'bench'],
  ])('nothing under %s imports from %s', (dir, forbidden) => {
    expect(importsInto(dir, forbidden)).toEqual([]);
  });
});
