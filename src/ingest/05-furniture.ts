// Stage 5: page furniture scrapers pick up with the article: blank rules,
// comment forms, share widgets, the line of hashtags. Only a block that is
// *entirely* furniture goes: a sentence mentioning "Leave a Reply" stays.
import { removal, type ArticleBlock, type Removal } from './04-blocks.ts';
import type { RemovedBlock } from './schema.ts';
import { isEmptyBlock } from './text.ts';
import { joinedRun, WORD_CHARS } from './tokens.ts';

/**
 * Whole-block patterns, matched case-insensitively against the block with
 * spaces collapsed. Each is anchored and free of nested quantifiers.
 */
const BOILERPLATE_PATTERNS: readonly RegExp[] = [
  // WordPress comment form.
  /^leave a (?:reply|comment)(?: cancel reply)?$/i,
  /^cancel reply$/i,
  /^your email address will not be published\.?(?: required fields are marked \*)?$/i,
  /^required fields are marked \*$/i,
  /^(?:comment|name|email|e-mail|website|url)(?: \*)?:?$/i,
  /^save my name, email, and website in this browser for the next time I comment\.?$/i,
  /^(?:post|submit) comment$/i,
  /^notify me of (?:follow-up comments|new posts) by email\.?$/i,
  /^this site uses akismet to reduce spam\. learn how your comment data is processed\.?$/i,
  /^you must be logged in to post a comment\.?$/i,
  // Share and like widgets.
  /^(?:share|like) this:?$/i,
  /^like loading(?:\.{3}|…)?$/i,
  /^related(?: posts| articles)?:?$/i,
  /^share(?: on (?:facebook|x|twitter|linkedin|whatsapp|reddit|telegram|email|pinterest))?:?$/i,
  /^click to (?:share on \w+|email a link to a friend|print)(?: \(opens in new window\))?$/i,
  /^(?:tweet|print|email|facebook|twitter|linkedin|whatsapp|reddit|telegram|pinterest|pocket)$/i,
];

/** A hashtag's characters: a word's, and `_`; inner `'`, `’` or `-` may join them. */
const TAG_CHARS = `${WORD_CHARS}_`;
const TAG_JOINERS = "'’-";
/** One hashtag: `#` then tag characters, with at least one letter. */
const HASHTAG = new RegExp(`^#(?=[${TAG_CHARS}${TAG_JOINERS}]*\\p{L})${joinedRun(TAG_CHARS, TAG_JOINERS)}$`, 'u');

/**
 * The furniture rules, tried in this order: the first that matches removes
 * the block with its reason. A new kind of furniture is one more entry here.
 */
const FURNITURE: ReadonlyArray<{ reason: RemovedBlock['reason']; matches: (block: ArticleBlock) => boolean }> = [
  // A Markdown block that was only an image (pages show no images: see `sanitize.ts`).
  { reason: 'image', matches: (block) => (block.images?.length ?? 0) > 0 && (block.isEmpty ?? false) },
  // The Markdown parser knows better than the text when a block shows nothing (raw HTML, a rule).
  { reason: 'empty', matches: (block) => block.isEmpty ?? isEmptyBlock(block.text) },
  { reason: 'boilerplate', matches: (block) => BOILERPLATE_PATTERNS.some((pattern) => pattern.test(block.text)) },
  // The article's tag line; hashtags inside a sentence are ordinary text and stay.
  { reason: 'hashtag-line', matches: (block) => block.text.startsWith('#') && block.text.split(' ').every((word) => HASHTAG.test(word)) },
];

interface Furniture {
  /** The blocks that may be the article: title and body. */
  kept: ArticleBlock[];
  removed: Removal[];
}

export function setAsideFurniture(blocks: readonly ArticleBlock[]): Furniture {
  const kept: ArticleBlock[] = [];
  const removed: Removal[] = [];
  for (const block of blocks) {
    const rule = FURNITURE.find(({ matches }) => matches(block));
    if (rule === undefined) kept.push(block);
    else removed.push(removal(rule.reason, block));
    // An image inside a kept block is reported on its own; the block's words stay.
    if (rule === undefined) for (const image of block.images ?? []) removed.push({ reason: 'image', text: image, index: block.index });
  }
  return { kept, removed };
}
