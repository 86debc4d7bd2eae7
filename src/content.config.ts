import { defineCollection } from 'astro:content';
import { articlesLoader } from './loader/articlesLoader.ts';
import { storedArticleSchema } from './loader/storedArticle.ts';

/** Raw articles live in content/articles; CONTENT_DIR points a build (a test, a corpus) elsewhere. */
const articles = defineCollection({
  loader: articlesLoader({ dir: process.env['CONTENT_DIR'] ?? 'content/articles' }),
  schema: storedArticleSchema,
});

export const collections = { articles };
