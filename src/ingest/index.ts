// Ingestion: one raw article file (plus its metadata) in, one typed Article
// out. The pipeline, in order:
//   decode → normalize → blocks → boilerplate / hashtag lines / empty →
//   title → dedupe → tags → quotations and speakers → pull-quotes.
// Pure: no file system, no Astro. `sources.ts` reads files for the CLI and
// the content loader.
import { isBoilerplate, isEmptyBlock } from './boilerplate.ts';
import { splitBlocks, type Block } from './blocks.ts';
import { decodeArticleBytes } from './decode.ts';
import { dedupeBlocks } from './dedupe.ts';
import { DEFAULT_MAX_FILE_BYTES, MAX_TITLE_CHARS, WORDS_PER_MINUTE } from './limits.ts';
import { markdownBlocks, splitFrontMatter, type MarkdownBlock } from './markdown.ts';
import { parseMetadata } from './metadata.ts';
import { normalizeText } from './normalize.ts';
import type { IngestProblem, Result } from './problems.ts';
import { choosePullQuotes, countWords, pullQuotesByChoice } from './pullQuotes.ts';
import type { Article, ArticleMetadata, RemovedBlock } from './schema.ts';
import { findQuoteSpans } from './quotes.ts';
import { slugify } from './slug.ts';
import { firstSentence } from './tokens.ts';
import { attributeQuotes } from './speakers.ts';
import { collectTags, hashtagsOf, isHashtagLine } from './tags.ts';

export interface ArticleSource {
  /** The file's path as it should appear in messages. */
  path: string;
  bytes: Uint8Array;
  /** The `.yml` sidecar of a `.txt` article, when there is one. */
  sidecar?: { path: string; text: string } | undefined;
}

export interface IngestOptions {
  maxFileBytes?: number;
}

type AnyBlock = Block & Partial<Pick<MarkdownBlock, 'html' | 'isHeadline' | 'isEmpty'>>;

