// Stage 3: text → normalised text. Unifies line endings and odd spaces and
// repairs mojibake where the evidence is overwhelming (`mojibake.ts`), but
// never rewrites what the author wrote: quotes stay straight or curly as
// given, markup-like characters stay as they are.
import { repairMojibake } from './mojibake.ts';

/** Spaces that render like a space but defeat comparison: NBSP, the U+2000 block, narrow NBSP, ideographic space. */
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v\f]/g;
/** Invisible characters scrapers leave behind. ZWJ/ZWNJ are kept: some scripts and emoji need them. */
const INVISIBLES = /[\u200b\u2060\ufeff]/g;
/** C0/C1 controls other than line breaks: HTML cannot carry them, so they become spaces. */
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

export function normalizeText(text: string): string {
  return repairMojibake(text)
    .replace(/\r\n?|\u2028|\u2029|\u0085/g, '\n')
    .replace(INVISIBLES, '')
    .replace(ODD_SPACES, ' ')
    .replace(CONTROLS, ' ');
}
