// Markdown articles: front matter, then a body whose top-level blocks enter
// the same pipeline as a `.txt` file's lines. Each block keeps its rendered,
// sanitized HTML beside its plain text; dedupe, tags and quotations work on
// the plain text.
import { Marked, type Tokens } from 'marked';
import type { Block } from './04-blocks.ts';
import { htmlBlocks, sanitizedBlock } from './html.ts';

export interface MarkdownBlock extends Block {
  html: string;
  /** A level-1 heading: the title when the front matter has none. */
  isHeadline: boolean;
  /** Nothing a reader would see: raw HTML that sanitizing removes, a rule. */
  isEmpty: boolean;
  /** Images the block referred to, which a page does not show (see `sanitize.ts`). */
  images: string[];
}

/**
 * Front matter: a YAML block between `---` lines at the very top (YAML's
 * `...` may close it too). A `---` whose next line is not a `key:` is a
 * thematic break, not front matter.
 */
const OPENS_FRONT_MATTER = /^---[ \t]*\n(?=[ \t]*(?:[\p{L}_][\p{L}\p{N}_-]*[ \t]*:|---|\.\.\.))/u;
const FRONT_MATTER = /^---[ \t]*\n(?:([\s\S]*?)\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/;

type FrontMatter =
  | { ok: true; value: { yaml: string | null; body: string; bodyLine: number } }
  | { ok: false; problem: { message: string; hint: string } };

export function splitFrontMatter(text: string): FrontMatter {
  if (!OPENS_FRONT_MATTER.test(text)) return { ok: true, value: { yaml: null, body: text, bodyLine: 1 } };
  const match = FRONT_MATTER.exec(text);
  // An opening `---` with no closing one: the metadata would be read as the article's first paragraph.
  if (match === null) {
    return { ok: false, problem: { message: 'the front matter opened here is never closed', hint: 'Add a line `---` after the last metadata field' } };
  }
  const yaml = match[1] ?? '';
  return { ok: true, value: { yaml, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length } };
}

/** One level of block nesting at the start of a line: a quote marker or a list marker. */
const NESTING_MARKER = /^[ \t]{0,3}(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?/;

const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;
const THEMATIC_BREAK = /^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/**
 * The first line nested deeper than `limit` block quotes and lists, with its
 * depth, or null. A line's depth is its quote and list markers, plus its
 * indentation when a marker follows it (two spaces nest a list item), so
 * this errs towards deeper than the parser would see; code and rules are not
 * nesting.
 */
export function overNestedLine(body: string, limit: number): { line: number; depth: number } | null {
  const lines = body.split('\n');
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence !== null) {
      if (fenceMark !== undefined && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = null;
      continue;
    }
    if (fenceMark !== undefined) {
      fence = fenceMark;
      continue;
    }
    if (THEMATIC_BREAK.test(line)) continue;
    const indent = /^[ \t]*/.exec(line)?.[0].length ?? 0;
    let rest = line.slice(indent);
    let depth = 0;
    for (let marker = NESTING_MARKER.exec(rest); marker !== null && depth <= limit; marker = NESTING_MARKER.exec(rest)) {
      depth += 1;
      rest = rest.slice(marker[0].length);
    }
    if (depth > 0) depth += Math.floor(indent / 2);
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
    // A raw HTML block may hold several paragraphs (`<div>…</div><div>…</div>`): it is split as a saved page's content is.
    const fromHtml = token.type === 'html' ? htmlBlocks(token.raw, { savedPage: false }) : [];
    if (fromHtml.length > 0) {
      blocks.push(...fromHtml.map((block) => ({ ...block, line: startLine })));
      continue;
    }
    const single = Object.assign([token], { links: tokens.links });
    // The words a reader sees are those of the sanitized HTML: entities read as characters.
    blocks.push(
      sanitizedBlock(marked.parser(single) as string, {
        isHeadline: token.type === 'heading' && (token as Tokens.Heading).depth === 1,
        line: startLine,
        source: token.raw,
      }),
    );
  }
  return blocks;
}

function leadingNewlines(raw: string): number {
  return raw.length - raw.replace(/^\n+/, '').length;
}
