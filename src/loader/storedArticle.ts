// What the content store keeps of an article: all the ingestion core returns,
// except that each removed block's text is cut to its opening words. The
// store is built into the site's server bundle and held in memory for the
// whole build, and the longest removed block (the run-on copy of the body)
// repeats the article word for word: kept whole, it nearly doubled the store.
// The full report of a file is `npm run ingest -- FILE`.
import { z } from 'zod';
import { articleSchema, removedBlockSchema, type Article } from '../ingest/schema.ts';
import { clip } from '../lib/text.ts';

/** Characters of a removed block's text the store keeps. */
export const STORED_REMOVED_TEXT = 200;

export const storedArticleSchema = articleSchema.extend({
  removed: z.array(
    removedBlockSchema.extend({
      /** The block's full length in characters; `text` ends in "…" when it was cut. */
      length: z.number().int().nonnegative(),
    }),
  ),
});

export type StoredArticle = z.infer<typeof storedArticleSchema>;

export function toStoredArticle(article: Article): StoredArticle {
  return {
    ...article,
    removed: article.removed.map(({ reason, text }) => ({ reason, text: clip(text, STORED_REMOVED_TEXT), length: [...text].length })),
  };
}
