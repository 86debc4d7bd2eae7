// Stage 3: text → normalised text. Unifies line endings and odd spaces,
// repairs mojibake where the evidence is overwhelming (`mojibake.ts`), marks
// noncharacters and closes each line's bidi controls, but never rewrites what
// the author wrote: quotes stay straight or curly as given, markup-like
// characters stay as they are.
import { repairMojibake } from './mojibake.ts';
import { balanceBidi, replaceNoncharacters } from './text.ts';

/** Spaces that render like a space but defeat comparison: NBSP, the U+2000 block, narrow NBSP, ideographic space. */
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v\f]/g;
/** Invisible characters scrapers leave behind. ZWJ/ZWNJ are kept: some scripts and emoji need them. */
const INVISIBLES = /[\u200b\u2060\ufeff]/g;
/** C0/C1 controls other than line breaks: HTML cannot carry them, so they become spaces. */
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

export function normalizeText(text: string): string {
  const normalized = replaceNoncharacters(repairMojibake(text))
    .replace(/\r\n?|\u2028|\u2029|\u0085/g, '\n')
    .replace(INVISIBLES, '')
    .replace(ODD_SPACES, ' ')
    .replace(CONTROLS, ' ');
  // An override left open would run on into whatever a page sets after the text (a title's "— Broadsheet").
  return /[\u202a-\u202e\u2066-\u2069]/.test(normalized) ? normalized.split('\n').map(balanceBidi).join('\n') : normalized;
}
