// Mojibake: UTF-8 once read as Windows-1252, so "é" shows as "Ã©" and "’" as
// "â€™". The same characters are ordinary text too ("PELÉ’S", "“OLÉ”",
// "«IRMÃ»"), so, as in ftfy, a repair needs overwhelming evidence: sequences
// real text never contains are repaired wherever they stand; the rest only as
// part of a whole line that decodes cleanly, never one pair on its own. Some
// mojibake that looks like real text is therefore left as it is.
import * as windows1252 from 'windows-1252';
import { MAX_MOJIBAKE_PASSES, MIN_CLEAR_MOJIBAKE_IN_TEXT } from './limits.ts';

/**
 * What a UTF-8 continuation byte (0x80–0xBF) becomes when read as
 * Windows-1252: its punctuation and letters at 0x80–0x9F, the C1 controls
 * that sloppy decoders (the `windows-1252` package among them) leave for its
 * five undefined bytes, and U+00A0–U+00BF.
 */
const CONTINUATION = '[€\\u0081‚ƒ„…†‡ˆ‰Š‹Œ\\u008dŽ\\u008f\\u0090‘’“”•–—˜™š›œ\\u009džŸ\\u00a0-\\u00bf]';

/**
 * A UTF-8 lead byte read as Windows-1252 (Â–ß: two bytes, à–ï: three, ð–ô:
 * four) and as many continuation characters as it needs; or "â€" alone, what
 * is left of "”" (E2 80 9D) when a decoder drops the undefined byte 0x9D.
 * Each alternative is a fixed number of characters: no backtracking.
 */
const MISREAD_SEQUENCE = new RegExp(
  `[\\u00c2-\\u00df]${CONTINUATION}|[\\u00e0-\\u00ef]${CONTINUATION}{2}|[\\u00f0-\\u00f4]${CONTINUATION}{3}|\\u00e2\\u20ac`,
  'g',
);
const ORPHAN_RIGHT_QUOTE = '\u00e2\u20ac';
const BYTE_ORDER_MARK = '\u00ef\u00bb\u00bf';

/**
 * Marks that real text puts straight after a letter: closing quotes and
 * guillemets, dashes, an ellipsis, a bullet, "™", footnote digits, an acute
 * accent typed as an apostrophe, a no-break space or soft hyphen. A sequence
 * whose first continuation is one of them ("É’", "Ã»", "Ä…") proves nothing.
 */
const ORDINARY_AFTER_LETTER = new Set('…‹‘’“”•–—™›\u00a0«\u00ad²³´¹»');

/**
 * What real text never puts straight after a letter: a C1 control, "ƒ", "ˆ"
 * and most of U+00A1–U+00BF. "Ã©", "Å¡", "Â£" and "Ã¼" are mojibake wherever
 * they stand. The marks in neither set (€ ‚ „ † ‡ ‰ Š Œ Ž ˜ š œ ž Ÿ) are
 * unlikely after a letter, but a capital before one in a headline is no proof.
 */
const NEVER_AFTER_LETTER = new Set('\u0081\u008d\u008f\u0090\u009dƒˆ¡¢£¤¥¦§¨©ª¬®¯°±µ¶·¸º¼½¾¿');
const C1_CONTROL = /[\u0080-\u009f]/;

/**
 * What a misread sequence may decode to: the letters and symbols of scripts
 * whose text is commonly misread so. Anything else — IPA from "É’" or "É”",
 * Latin Extended-B from "É…", combining marks from "Ì…", NKo from "ß“" —
 * means the characters were written as they are.
 */
const PLAUSIBLE_DECODINGS: ReadonlyArray<readonly [number, number]> = [
  // Windows-1252 characters outside the ranges below, which one misreading leaves for the next to undo
  [0x0081, 0x0081], [0x008d, 0x008d], [0x008f, 0x0090], [0x009d, 0x009d], [0x0192, 0x0192], [0x02c6, 0x02c6], [0x02dc, 0x02dc],
  [0x00a0, 0x017f], // Latin-1 and Latin Extended-A: Western and Central European letters, symbols
  [0x01a0, 0x01a1], // Vietnamese ơ
  [0x01af, 0x01b0], // Vietnamese ư
  [0x0218, 0x021b], // Romanian ș ț
  [0x0386, 0x03ce], // Greek
  [0x0400, 0x04ff], // Cyrillic
  [0x05d0, 0x05ea], // Hebrew letters
  [0x0621, 0x064a], // Arabic letters
  [0x1d00, 0x1dbf], // phonetic extensions: the superscript letters of ordinals ("2ᵉ")
  [0x1e00, 0x1eff], // Latin Extended Additional: Vietnamese
  [0x2000, 0x2bff], // punctuation, currency, letterlike symbols, arrows, maths, shapes, dingbats
  [0x2e80, 0xd7a3], // CJK, kana, Hangul
  [0xf900, 0xfffd], // CJK compatibility, variation selectors, BOM, full-width forms
  [0x1f000, 0x1faff], // emoji
  [0x20000, 0x3ffff], // CJK extensions
];

