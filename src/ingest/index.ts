// Ingestion: one raw article file (plus its metadata) in, one typed Article
// out, or the problems that stop it. Pure: no file system, no Astro;
// `files.ts` reads files for the CLI and the content loader.
// The stages, in order, one module each:
//   01-decode       bytes → text (UTF-8 or UTF-16; a saved page as a browser decodes it)
//   02-source       front matter, sidecar or page head → metadata; the body
//                   (a saved page's main content, found by html.ts)
//   03-normalize    line endings, odd spaces, mojibake
//   04-blocks       text → numbered blocks (lines, or Markdown blocks)
//   05-furniture    empty blocks, boilerplate, the hashtag line
//   06-title        the title, and its repeats in the body
//   07-dedupe       run-on and exact repeats
//   08-tags         the tag line's hashtags, then the metadata's tags
//   09-quotes       quotations, joined across paragraphs
//   10-speakers     who said each quotation
//   11-pull-quotes  quotations that read well alone
//   12-article      the Article record: slug, dek, word count, removals in order
import { decodeArticleBytes, decodeHtmlBytes } from './01-decode.ts';
import { formatOf, splitSource, type ArticleSource, type SourceText } from './02-source.ts';
import { normalizeText } from './03-normalize.ts';
import { articleBlocks } from './04-blocks.ts';
import { setAsideFurniture } from './05-furniture.ts';
import { takeTitle } from './06-title.ts';
import { dropRepeats } from './07-dedupe.ts';
import { articleTags } from './08-tags.ts';
import { findQuotations } from './09-quotes.ts';
import { attributeQuotes } from './10-speakers.ts';
import { pickPullQuotes } from './11-pull-quotes.ts';
import { articleRecord } from './12-article.ts';
import { DEFAULT_MAX_FILE_BYTES } from './limits.ts';
import type { IngestProblem, Result } from './problems.ts';
import type { Article } from './schema.ts';
import { SlugRegistry } from './slug.ts';

export interface IngestOptions {
  maxFileBytes?: number;
}

export function ingestArticle(source: ArticleSource, options: IngestOptions = {}): Result<Article> {
  try {
    return ingestSource(source, options);
  } catch (error) {
    // A limit the stages do not know of yet: still this file's problem, listed with the others, never the whole build's.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{
        file: source.path,
        message: `could not be ingested (${reason})`,
        hint: 'Simplify the file around the part this names; `npm run ingest -- FILE` reruns it alone',
      }],
    };
  }
}

function ingestSource(source: ArticleSource, options: IngestOptions): Result<Article> {
  const decode = formatOf(source.path) === 'html' ? decodeHtmlBytes : decodeArticleBytes;
  const text = decode(source.path, source.bytes, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
  if (!text.ok) return text;
  const split = splitSource(source, text.value);
  if (!split.ok) return split;
  return assembleArticle(split.value);
}

function assembleArticle(source: SourceText): Result<Article> {
  const blocks = articleBlocks(source.format, normalizeText(source.body, source.format), source.bodyLine);
  const furniture = setAsideFurniture(blocks);
  const titled = takeTitle(source, furniture.kept, furniture.removed);
  if (!titled.ok) return titled;
  const { title } = titled.value;
  const deduped = dropRepeats(source.file, titled.value.body, title);
  if (!deduped.ok) return deduped;
  const body = deduped.value.kept;
  const paragraphs = body.map((block) => block.text);
  const tags = articleTags(furniture.removed, source.metadata.tags);
  const { quotes, speakers } = attributeQuotes(paragraphs, findQuotations(paragraphs));
  const pullQuotes = pickPullQuotes(source, quotes, speakers, paragraphs.length);
  if (!pullQuotes.ok) return pullQuotes;
  const removed = [...furniture.removed, ...titled.value.removed, ...deduped.value.removed];
  return { ok: true, value: articleRecord({ source, title, body, tags, quotes, speakers, pullQuotes: pullQuotes.value, removed }) };
}

/**
 * Ingests many files at once and reports every bad one, not only the first.
 * Two articles may not share a slug (they would share a URL).
 */
export function ingestArticles(
  sources: readonly ArticleSource[],
  options: IngestOptions = {},
): { articles: Article[]; problems: IngestProblem[] } {
  const articles: Article[] = [];
  const problems: IngestProblem[] = [];
  const slugs = new SlugRegistry();
  for (const source of sources) {
    const result = ingestArticle(source, options);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const taken = slugs.claim(result.value.slug, source.path);
    if (taken === null) articles.push(result.value);
    else problems.push(taken);
  }
  return { articles, problems };
}

export type { ArticleSource } from './02-source.ts';
export { formatProblem, type IngestProblem, type Result } from './problems.ts';
export type { Article, ArticleMetadata } from './schema.ts';
