// The content store reaches pages as a module, `astro:data-layer-content`.
// Astro 5 writes it as one JavaScript object literal, so Rollup parses and
// holds an AST node for every value of every article: at 1,000 articles that
// step alone cost ~200 MB and seconds. This writes the same data as
// `export default JSON.parse("…")`: one string literal whatever the archive's
// size, and JSON.parse is faster than parsing the literal. Astro 7 emits the
// store this way itself (withastro/astro#17430); drop this file when moving.
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
export function dataStoreModuleCode(json: string): string {
  // Checked here so a damaged file fails where Astro's own loader would, with the file named.
  JSON.parse(json);
  const ascii = json.replace(/[^\x00-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `export default JSON.parse(${JSON.stringify(ascii)});`;
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
              const path = fileURLToPath(file);
              try {
                return { code: dataStoreModuleCode(readFileSync(path, 'utf8')), map: { mappings: '' } };
              } catch (error) {
                this.error(`Could not read the content store ${path}: ${String(error)}. Delete it and build again.`);
              }
            },
          },
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