/** Alphabets that never change mid-word: a decoded letter beside a letter of another is a misreading of real text. */
const ALPHABETS = [/\p{Script=Latin}/u, /\p{Script=Greek}/u, /\p{Script=Cyrillic}/u];
const LETTER = /\p{L}/u;
const UPPERCASE = /\p{Lu}/u;
const LOWERCASE = /\p{Ll}/u;
const LOWERCASE_OR_DIGIT = /[\p{Ll}\p{Nd}]/u;

/**
 * How much a sequence says about the text around it:
 * - clear: real text never contains it ("â€™", "Ã©", "ðŸ™‚"); repaired wherever it is;
 * - unlikely: rare in real text ("Ã‰"); repaired only with its whole line;
 * - ordinary: reads as real text too ("É’" in "PELÉ’S", "Ã»" in "«IRMÃ»");
 *   repaired only with its whole line;
 * - foreign: decodes to something real text hardly contains, so the line
 *   was written as it is and is not re-decoded.
 */
type Evidence = 'clear' | 'unlikely' | 'ordinary' | 'foreign';

interface MisreadSequence {
  start: number;
  end: number;
  decoded: string;
  evidence: Evidence;
}

// The byte-order mark is kept: `normalizeText` drops it with the other invisibles.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Reverses UTF-8 → Windows-1252 → UTF-8 double encoding, one line at a time,
 * as ftfy does. Clear sequences are repaired wherever they are, so a correct
 * text with a scraper's stray "donâ€™t" gets its apostrophe back. A line is
 * re-decoded whole only when
 * - it shows mojibake (its badness): a clear sequence, or unlikely ones in a
 *   text with at least MIN_CLEAR_MOJIBAKE_IN_TEXT clear ones;
 * - it round-trips: every non-ASCII character belongs to a sequence, so the
 *   line encodes as Windows-1252 and decodes as UTF-8;
 * - what it decodes to reads as real text: nothing foreign, no misfit.
 * So a capital before a closing mark ("PELÉ’S", "RÉSUMÉ…") is never changed
 * on its own, nor in a line with any other sign of being written as it is.
 * Mojibake of mojibake takes a pass per layer.
 */
export function repairMojibake(text: string): string {
  let repaired = text;
  for (let pass = 0; pass < MAX_MOJIBAKE_PASSES; pass += 1) {
    const next = repairPass(repaired);
    if (next === repaired) break;
    repaired = next;
  }
  return repaired;
}

function repairPass(text: string): string {
  if (!/[\u00c2-\u00f4]/.test(text)) return text;
  const sequences = misreadSequences(text);
  const clear = sequences.filter((sequence) => sequence.evidence === 'clear').length;
  if (clear === 0) return text;
  const trustUnlikely = clear >= MIN_CLEAR_MOJIBAKE_IN_TEXT;

  let out = '';
  let copied = 0;
  let next = 0;
  for (let lineStart = 0; lineStart <= text.length; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const first = next;
    while (next < sequences.length && (sequences[next]?.start ?? Infinity) < lineEnd) next += 1;
    const line = repairLine({ text, start: lineStart, end: lineEnd }, sequences.slice(first, next), trustUnlikely);
    if (line !== null) {
      out += text.slice(copied, lineStart) + line;
      copied = lineEnd;
    }
    lineStart = lineEnd + 1;
  }
  return out + text.slice(copied);
}

function misreadSequences(text: string): MisreadSequence[] {
  const sequences: MisreadSequence[] = [];
  // A misread text repeats a few dozen sequences thousands of times.
  const decodings = new Map<string, string | null>();
  for (const match of text.matchAll(MISREAD_SEQUENCE)) {
    const characters = match[0];
    let decoded = decodings.get(characters);
    if (decoded === undefined) {
      decoded = characters === ORPHAN_RIGHT_QUOTE ? '\u201d' : decodeMisread(characters);
      decodings.set(characters, decoded);
    }
    if (decoded === null) continue;
    const start = match.index;
    sequences.push({ start, end: start + characters.length, decoded, evidence: evidenceOf(characters, decoded, text[start - 1] ?? '') });
  }
  return sequences;
}

/** The UTF-8 that `characters`, read back as Windows-1252 bytes, spell; null when they spell none. */
function decodeMisread(characters: string): string | null {
  try {
    return utf8.decode(Uint8Array.from(windows1252.encode(characters, { mode: 'fatal' })));
  } catch {
    return null;
  }
}