export function ingestArticle(source: ArticleSource, options: IngestOptions = {}): Result<Article> {
  const file = source.path;
  const format = /\.(?:md|markdown)$/i.test(file) ? 'md' : 'txt';
  const decoded = decodeArticleBytes(file, source.bytes, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
  if (!decoded.ok) return decoded;
  // YAML is parsed as written (normalising first would turn a U+2028 inside a
  // quoted value into a line break); its values are normalised after.
  let metadata: ArticleMetadata = {};
  let blocks: AnyBlock[];
  if (format === 'md') {
    const { yaml, body, bodyLine } = splitFrontMatter(decoded.value.replace(/\r\n?/g, '\n'));
    if (yaml !== null) {
      const parsed = parseMetadata(file, yaml, 1);
      if (!parsed.ok) return parsed;
      metadata = parsed.value;
    }
    blocks = markdownBlocks(normalizeText(body), bodyLine);
  } else {
    if (source.sidecar !== undefined) {
      const parsed = parseMetadata(source.sidecar.path, source.sidecar.text.replace(/^\ufeff/, ''));
      if (!parsed.ok) return parsed;
      metadata = parsed.value;
    }
    blocks = splitBlocks(normalizeText(decoded.value));
  }
  return assembleArticle(file, format, blocks, metadata);
}

function assembleArticle(file: string, format: Article['format'], blocks: AnyBlock[], metadata: ArticleMetadata): Result<Article> {
  const problems: IngestProblem[] = [];
  const removed: Array<RemovedBlock & { index: number }> = [];
  const hashtags: string[] = [];
  const candidates: Array<AnyBlock & { index: number }> = [];

  blocks.forEach((block, index) => {
    if (block.isEmpty ?? isEmptyBlock(block.text)) removed.push({ reason: 'empty', text: block.text, index });
    else if (isBoilerplate(block.text)) removed.push({ reason: 'boilerplate', text: block.text, index });
    else if (isHashtagLine(block.text)) {
      removed.push({ reason: 'hashtag-line', text: block.text, index });
      hashtags.push(...hashtagsOf(block.text));
    } else candidates.push({ ...block, index });
  });

  // The title: from metadata, else a Markdown `# heading`, else (plain text) the first line.
  const headline = format === 'md' ? candidates.find((b) => b.isHeadline) : candidates[0];
  const title = metadata.title ?? headline?.text;
  if (title === undefined || title.length > MAX_TITLE_CHARS) {
    const first = candidates[0];
    const problem: IngestProblem = {
      file,
      message:
        title === undefined
          ? 'no recognisable title: the file has no article text'
          : `no recognisable title: the first line is ${title.length} characters, too long for a headline (over ${MAX_TITLE_CHARS})`,
      hint:
        format === 'md'
          ? 'Add `title:` to the front matter or start the body with a `# Heading`'
          : 'Put the headline on the first line, or set `title:` in a sidecar .yml',
    };
    if (first !== undefined) problem.line = first.line;
    return { ok: false, problems: [problem] };
  }

  const titleKey = comparable(title);
  const body = candidates.filter((block) => {
    if (block === headline && metadata.title === undefined) return false;
    // Case folding barely changes length: a block twice the title's length cannot repeat it.
    if (block.text.length > 2 * title.length + 8 || comparable(block.text) !== titleKey) return true;
    removed.push({ reason: 'duplicate-title', text: block.text, index: block.index });
    return false;
  });

  const verdicts = dedupeBlocks(body.map((b) => b.text), [title]);
  const kept = body.filter((block, i) => {
    const verdict = verdicts[i] ?? 'keep';
    if (verdict === 'keep') return true;
    removed.push({ reason: verdict, text: block.text, index: block.index });
    return false;
  });

  if (kept.length === 0) {
    problems.push({
      file,
      message: 'no article text: after the title, every block was a repeat, a hashtag line or page furniture',
      hint: 'Check that the file holds the article body; run `npm run ingest -- FILE` to see what was removed',
    });
    return { ok: false, problems };
  }

  const paragraphs = kept.map((b) => b.text);
  const { quotes, speakers } = attributeQuotes(paragraphs);
  let pullQuotes = choosePullQuotes(quotes, speakers, paragraphs.length);
  if (metadata.pullQuotes !== undefined) {
    const chosen = pullQuotesByChoice(metadata.pullQuotes, quotes, speakers, file);
    if (chosen.problems.length > 0) return { ok: false, problems: chosen.problems };
    pullQuotes = chosen.pullQuotes;
  }
  const wordCount = paragraphs.reduce((sum, p) => sum + countWords(p), 0);

  return {
    ok: true,
    value: {
      slug: metadata.slug ?? slugify(baseName(file)),
      title,
      format,
      date: metadata.date ?? null,
      updated: metadata.updated ?? null,
      author: metadata.author ?? null,
      sourceUrl: metadata.source ?? null,
      description: metadata.description ?? null,
      dek: metadata.description ?? firstSentence(paragraphs[0] ?? '', findQuoteSpans(paragraphs[0] ?? '')),
      paragraphs,
      paragraphsHtml: format === 'md' ? kept.map((b) => b.html ?? '') : null,
      tags: collectTags([...hashtags, ...(metadata.tags ?? [])]),
      quotes,
      speakers,
      pullQuotes,
      wordCount,
      readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
      removed: removed.sort((a, b) => a.index - b.index).map(({ reason, text }) => ({ reason, text })),
    },
  };
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
  const pathBySlug = new Map<string, string>();
  for (const source of sources) {
    const result = ingestArticle(source, options);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const other = pathBySlug.get(result.value.slug);
    if (other !== undefined) {
      problems.push({
        file: source.path,
        field: 'slug',
        message: `slug "${result.value.slug}" is already used by ${other}`,
        hint: 'Rename one of the files, or give one a different `slug:` in its metadata',
      });
      continue;
    }
    pathBySlug.set(result.value.slug, source.path);
    articles.push(result.value);
  }
  return { articles, problems };
}

/** Title comparison ignores case and spacing: "HEADLINE" repeated in capitals is still a repeat. */
function comparable(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function baseName(path: string): string {
  return (path.split(/[\\/]/).at(-1) ?? path).replace(/\.[^.]*$/, '');
}

export { formatProblem, type IngestProblem, type Result } from './problems.ts';
export type { Article, ArticleMetadata } from './schema.ts';
