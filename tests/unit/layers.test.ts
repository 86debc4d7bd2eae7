// What may import what: pages, components, layouts and src/lib run in the
// page render; src/integrations are build steps (node:fs, htmlparser2) that
// they must never reach into. Shared code lives in src/lib instead.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/seed.ts';

const PAGE_LAYERS = ['src/pages', 'src/components', 'src/layouts', 'src/lib'];
const BUILD_STEPS = join(PROJECT_ROOT, 'src', 'integrations');

/** Every module specifier a file imports: `import … from '…'`, `import '…'`, `import('…')`, `export … from '…'`. */
function specifiers(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])([^'"]+)\1/g)) found.push(match[2] ?? '');
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(PROJECT_ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(?:astro|ts|mjs|js)$/.test(file))
    .map((file) => join(PROJECT_ROOT, dir, file));
}

describe('layers', () => {
  it('finds the import specifiers of a module', () => {
    expect(specifiers(`import a from '../integrations/csp';\nimport { b } from "./b.ts";\nimport './c.css';\nconst d = await import('../d.ts');\nexport { e } from '../e';`)).toEqual([
      '../integrations/csp',
      './b.ts',
      './c.css',
      '../d.ts',
      '../e',
    ]);
  });

  it.each(PAGE_LAYERS)('nothing under %s imports a build integration', (dir) => {
    const files = sourceFiles(dir);
    expect(files.length).toBeGreaterThan(0);
    const reaching = files.flatMap((file) =>
      specifiers(readFileSync(file, 'utf8'))
        .filter((specifier) => specifier.startsWith('.') && resolve(dirname(file), specifier).startsWith(BUILD_STEPS))
        .map((specifier) => `${relative(PROJECT_ROOT, file)} → ${specifier}`),
    );
    expect(reaching).toEqual([]);
  });
});
