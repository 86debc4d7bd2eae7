// Stage 4: normalised text → blocks, numbered in source order. A plain-text
// line is a block unless it plainly continues a hard-wrapped line before it;
// Markdown is split into its top-level blocks by `markdown.ts`, a saved
// page's main content into its blocks by `html.ts`.
import { htmlBlocks } from './html.ts';
import { markdownBlocks, type MarkdownBlock } from './markdown.ts';
import type { Article, RemovedBlock } from './schema.ts';
import { collapseSpaces } from './text.ts';

export interface Block {
  text: string;
  /** 1-based line in the source where the block starts. */
  line: number;
}

/** A block as the later stages see it; Markdown blocks also carry their HTML and what the parser knew of them. */
export interface ArticleBlock extends Block, Partial<Pick<MarkdownBlock, 'html' | 'isHeadline' | 'isEmpty' | 'images'>> {
  /** A saved page's block that is not article text: a caption, an embedded player or form, links to other stories. */
  setAside?: 'caption' | 'embed' | 'related';
  /** Position among all the file's blocks: the removal report is kept in this order. */
  index: number;
}

/** A block a stage removed, and why. */
export interface Removal extends RemovedBlock {
  index: number;
}

export function removal(reason: RemovedBlock['reason'], block: ArticleBlock): Removal {
  return { reason, text: block.text, index: block.index };
}

export function articleBlocks(format: Article['format'], text: string, firstLine: number): ArticleBlock[] {
  const blocks: Array<Block | MarkdownBlock> =
    format === 'md' ? markdownBlocks(text, firstLine) : format === 'html' ? htmlBlocks(text) : textBlocks(text, firstLine);
  return blocks.map((block, index) => ({ ...block, index }));
}

const ENDS_SENTENCE = /[.!?:;"'”’»)\]…]$/;
const STARTS_LOWERCASE = /^\p{Ll}/u;

/** Plain text: a line continues the block before when that one ends mid-sentence and this one starts in lower case. */
function textBlocks(text: string, firstLine: number): Block[] {
  const blocks: Block[] = [];
  let previousLineBlank = true;
  text.split('\n').forEach((rawLine, index) => {
    const line = collapseSpaces(rawLine);
    if (line === '') {
      previousLineBlank = true;
      return;
    }
    const last = blocks.at(-1);
    if (
      last !== undefined &&
      !previousLineBlank &&
      !ENDS_SENTENCE.test(last.text) &&
      STARTS_LOWERCASE.test(line)
    ) {
      last.text = `${last.text} ${line}`;
    } else {
      blocks.push({ text: line, line: index + firstLine });
    }
    previousLineBlank = false;
  });
  return blocks;
}
