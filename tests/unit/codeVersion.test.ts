// The content store outlives builds: an entry must be made again when any
// code that makes it changes, and only then. The loader runs here as a build
// runs it, against a copy of the project's code in a temporary project.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { beforeEach, describe, expect, it } from 'vitest';
import { entryCodeVersion, importsOf } from '../../src/loader/codeVersion.ts';
import { articlesLoader } from '../../src/loader/articlesLoader.ts';
import { PROJECT_ROOT } from '../../tooling/project.ts';

/** A project with the real src/ and two articles. */
function copyProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'broadsheet-code-'));
  cpSync(join(PROJECT_ROOT, 'src'), join(root, 'src'), { recursive: true });
  mkdirSync(join(root, 'content', 'articles'), { recursive: true });
  writeFileSync(join(root, 'content', 'articles', 'one.txt'), 'First headline\n\nThe first report, in full.\n');
  writeFileSync(join(root, 'content', 'articles', 'two.txt'), 'Second headline\n\nThe second report, in full.\n');
  return root;
}

/** The parts of Astro's loader context the loader uses, with a store kept between loads as Astro keeps it. */
function loaderContext(root: string, store: Map<string, { id: string; data: Record<string, unknown>; digest?: string }>, log: string[]): LoaderContext {
  return {
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      get: (id: string) => store.get(id),
      set: (entry: { id: string; data: Record<string, unknown>; digest?: string }) => store.set(entry.id, entry),
      delete: (id: string) => store.delete(id),
      keys: () => [...store.keys()],
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (text: string) => text,
    logger: { info: (line: string) => log.push(line), error: (line: string) => log.push(line), warn: () => {} },
  } as unknown as LoaderContext;
}

describe('re-ingesting after a code change', () => {
  let root: string;
  let load: () => Promise<string>;

  beforeEach(() => {
    root = copyProject();
    const store = new Map();
    load = async () => {
      const log: string[] = [];
      await articlesLoader({ dir: 'content/articles' }).load(loaderContext(root, store, log));
      return log.find((line) => line.startsWith('ingested')) ?? log.join('\n');
    };
  });

  it('skips unchanged articles when no code changed', async () => {
    expect(await load()).toBe('ingested 2 of 2 article files (0 unchanged)');
    expect(await load()).toBe('ingested 0 of 2 article files (2 unchanged)');
  });

  it.each([
    ['a stage of the ingestion core', 'src/ingest/index.ts'],
    ['the shape of the stored entry', 'src/loader/storedArticle.ts'],
    ['a module outside the core that it imports', 'src/lib/text.ts'],
  ])('re-ingests every article after a change to %s', async (_what, file) => {
    await load();
    writeFileSync(join(root, file), `${readFileSync(join(root, file), 'utf8')}\n// changed\n`);
    expect(await load()).toBe('ingested 2 of 2 article files (0 unchanged)');
    expect(await load()).toBe('ingested 0 of 2 article files (2 unchanged)');
  });

  it('re-ingests after a new file in a new subfolder of the ingestion code', async () => {
    await load();
    mkdirSync(join(root, 'src', 'ingest', 'rules', 'furniture'), { recursive: true });
    writeFileSync(join(root, 'src', 'ingest', 'rules', 'furniture', 'cookies.ts'), 'export const COOKIE_NOTICE = /^we use cookies/i;\n');
    expect(await load()).toBe('ingested 2 of 2 article files (0 unchanged)');
  });

  it('does not re-ingest after a change to code that makes no entry', async () => {
    await load();
    const page = join(root, 'src', 'styles', 'global.css');
    writeFileSync(page, `${readFileSync(page, 'utf8')}\n/* changed */\n`);
    expect(await load()).toBe('ingested 0 of 2 article files (2 unchanged)');
  });
});

describe('entryCodeVersion', () => {
  it('follows imports out of the code roots, the packages they use and the lock file', () => {
    const root = mkdtempSync(join(tmpdir(), 'broadsheet-graph-'));
    mkdirSync(join(root, 'src', 'ingest'), { recursive: true });
    mkdirSync(join(root, 'src', 'shared'), { recursive: true });
    mkdirSync(join(root, 'node_modules', 'marked'), { recursive: true });
    writeFileSync(join(root, 'src', 'ingest', 'index.ts'), "import { Marked } from 'marked';\nimport { words } from '../shared/words.ts';\n");
    writeFileSync(join(root, 'src', 'shared', 'words.ts'), "export { tidy } from './tidy';\n");
    writeFileSync(join(root, 'src', 'shared', 'tidy.ts'), 'export const tidy = 1;\n');
    writeFileSync(join(root, 'node_modules', 'marked', 'package.json'), '{"version": "1.0.0"}');
    const versions = [entryCodeVersion(root, ['src/ingest'])];
    writeFileSync(join(root, 'src', 'shared', 'tidy.ts'), 'export const tidy = 2;\n');
    versions.push(entryCodeVersion(root, ['src/ingest']));
    writeFileSync(join(root, 'node_modules', 'marked', 'package.json'), '{"version": "1.0.1"}');
    versions.push(entryCodeVersion(root, ['src/ingest']));
    // A package that marked itself depends on, updated: only the lock file says so.
    writeFileSync(join(root, 'package-lock.json'), '{"packages": {"node_modules/marked/node_modules/x": {"version": "2.0.0"}}}');
    versions.push(entryCodeVersion(root, ['src/ingest']));
    expect(new Set(versions).size).toBe(4);
  });

  it('reads every form of import the project writes, and no string that only looks like one', () => {
    const source = [
      "import { a,\n  b } from './a.ts';",
      "import type { T } from '../b';",
      "export * from './c.ts';",
      "import './d.css';",
      "const e = await import('./e.ts');",
      "export const f = \"from './not-an-import.ts'\";",
    ].join('\n');
    expect(importsOf(source).sort()).toEqual(['../b', './a.ts', './c.ts', './d.css', './e.ts']);
  });
});