function evidenceOf(characters: string, decoded: string, before: string): Evidence {
  const codePoint = decoded.codePointAt(0) ?? 0;
  if (!PLAUSIBLE_DECODINGS.some(([low, high]) => codePoint >= low && codePoint <= high)) return 'foreign';
  if (characters === ORPHAN_RIGHT_QUOTE || characters === BYTE_ORDER_MARK || C1_CONTROL.test(characters)) return 'clear';
  const [lead = '', first = ''] = characters;
  if (characters.length === 2) {
    // Leads Â–Ñ decode to Latin, Greek and Cyrillic. One straight after a
    // lower-case letter or a digit ("cafÃ©", "10Â km") is no capital at all.
    if (lead <= '\u00d1' && (NEVER_AFTER_LETTER.has(first) || LOWERCASE_OR_DIGIT.test(before))) return 'clear';
  } else if (
    // "â" + two marks is General Punctuation and symbols ("â€™", "â„¢", "âœ…");
    // no word ends in "â" before two marks.
    lead === '\u00e2' ||
    // A lower-case accented letter before "€", "¤", "š"…: never text.
    (characters.length === 3 && !ORDINARY_AFTER_LETTER.has(first)) ||
    // "ðŸ" starts every emoji.
    (lead === '\u00f0' && first === 'Ÿ')
  ) {
    return 'clear';
  }
  return ORDINARY_AFTER_LETTER.has(first) ? 'ordinary' : 'unlikely';
}

interface Line {
  text: string;
  start: number;
  end: number;
}

/** The line with its mojibake repaired, or null when it is to stay as it is. */
function repairLine(line: Line, sequences: readonly MisreadSequence[], trustUnlikely: boolean): string | null {
  if (sequences.length === 0) return null;
  const showsMojibake = sequences.some(({ evidence }) => evidence === 'clear' || (trustUnlikely && evidence === 'unlikely'));
  if (showsMojibake && roundTrips(line, sequences) && sequences.every(({ evidence }) => evidence !== 'foreign')) {
    const whole = withRepairs(line, sequences);
    const misfits = sequences.flatMap((sequence, i) => {
      const at = whole.at[i] ?? 0;
      return sequence.evidence === 'clear' || fitsIn(whole.text, at, sequence.decoded) ? [] : [at];
    });
    if (allInMojibake(whole.text, misfits)) return whole.text;
  }
  const clear = sequences.filter(({ evidence }) => evidence === 'clear');
  return clear.length === 0 ? null : withRepairs(line, clear).text;
}

/** Every non-ASCII character of the line belongs to a sequence: the line is UTF-8 read as Windows-1252 throughout. */
function roundTrips({ text, start, end }: Line, sequences: readonly MisreadSequence[]): boolean {
  let nonAscii = 0;
  for (let i = start; i < end; i += 1) if (text.charCodeAt(i) > 0x7f) nonAscii += 1;
  return nonAscii === sequences.reduce((sum, sequence) => sum + sequence.end - sequence.start, 0);
}

/** The line with `repairs` decoded, and where each decoded text starts in it. */
function withRepairs({ text, start, end }: Line, repairs: readonly MisreadSequence[]): { text: string; at: number[] } {
  let repaired = '';
  let copied = start;
  const at: number[] = [];
  for (const repair of repairs) {
    repaired += text.slice(copied, repair.start);
    at.push(repaired.length);
    repaired += repair.decoded;
    copied = repair.end;
  }
  return { text: repaired + text.slice(copied, end), at };
}

/**
 * Whether a sequence that is not clear mojibake reads as real text once
 * decoded where it stands: no letter beside a letter of another alphabet
 * ("GUÐ”" → "GUД"), no lower-case letter after two capitals ("IRMÃ»" → "IRMû").
 */
function fitsIn(line: string, at: number, decoded: string): boolean {
  const alphabet = alphabetOf(decoded);
  if (alphabet === -1) return true;
  const before = line[at - 1] ?? '';
  const after = line[at + decoded.length] ?? '';
  const otherAlphabet = [before, after].some((neighbour) => {
    const other = alphabetOf(neighbour);
    return other !== -1 && other !== alphabet;
  });
  // "ß" has no capital in most writing, so "STRAßE" is a word in capitals.
  const endsCapitals = decoded !== 'ß' && LOWERCASE.test(decoded) && UPPERCASE.test(before) && UPPERCASE.test(line[at - 2] ?? '');
  return !otherAlphabet && !endsCapitals;
}

/**
 * Whether every one of `positions` (ascending) falls in a misread sequence
 * of `text`: text misread twice decodes to mojibake first, and that layer
 * is judged on the next pass.
 */
function allInMojibake(text: string, positions: readonly number[]): boolean {
  let i = 0;
  for (const match of text.matchAll(MISREAD_SEQUENCE)) {
    if (i === positions.length) return true;
    const end = match.index + match[0].length;
    for (; i < positions.length && (positions[i] ?? 0) < end; i += 1) {
      if ((positions[i] ?? 0) < match.index || decodeMisread(match[0]) === null) return false;
    }
  }
  return i === positions.length;
}

function alphabetOf(character: string): number {
  if (!LETTER.test(character)) return -1;
  return ALPHABETS.findIndex((alphabet) => alphabet.test(character));
}
