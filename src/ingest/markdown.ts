// Markdown articles: front matter, then a body whose top-level blocks enter
// the same pipeline as a `.txt` file's lines. Each block keeps its rendered,
// sanitized HTML beside its plain text; dedupe, tags and quotations work on
// the plain text.
import { Marked, type Tokens } from 'marked';
import type { Block } from './04-blocks.ts';
import { htmlText, sanitizeBlock } from './sanitize.ts';
import { collapseSpaces, isEmptyBlock } from './text.ts';

export interface MarkdownBlock extends Block {
  html: string;
  /** A level-1 heading: the title when the front matter has none. */
  isHeadline: boolean;
  /** Nothing a reader would see: raw HTML that sanitizing removes, a rule. */
  isEmpty: boolean;
  /** Images the block referred to, which a page does not show (see `sanitize.ts`). */
  images: string[];
}

/** Front matter: a YAML block between `---` lines at the very top. */
const FRONT_MATTER = /^---[ \t]*\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n|$)/;
const OPENS_FRONT_MATTER = /^---[ \t]*\n/;

type FrontMatter =
  | { ok: true; value: { yaml: string | null; body: string; bodyLine: number } }
  | { ok: false; problem: { message: string; hint: string } };

export function splitFrontMatter(text: string): FrontMatter {
  const match = FRONT_MATTER.exec(text);
  if (match === null) {
    // An opening `---` with no closing one: the metadata would be read as the article's first paragraph.
    if (OPENS_FRONT_MATTER.test(text)) {
      return {
        ok: false,
        problem: { message: 'the front matter opened here is never closed', hint: 'Add a line `---` after the last metadata field' },
      };
    }
    return { ok: true, value: { yaml: null, body: text, bodyLine: 1 } };
  }
  const yaml = match[1] ?? '';
  return { ok: true, value: { yaml, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length } };
}

/** One level of block nesting at the start of a line: a quote marker or a list marker. */
const NESTING_MARKER = /^[ \t]{0,3}(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?/;

/**
 * The first line nested deeper than `limit` block quotes and lists, with its
 * depth, or null. Indentation counts too (two spaces nest a list item), so
 * this errs towards deeper than the parser would see.
 */
export function overNestedLine(body: string, limit: number): { line: number; depth: number } | null {
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    let rest = lines[i] ?? '';
    let depth = 0;
    for (let marker = NESTING_MARKER.exec(rest); marker !== null && depth <= limit; marker = NESTING_MARKER.exec(rest)) {
      depth += 1;
      rest = rest.slice(marker[0].length);
    }
    const indent = /^[ \t]*/.exec(lines[i] ?? '')?.[0].length ?? 0;
    depth += Math.floor(indent / 2);
    if (depth > limit) return { line: i + 1, depth };
  }
  return null;
}

const marked = new Marked({ gfm: true, async: false });

export function markdownBlocks(body: string, firstLine: number): MarkdownBlock[] {
  const tokens = marked.lexer(body);
  const blocks: MarkdownBlock[] = [];
  let line = firstLine;
  for (const token of tokens) {
    const startLine = line + leadingNewlines(token.raw);
    line += (token.raw.match(/\n/g) ?? []).length;
    if (token.type === 'space' || token.type === 'def') continue;
    const single = Object.assign([token], { links: tokens.links });
    const sanitized = sanitizeBlock(marked.parser(single) as string);
    // The words a reader sees are those of the sanitized HTML: raw HTML blocks keep their text, entities read as characters.
    const text = collapseSpaces(htmlText(sanitized.html).replace(/\s+/g, ' '));
    blocks.push({
      // A block with no visible words (raw HTML, a rule) is reported by its source, so an editor sees what went.
      text: text === '' ? collapseSpaces(token.raw.replace(/\s+/g, ' ')) : text,
      // Raw HTML whose block elements were not kept (`<div>`, `<details>`) still reads as a paragraph.
      html: token.type === 'html' && text !== '' && !STARTS_WITH_BLOCK.test(sanitized.html) ? `<p>${sanitized.html}</p>` : sanitized.html,
      line: startLine,
      isHeadline: token.type === 'heading' && (token as Tokens.Heading).depth === 1,
      isEmpty: text === '' || isEmptyBlock(text),
      images: sanitized.images,
    });
  }
  return blocks;
}

const STARTS_WITH_BLOCK = /^<(?:p|h[2-6]|blockquote|ul|ol|pre|table|figure|details|hr)[\s>]/;

function leadingNewlines(raw: string): number {
  return raw.length - raw.replace(/^\n+/, '').length;
}
