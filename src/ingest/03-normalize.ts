// Stage 3: text → normalised text. Unifies line endings and odd spaces,
// repairs mojibake where the evidence is overwhelming (`mojibake.ts`), marks
// noncharacters and closes each line's bidi controls, but never rewrites what
// the author wrote: quotes stay straight or curly as given, markup-like
// characters stay as they are, and code (in Markdown and saved pages) is not
// repaired at all: an article about mojibake quotes it there on purpose.
import { repairMojibake } from './mojibake.ts';
import type { Article } from './schema.ts';
import { balanceBidi, replaceNoncharacters } from './text.ts';

/** Spaces that render like a space but defeat comparison: NBSP, the U+2000 block, narrow NBSP, ideographic space. */
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v\f]/g;
/** Invisible characters scrapers leave behind. ZWJ/ZWNJ are kept: some scripts and emoji need them. */
const INVISIBLES = /[\u200b\u2060\ufeff]/g;
/** C0/C1 controls other than line breaks: HTML cannot carry them, so they become spaces. */
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/** Code in Markdown (fenced blocks, code spans) and in HTML (`<pre>`, `<code>`). */
const CODE: Partial<Record<Article['format'], RegExp>> = {
  md: /^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n[ \t]{0,3}\1[^\n]*(?=\n|$)|$)|(`+)[^`][\s\S]*?\2/gm,
  html: /<(pre|code)\b[\s\S]*?<\/\1\s*>/gi,
};

/** Mojibake repaired everywhere but in code. */
function repairOutsideCode(text: string, format: Article['format']): string {
  const code = CODE[format];
  if (code === undefined) return repairMojibake(text);
  let repaired = '';
  let last = 0;
  for (const match of text.matchAll(code)) {
    repaired += repairMojibake(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return repaired + repairMojibake(text.slice(last));
}

export function normalizeText(text: string, format: Article['format'] = 'txt'): string {
  const normalized = replaceNoncharacters(repairOutsideCode(text, format))
    .replace(/\r\n?|\u2028|\u2029|\u0085/g, '\n')
    .replace(INVISIBLES, '')
    .replace(ODD_SPACES, ' ')
    .replace(CONTROLS, ' ');
  // An override left open would run on into whatever a page sets after the text (a title's "— Broadsheet").
  return /[\u202a-\u202e\u2066-\u2069]/.test(normalized) ? normalized.split('\n').map(balanceBidi).join('\n') : normalized;
}
