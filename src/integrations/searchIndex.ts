// Builds the Pagefind search index from the finished pages, as the last step
// of `astro build`, so `npm run build` stays one command.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export function searchIndex(): AstroIntegration {
  return {
    name: 'broadsheet-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const created = await pagefind.createIndex({ forceLanguage: 'en' });
          const index = created.index;
          if (index === undefined) throw new Error(created.errors.join('\n'));
          // Only article pages carry data-pagefind-body; the others need not be read at all.
          const added = await index.addDirectory({ path: outDir, glob: 'articles/**/index.html' });
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          const errors = [...added.errors, ...written.errors];
          if (errors.length > 0) throw new Error(errors.join('\n'));
          logger.info(`search index: ${added.page_count} articles`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
