// The version of the code that makes a content entry. Astro keeps the content
// store between builds and invalidates it only when content.config.ts
// changes, so each entry's digest includes this version: a change to any
// module an entry is made by re-ingests every article on the next build.
// "Any module" is derived, not listed: every file under the code roots,
// however deep, then every module they import, followed through the import
// graph, plus the version of each package imported on the way and the lock
// file (the packages those packages import).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Folders, relative to the project, whose files (and what they import) make an entry. */
const ENTRY_CODE_ROOTS = ['src/ingest', 'src/loader'];

const SOURCE_FILE = /\.(?:[cm]?[jt]s|json)$/;

/**
 * Module specifiers in a source file. The project writes imports and
 * re-exports as statements at the start of a line, ending in `;`, so a
 * statement is read up to its first `;` and never across two; dynamic
 * `import('…')` is found anywhere.
 */
const STATIC_IMPORT = /^\s*(?:(?:import|export)\b[^;'"]*?\bfrom|import)\s*['"]([^'"\n]+)['"]/gm;
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"\n]+)['"]\s*\)/g;

export function entryCodeVersion(projectRoot: string, roots: readonly string[] = ENTRY_CODE_ROOTS): string {
  const pending = roots.flatMap((root) => filesUnder(resolve(projectRoot, root)));
  /** Each module's text, read once: its imports are read from it, and it is hashed. */
  const files = new Map<string, string>();
  const packages = new Set<string>();
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (files.has(file)) continue;
    const source = readFileSync(file, 'utf8');
    files.set(file, source);
    for (const specifier of importsOf(source)) {
      if (specifier.startsWith('.')) {
        const target = resolveModule(dirname(file), specifier);
        if (target !== undefined) pending.push(target);
      } else if (!specifier.startsWith('node:')) {
        packages.add(packageName(specifier));
      }
    }
  }
  const hash = createHash('sha256');
  for (const [file, source] of [...files].sort(([a], [b]) => a.localeCompare(b))) hash.update(relative(projectRoot, file)).update('\0').update(source).update('\0');
  for (const name of [...packages].sort()) hash.update(`${name}@${packageVersion(projectRoot, name)}\0`);
  // The packages those packages use: a change anywhere in the installed tree shows in the lock file.
  const lockFile = join(projectRoot, 'package-lock.json');
  if (existsSync(lockFile)) hash.update(readFileSync(lockFile));
  return hash.digest('hex').slice(0, 16);
}

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .map((name) => join(path, name))
    .filter((file) => SOURCE_FILE.test(file) && statSync(file).isFile());
}

export function importsOf(source: string): string[] {
  return [...source.matchAll(STATIC_IMPORT), ...source.matchAll(DYNAMIC_IMPORT)].map((match) => match[1] ?? '');
}

/** `./x.ts`, `./x` (as `.ts`), `./dir` (as `dir/index.ts`); a `?raw`-style query is the same file. */
function resolveModule(from: string, specifier: string): string | undefined {
  const base = resolve(from, specifier.replace(/\?.*$/, ''));
  const candidates = [base, `${base}.ts`, base.replace(/\.js$/, '.ts'), join(base, 'index.ts')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/** `marked` → marked, `astro/errors` → astro, `@scope/pkg/sub` → @scope/pkg. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

function packageVersion(projectRoot: string, name: string): string {
  try {
    const manifest = JSON.parse(readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version?: unknown };
    return String(manifest.version);
  } catch {
    return 'not installed';
  }
}
