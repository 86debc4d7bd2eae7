import { defineCollection } from 'astro:content';
import { articleSchema } from './ingest/schema.ts';
import { articlesLoader } from './loader/articlesLoader.ts';

/** Raw articles live in content/articles; CONTENT_DIR points a build (a test, a corpus) elsewhere. */
const articles = defineCollection({
  loader: articlesLoader({ dir: process.env['CONTENT_DIR'] ?? 'content/articles' }),
  schema: articleSchema,
});

export const collections = { articles };
