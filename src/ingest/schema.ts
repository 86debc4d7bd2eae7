// The shapes that ingestion produces and accepts, declared once.
// TypeScript types are inferred from these schemas; the Astro content
// collection reuses `articleSchema`, so the site and the CLI agree exactly.
import { z } from 'zod';
import { MAX_AUTHOR_CHARS, MAX_DESCRIPTION_CHARS, MAX_PULL_QUOTES, MIN_YEAR, MAX_SLUG_BYTES, MAX_TAG_CHARS, MAX_TITLE_CHARS } from './limits.ts';

const REMOVAL_REASONS = [
  'duplicate-title',
  'run-on-duplicate',
  'duplicate',
  'hashtag-line',
  'boilerplate',
  'empty',
  'image',
  'caption',
  'embed',
  'byline',
  'dateline',
  'related',
  'navigation',
  'copyright',
  'advertisement',
  'credit',
  'cookie-notice',
  'menu',
  'after-article',
] as const;

const tagSchema = z.object({
  name: z.string(),
  slug: z.string(),
});

const quoteSchema = z.object({
  text: z.string(),
  /**
   * Who said it: a person's full name or an organisation as the article
   * gives it (both listed in `speakers`), else the description the article
   * gives ("a Trump spokesman"); null when the text names nobody.
   */
  speaker: z.string().nullable(),
  /** Index into `paragraphs` of the paragraph the quotation opens in. */
  paragraph: z.number().int().nonnegative(),
});

const speakerSchema = z.object({
  name: z.string(),
  role: z.string().nullable(),
  /** A person or an organisation ("the DNC said"); each has a page. */
  kind: z.enum(['person', 'organisation']),
});

const pullQuoteSchema = z.object({
  text: z.string(),
  speaker: z.string(),
  role: z.string().nullable(),
  paragraph: z.number().int().nonnegative(),
});

export const removedBlockSchema = z.object({
  reason: z.enum(REMOVAL_REASONS),
  text: z.string(),
});

export const articleSchema = z.object({
  slug: z.string(),
  title: z.string(),
  format: z.enum(['txt', 'md', 'html']),
  /** ISO date (YYYY-MM-DD or a full timestamp) or null when unknown. */
  date: z.string().nullable(),
  updated: z.string().nullable(),
  author: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  /** The name of the site the article first appeared on (a saved page's `og:site_name`, or `siteName:`). */
  siteName: z.string().nullable(),
  description: z.string().nullable(),
  /** One line under the headline: the description, else the first sentence. */
  dek: z.string(),
  /** Plain text of every kept block, in source order. */
  paragraphs: z.array(z.string()),
  /** Each paragraph's anchor on its page, made from its words (`paragraphIds` in slug.ts), parallel to `paragraphs`. */
  paragraphIds: z.array(z.string()),
  /** Sanitized HTML of each kept block (Markdown and HTML articles), parallel to `paragraphs`. */
  paragraphsHtml: z.array(z.string()).nullable(),
  tags: z.array(tagSchema),
  quotes: z.array(quoteSchema),
  speakers: z.array(speakerSchema),
  pullQuotes: z.array(pullQuoteSchema),
  wordCount: z.number().int().nonnegative(),
  readingMinutes: z.number().int().positive(),
  removed: z.array(removedBlockSchema),
});

const isoDate = z
  .string()
  .transform((value, ctx) => {
    const text = value.trim();
    const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
    const parsed = new Date(text);
    const valid =
      match !== null &&
      Number(match[1]) >= MIN_YEAR &&
      !Number.isNaN(parsed.getTime()) &&
      // Reject 2025-02-30, which Date would roll over into March.
      new Date(`${match[1]}-${match[2]}-${match[3]}T00:00:00Z`).toISOString().slice(0, 10) ===
        `${match[1]}-${match[2]}-${match[3]}`;
    if (!valid) {
      ctx.addIssue({
        code: 'custom',
        message: `"${text}" is not a date; write it as YYYY-MM-DD (for example 2025-02-12), a year from ${MIN_YEAR} on`,
        input: value,
      });
      return z.NEVER;
    }
    return text;
  });

const httpUrl = z
  .string()
  .trim()
  .refine((value) => /^https?:\/\/[^\s]+$/i.test(value) && URL.canParse(value), {
    error: 'must be an absolute http(s) URL',
  });

const oneLine = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .refine((value) => !/[\r\n]/.test(value), { error: 'must be a single line' });

/**
 * Metadata for an article: the sidecar `<name>.yml` beside a raw `.txt`,
 * or the front matter of a `.md`. Unknown keys are errors so that a typo
 * (`autor:`) is reported instead of silently ignored.
 */
export const metadataSchema = z.strictObject({
  title: oneLine.max(MAX_TITLE_CHARS, `must be at most ${MAX_TITLE_CHARS} characters`).optional(),
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens')
    .max(MAX_SLUG_BYTES, `must be at most ${MAX_SLUG_BYTES} characters (it names a folder, and people read it)`)
    .optional(),
  date: isoDate.optional(),
  updated: isoDate.optional(),
  author: oneLine.max(MAX_AUTHOR_CHARS, `must be at most ${MAX_AUTHOR_CHARS} characters`).optional(),
  source: httpUrl.optional(),
  siteName: oneLine.max(MAX_AUTHOR_CHARS, `must be at most ${MAX_AUTHOR_CHARS} characters`).optional(),
  description: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(MAX_DESCRIPTION_CHARS, `must be at most ${MAX_DESCRIPTION_CHARS} characters: it is the line under the headline`)
    .optional(),
  tags: z.array(oneLine.max(MAX_TAG_CHARS, `must be at most ${MAX_TAG_CHARS} characters`)).optional(),
  /**
   * Pull-quote choice: each entry is the opening words of a quotation in
   * the article. An empty list turns pull-quotes off for this article.
   */
  pullQuotes: z.array(oneLine).max(MAX_PULL_QUOTES, 'at most three pull-quotes').optional(),
});

export type Tag = z.infer<typeof tagSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Speaker = z.infer<typeof speakerSchema>;
export type PullQuote = z.infer<typeof pullQuoteSchema>;
export type RemovedBlock = z.infer<typeof removedBlockSchema>;
export type Article = z.infer<typeof articleSchema>;
export type ArticleMetadata = z.infer<typeof metadataSchema>;
