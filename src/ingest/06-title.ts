// Stage 6: the title, and the repeats of it that scrapers leave in the body.
// The title comes from metadata, else a Markdown `# heading`, else (plain
// text) the first line; a file with none is a problem, never a guess.
import type { SourceText } from './02-source.ts';
import { removal, type ArticleBlock, type Removal } from './04-blocks.ts';
import { MAX_TITLE_CHARS, TITLE_REPEAT_LENGTH_RATIO, TITLE_REPEAT_LENGTH_SLACK } from './limits.ts';
import type { IngestProblem, Result } from './problems.ts';
import { comparable } from './text.ts';

interface Titled {
  title: string;
  /** The blocks after the title is taken out: the article's body, perhaps with repeats. */
  body: ArticleBlock[];
  removed: Removal[];
}

export function takeTitle(source: SourceText, candidates: readonly ArticleBlock[]): Result<Titled> {
  const { format, metadata } = source;
  const headline = format === 'txt' ? candidates[0] : candidates.find((b) => b.isHeadline);
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
