// What the content loader asks of the ingestion core for one file, on
// whichever thread runs it: the entry the store keeps, or the file's problems.
import type { ArticleSource } from '../ingest/02-source.ts';
import { ingestArticle } from '../ingest/index.ts';
import type { Result } from '../ingest/problems.ts';
import { toStoredArticle, type StoredArticle } from './storedArticle.ts';

export type IngestJob = ArticleSource;

export function ingestStored(source: IngestJob): Result<StoredArticle> {
  const result = ingestArticle(source);
  return result.ok ? { ok: true, value: toStoredArticle(result.value) } : result;
}
