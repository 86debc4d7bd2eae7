// Stage 6: the title, and the repeats of it that scrapers leave in the body.
// The title comes from metadata, else a Markdown `# heading`, else (plain
// text) the first line — or, in text copied from a whole page, the
// headline below the site's menus; a file with none is a problem, never a
// guess.
import type { SourceText } from './02-source.ts';
import { removal, type ArticleBlock, type Removal } from './04-blocks.ts';
import { isProse } from './05-furniture.ts';
import { MAX_COPIED_HEADLINE_CHARS, MAX_TITLE_CHARS, TITLE_REPEAT_LENGTH_RATIO, TITLE_REPEAT_LENGTH_SLACK } from './limits.ts';
import type { IngestProblem, Result } from './problems.ts';
import type { RemovedBlock } from './schema.ts';
import { comparable } from './text.ts';
import { countWords } from './tokens.ts';

interface Titled {
  title: string;
  /** The blocks after the title is taken out: the article's body, perhaps with repeats. */
  body: ArticleBlock[];
  removed: Removal[];
}

export function takeTitle(source: SourceText, candidates: readonly ArticleBlock[], furniture: readonly Removal[]): Result<Titled> {
  const { format, metadata } = source;
  const headline = format === 'txt' ? candidates[copiedPageHeadline(candidates, furniture) ?? 0] : candidates.find((b) => b.isHeadline);
  const title = metadata.title ?? headline?.text;
  if (title === undefined || title.length > MAX_TITLE_CHARS) return { ok: false, problems: [noTitle(source, title, candidates[0])] };

  const repeatsTitle = sameWordsAs(title);
  const removed: Removal[] = [];
  const body = candidates.filter((block) => {
    // The headline the title was taken from is the title, not a repeat of it.
    if (block === headline && metadata.title === undefined) return false;
    if (!repeatsTitle(block.text)) return true;
    removed.push(removal('duplicate-title', block));
    return false;
  });
  return { ok: true, value: { title, body, removed } };
}

/** What a page puts above its article: its menus and links, "Skip to content", a cookie banner. */
const PAGE_HEADER_REASONS: ReadonlySet<RemovedBlock['reason']> = new Set(['navigation', 'menu', 'cookie-notice']);
/** Fewest such lines above a line for the text to be a page's copy: a menu has several, a writer's file none. */
const PAGE_HEADER_MIN_LINES = 2;
/** A line between a page's headline and its first paragraph: "Posted on …", a comment count, "5 min read", a numeric date. */
const ARTICLE_META_LINE =
  /^(?:posted|published|veröffentlicht|publié|publicado|pubblicato|updated|aktualisiert)\b|\b\d+ (?:comments?|kommentare?|commentaires?|comentarios?|commenti)\b|\bmin(?:ute)?s? read\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/iu;

/**
 * In text copied from a whole page — the site's menus set aside above its
 * first paragraph — the first line is the site's, not the headline: the
 * headline is the last line below two or more menu lines and above that
 * paragraph that reads as one (two words or more, no full stop or colon at
 * its end, not "Posted on …", a date or a comment count). A file written
 * with its headline first has no menus above its prose, and keeps it.
 */
function copiedPageHeadline(candidates: readonly ArticleBlock[], furniture: readonly Removal[]): number | undefined {
  const firstProse = candidates.findIndex((block) => isProse(block.text));
  if (firstProse <= 0) return undefined;
  // Where the page's second menu line was: no line above it can be a copied page's headline.
  const headerLines = furniture.filter((removed) => PAGE_HEADER_REASONS.has(removed.reason)).map((removed) => removed.index).sort((a, b) => a - b);
  const belowHeader = headerLines[PAGE_HEADER_MIN_LINES - 1] ?? Infinity;
  // The line under a byline is the writer's role ("Island Correspondent"), not a headline.
  const underByline = new Set(furniture.filter((removed) => removed.reason === 'byline').map((removed) => removed.index + 1));
  for (let i = firstProse - 1; i >= 0; i -= 1) {
    const block = candidates[i];
    if (block === undefined || block.index < belowHeader) return undefined;
    const text = block.text;
    if (text.length > MAX_COPIED_HEADLINE_CHARS || /[.:|]$/u.test(text) || ARTICLE_META_LINE.test(text) || underByline.has(block.index)) continue;
    if (countWords(text, 2) >= 2) return i;
  }
  return undefined;
}

/**
 * The test for a repeat of the title: the same words in any case or spacing.
 * Both sides are composed (NFC) first, as metadata and scraped text may
 * spell the same accent in different Unicode forms.
 */
function sameWordsAs(title: string): (text: string) => boolean {
  const key = comparable(title.normalize('NFC'));
  const longest = TITLE_REPEAT_LENGTH_RATIO * title.length + TITLE_REPEAT_LENGTH_SLACK;
  return (text) => text.length <= longest && comparable(text.normalize('NFC')) === key;
}

function noTitle({ file, format }: SourceText, title: string | undefined, first: ArticleBlock | undefined): IngestProblem {
  const problem: IngestProblem = {
    file,
    message:
      title === undefined
        ? 'no recognisable title: the file has no article text'
        : `no recognisable title: the first line is ${title.length} characters, too long for a headline (over ${MAX_TITLE_CHARS})`,
    hint: {
      md: 'Add `title:` to the front matter or start the body with a `# Heading`',
      html: 'Set `title:` in a sidecar .yml beside the page',
      txt: 'Put the headline on the first line, or set `title:` in a sidecar .yml',
    }[format],
  };
  if (first !== undefined) problem.line = first.line;
  return problem;
}
