// Stage 12: the Article record. Every block's fate is decided by now; this
// stage derives what a page shows beside the text (slug, dek, word count,
// reading time), puts the removal report back in source order, and makes
// every string safe to show anywhere (`readableText`).
import type { SourceText } from './02-source.ts';
import type { ArticleBlock, Removal } from './04-blocks.ts';
import { findQuoteSpans } from './09-quotes.ts';
import { MIN_READING_MINUTES, WORDS_PER_MINUTE } from './limits.ts';
import type { Article, PullQuote, Quote, Speaker, Tag } from './schema.ts';
import { paragraphIds, slugify } from './slug.ts';
import { readableText } from './text.ts';
import { countWords, firstSentence } from './tokens.ts';

interface ArticleParts {
  source: SourceText;
  title: string;
  /** The kept blocks: the article's paragraphs. */
  body: readonly ArticleBlock[];
  tags: Tag[];
  quotes: Quote[];
  speakers: Speaker[];
  pullQuotes: PullQuote[];
  /** Every stage's removals, in any order. */
  removed: readonly Removal[];
}

export function articleRecord(parts: ArticleParts): Article {
  return readableStrings(assembleRecord(parts));
}

function assembleRecord({ source, title, body, tags, quotes, speakers, pullQuotes, removed }: ArticleParts): Article {
  const { file, format, metadata } = source;
  const paragraphs = body.map((block) => block.text);
  const wordCount = paragraphs.reduce((sum, p) => sum + countWords(p), 0);
  return {
    slug: metadata.slug ?? slugify(baseName(file)),
    title,
    format,
    date: metadata.date ?? null,
    updated: metadata.updated ?? null,
    author: metadata.author ?? null,
    sourceUrl: metadata.source ?? null,
    siteName: metadata.siteName ?? null,
    description: metadata.description ?? null,
    dek: metadata.description ?? dekOf(paragraphs),
    paragraphs,
    paragraphIds: paragraphIds(paragraphs),
    paragraphsHtml: format === 'txt' ? null : body.map((block) => block.html ?? ''),
    tags,
    quotes,
    speakers,
    pullQuotes,
    wordCount,
    readingMinutes: Math.max(MIN_READING_MINUTES, Math.round(wordCount / WORDS_PER_MINUTE)),
    removed: [...removed].sort((a, b) => a.index - b.index).map(({ reason, text }) => ({ reason, text })),
  };
}

/** Every string of the record, and of the records inside it, as `readableText` leaves it. */
function readableStrings<T>(value: T): T {
  if (typeof value === 'string') return readableText(value) as T;
  if (Array.isArray(value)) return value.map(readableStrings) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, readableStrings(inner)])) as T;
  }
  return value;
}

function baseName(path: string): string {
  return (path.split(/[\\/]/).at(-1) ?? path).replace(/\.[^.]*$/, '');
}

/** The first sentence of the first paragraph that ends as a sentence does: a site's name or a section's above the text is no dek. */
function dekOf(paragraphs: readonly string[]): string {
  const lead = paragraphs.find((paragraph) => /[.!?…"'”’»)]$/u.test(paragraph)) ?? paragraphs[0] ?? '';
  return firstSentence(lead, findQuoteSpans(lead));
}
