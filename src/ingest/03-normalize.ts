// Stage 3: text → normalised text. Unifies line endings and odd spaces and
// repairs mojibake, but never rewrites what the author wrote: quotes stay
// straight or curly as given, markup-like characters stay as they are.
import * as windows1252 from 'windows-1252';

/** Spaces that render like a space but defeat comparison: NBSP, the U+2000 block, narrow NBSP, ideographic space. */
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v\f]/g;
/** Invisible characters scrapers leave behind. ZWJ/ZWNJ are kept: some scripts and emoji need them. */
const INVISIBLES = /[\u200b\u2060\ufeff]/g;
/** C0/C1 controls other than line breaks: HTML cannot carry them, so they become spaces. */
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/**
 * Characters that Windows-1252 puts at bytes 0x80–0x9F, plus the C1 controls
 * some decoders leave for its five undefined bytes, plus U+00A0–U+00BF.
 * A UTF-8 continuation byte misread as Windows-1252 becomes one of these.
 */
const CP1252_HIGH = '\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178\u0081\u008d\u008f\u0090\u009d';
const CONT = `[\\u00a0-\\u00bf${CP1252_HIGH}]`;
/**
 * A UTF-8 lead byte misread as Windows-1252 (Â–ß: two bytes, à–ï: three,
 * ð–ô: four), followed by exactly as many continuation characters as it needs.
 */
const MOJIBAKE_SEQUENCE = new RegExp(
  `[\\u00c2-\\u00df]${CONT}|[\\u00e0-\\u00ef]${CONT}{2}|[\\u00f0-\\u00f4]${CONT}{3}`,
  'g',
);

/** `”` is E2 80 9D and 0x9D is undefined in Windows-1252, so it often survives only as `â€`. */
const ORPHAN_RIGHT_QUOTE = /\u00e2\u20ac/g;

/** Shapes that real mojibake of Western text takes; `repaired` is what the bytes decode to. */
function looksLikeMojibake(sequence: string, repaired: string): boolean {
  const lead = sequence[0] ?? '';
  const rest = sequence.slice(1);
  switch (sequence.length) {
    case 2: {
      // Latin-1, Latin Extended, Greek and Cyrillic letters: "Ã©", "Å¡", "Ð¾". Not "Ö’", which would be Hebrew.
      const codePoint = repaired.codePointAt(0) ?? 0;
      return codePoint >= 0xa0 && codePoint <= 0x4ff;
    }
    case 3:
      return (lead === '\u00e2' && /^[\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021]/.test(rest)) || sequence === '\u00ef\u00bb\u00bf';
    default:
      return lead === '\u00f0' && rest.startsWith('\u0178');
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function normalizeText(text: string): string {
  return repairMojibake(text)
    .replace(/\r\n?|\u2028|\u2029|\u0085/g, '\n')
    .replace(INVISIBLES, '')
    .replace(ODD_SPACES, ' ')
    .replace(CONTROLS, ' ');
}

/**
 * Reverses UTF-8 → Windows-1252 → UTF-8 double encoding, sequence by
 * sequence. A sequence is repaired only when its bytes form valid UTF-8 and
 * it has the shape real mojibake has in Western text: two bytes that make a
 * Latin, Greek or Cyrillic letter ("Ã©", "Å¡"), "â" + "€"/"„" for
 * punctuation ("â€™", "â€”"), "ï»¿" for a BOM and "ðŸ" for emoji. Genuine
 * text such as "é ’" or "é»" is left alone; the cost is that mojibake of
 * CJK text is not repaired.
 */
export function repairMojibake(text: string): string {
  if (!/[\u00c2-\u00f4]/.test(text)) return text;
  const repaired = text.replace(MOJIBAKE_SEQUENCE, (sequence) => {
    let decoded: string;
    try {
      decoded = utf8.decode(Uint8Array.from(windows1252.encode(sequence, { mode: 'fatal' })));
    } catch {
      return sequence;
    }
    return looksLikeMojibake(sequence, decoded) ? decoded : sequence;
  });
  return repaired.replace(ORPHAN_RIGHT_QUOTE, '\u201d');
}
