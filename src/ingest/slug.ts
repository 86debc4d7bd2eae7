// Stable URL slugs: lowercase ASCII letters, digits and single hyphens.
// Text with no Latin letters at all (a tag in Cyrillic or Chinese, say)
// gets a short hash of its text, so that it still has a stable, unique URL.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** Letters that do not decompose into ASCII under NFKD. */
const LATIN_EXTRAS: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ħ: 'h',
};

export function slugify(text: string): string {
  const ascii = text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/[ßæœøđðþłıħ]/g, (c) => LATIN_EXTRAS[c] ?? c)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ascii === '' ? `x-${shortHash(text)}` : ascii;
}

/** FNV-1a, 32 bits, as 7 base-36 digits: enough to tell tags apart, stable across runs. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}
