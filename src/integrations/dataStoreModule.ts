// The content store reaches pages as a module, `astro:data-layer-content`.
// Astro 5 writes it as one JavaScript object literal, so Rollup parses and
// holds an AST node for every value of every article: at 1,000 articles that
// step alone cost ~200 MB and seconds. A static build renders every page in
// the process that wrote the store, so here the module reads the store's
// file when it runs: nothing for Rollup to parse, and no copy of the text
// kept as module source for the rest of the build. Other outputs (a server
// adapter) get the JSON inlined as `JSON.parse("…")`, as Astro 7 emits it
// itself (withastro/astro#17430). Drop this file when moving to Astro 7.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** Astro's id for the resolved virtual module (`\0` + `astro:data-layer-content`). */
export const DATA_STORE_MODULE_ID = '\0astro:data-layer-content';
const DATA_STORE_FILE = 'data-store.json';

/**
 * The module's code: the store's JSON, parsed at run time. Characters beyond
 * ASCII are written as \u escapes (only JSON strings can hold them): V8 keeps
 * a string with any character above U+00FF at two bytes per character, and
 * this one stays in memory twice (module source and literal) for the whole
 * build, so one curly quote in an article would double both.
 */
export function inlineStoreCode(json: string): string {
  const ascii = json.replace(/[^\x00-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `export default JSON.parse(${JSON.stringify(ascii)});`;
}

/** The module's code for a build that renders its pages where it runs: read the file then. */
export function fileStoreCode(path: string): string {
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(path)}, 'utf8'));`;
}

/**
 * The module's code for the store at `path`; a damaged store fails here, with
 * the file named. Parsed now even when the module will read the file itself:
 * Astro swallows any error from importing the module and renders an empty
 * collection, so a failure there would be a site without its articles.
 */
export function storeModuleCode(path: string, renderedHere: boolean): string {
  let json: string;
  try {
    json = readFileSync(path, 'utf8');
    JSON.parse(json);
  } catch (error) {
    throw new Error(`Could not read the content store ${path}: ${error instanceof Error ? error.message : String(error)}. Delete it and build again.`);
  }
  return renderedHere ? fileStoreCode(path) : inlineStoreCode(json);
}

export function dataStoreAsJson(): AstroIntegration {
  return {
    name: 'broadsheet-data-store-module',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        // Where Astro keeps the store: the cache folder when building, .astro/ in dev.
        const files = {
          build: new URL(DATA_STORE_FILE, config.cacheDir),
          serve: new URL(`.astro/${DATA_STORE_FILE}`, config.root),
        };
        let file = files.build;
        const renderedHere = config.output === 'static';
        const plugin: Plugin = {
          name: 'broadsheet-data-store-module',
          enforce: 'pre',
          configResolved(resolved) {
            file = resolved.command === 'serve' ? files.serve : files.build;
          },
          load: {
            // Before Astro's own plugin, which would otherwise answer first.
            order: 'pre',
            handler(id) {
              if (id !== DATA_STORE_MODULE_ID || !existsSync(file)) return null;
              try {
                return { code: storeModuleCode(fileURLToPath(file), renderedHere), map: { mappings: '' } };
              } catch (error) {
                this.error(error instanceof Error ? error.message : String(error));
              }
            },
          },
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
