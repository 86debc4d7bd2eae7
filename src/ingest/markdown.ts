// Markdown articles: front matter, then a body whose top-level blocks enter
// the same pipeline as a `.txt` file's lines. Each block keeps its rendered,
// sanitized HTML beside its plain text; dedupe, tags and quotations work on
// the plain text.
import { Marked, type Token, type Tokens } from 'marked';
import type { Block } from './04-blocks.ts';
import { sanitizeFragment } from './sanitize.ts';
import { collapseSpaces, isEmptyBlock } from './text.ts';

export interface MarkdownBlock extends Block {
  html: string;
  /** A level-1 heading: the title when the front matter has none. */
  isHeadline: boolean;
  /** Nothing a reader would see: raw HTML that sanitizing removes, a rule. */
  isEmpty: boolean;
}

/** Front matter: a YAML block between `---` lines at the very top. */
const FRONT_MATTER = /^---\n([\s\S]*?)\n---(?:\n|$)/;

export function splitFrontMatter(text: string): { yaml: string | null; body: string; bodyLine: number } {
  const match = FRONT_MATTER.exec(text);
  if (match === null) return { yaml: null, body: text, bodyLine: 1 };
  const yaml = match[1] ?? '';
  return { yaml, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
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
    const text = collapseSpaces(plainText(token).replace(/\s+/g, ' '));
    blocks.push({
      // A block with no visible words (raw HTML, a rule) is reported by its source, so an editor sees what went.
      text: text === '' ? collapseSpaces(token.raw.replace(/\s+/g, ' ')) : text,
      html: sanitizeFragment(marked.parser(single) as string),
      line: startLine,
      isHeadline: token.type === 'heading' && (token as Tokens.Heading).depth === 1,
      isEmpty: text === '' || isEmptyBlock(text),
    });
  }
  return blocks;
}

function leadingNewlines(raw: string): number {
  return raw.length - raw.replace(/^\n+/, '').length;
}

/** The words a reader sees in a token, without markup. Raw HTML contributes nothing. */
function plainText(token: Token): string {
  switch (token.type) {
    case 'html':
    case 'space':
    case 'hr':
      return '';
    case 'br':
      return ' ';
    case 'list':
      return (token as Tokens.List).items.map(plainText).join(' ');
    case 'table': {
      const table = token as Tokens.Table;
      const cells = [...table.header, ...table.rows.flat()];
      return cells.map((cell) => cell.tokens.map(plainText).join('')).join(' ');
    }
    default: {
      const children = 'tokens' in token ? (token.tokens as Token[] | undefined) : undefined;
      if (children !== undefined && children.length > 0) {
        return children.map(plainText).join(token.type === 'blockquote' ? ' ' : '');
      }
      return 'text' in token && typeof token.text === 'string' ? token.text : '';
    }
  }
}
