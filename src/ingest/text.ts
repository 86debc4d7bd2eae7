// Small text helpers shared by the stages: spacing, comparison, emptiness.
// Each works on one string and knows nothing of articles or blocks.

/** Runs of spaces become one, ends are trimmed (line breaks are the caller's business). */
export function collapseSpaces(text: string): string {
  return text.replace(/ {2,}/g, ' ').trim();
}

/** Any run of whitespace, line breaks included, becomes one space; ends are trimmed: text from markup, on one line. */
export function oneLine(text: string): string {
  return collapseSpaces(text.replace(/\s+/g, ' '));
}

/**
 * Text as compared for "the same words": case and spacing ignored, so a
 * headline repeated in capitals, or with doubled spaces, is still a repeat.
 * `fold` removes what else should not count, after case folding and before
 * spaces are collapsed, so that whatever it leaves is tidied too.
 */
export function comparable(text: string, fold: (lowered: string) => string = (lowered) => lowered): string {
  return fold(text.toLowerCase()).replace(/\s+/g, ' ').trim();
}

/** A block with no letter, digit or symbol: rules, bullets and stray punctuation. */
export function isEmptyBlock(text: string): boolean {
  return !/[\p{L}\p{N}\p{S}]/u.test(text);
}

/** Bidi embeddings and overrides (LRE RLE LRO RLO, closed by PDF) and isolates (LRI RLI FSI, closed by PDI). */
const EMBEDDING_OPENERS = new Set(['\u202a', '\u202b', '\u202d', '\u202e']);
const ISOLATE_OPENERS = new Set(['\u2066', '\u2067', '\u2068']);
const PDF = '\u202c';
const PDI = '\u2069';

/**
 * One line with its bidi controls balanced: every embedding, override and
 * isolate it opens is closed at its end, and closers with nothing to close
 * (which bidi ignores) are dropped. What the author wrote shows as before,
 * but an unclosed right-to-left override can no longer reverse what a page
 * puts after it, such as "— Broadsheet" in a tab title.
 */
export function balanceBidi(line: string): string {
  if (!/[\u202a-\u202e\u2066-\u2069]/.test(line)) return line;
  const open: string[] = [];
  let out = '';
  for (const char of line) {
    if (EMBEDDING_OPENERS.has(char) || ISOLATE_OPENERS.has(char)) {
      open.push(char);
      out += char;
    } else if (char === PDF) {
      if (open.length > 0 && EMBEDDING_OPENERS.has(open.at(-1) ?? '')) {
        open.pop();
        out += char;
      }
    } else if (char === PDI) {
      const isolate = open.findLastIndex((opener) => ISOLATE_OPENERS.has(opener));
      if (isolate !== -1) out += closers(open.splice(isolate));
    } else {
      out += char;
    }
  }
  return out + closers(open);
}

function closers(opened: readonly string[]): string {
  return [...opened].reverse().map((opener) => (ISOLATE_OPENERS.has(opener) ? PDI : PDF)).join('');
}

/** Unicode noncharacters (U+FDD0–U+FDEF, U+xFFFE, U+xFFFF) are not text; XML feeds may not carry them. */
const NONCHARACTERS = /[\ufdd0-\ufdef\ufffe\uffff]|[\ud83f\ud87f\ud8bf\ud8ff\ud93f\ud97f\ud9bf\ud9ff\uda3f\uda7f\udabf\udaff\udb3f\udb7f\udbbf\udbff][\udffe\udfff]/g;

/** Each noncharacter becomes U+FFFD, the replacement character, so a reader can see where one was. */
export function replaceNoncharacters(text: string): string {
  return text.replace(NONCHARACTERS, '\ufffd');
}

/** C0/C1 controls other than line breaks: HTML and XML cannot carry them, so they become spaces. */
export const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * A string as it may reach a page, a feed or JSON-LD: no noncharacters, no
 * control characters, bidi controls closed. Text is cleaned this way before
 * it is parsed too, but Markdown and HTML character references (`&#x202E;`)
 * and the cutting of a dek or a quotation out of a line can bring them back,
 * so the Article's strings get it last of all.
 */
export function readableText(text: string): string {
  return balanceBidi(replaceNoncharacters(text).replace(CONTROLS, ' '));
}
