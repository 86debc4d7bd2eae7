// Stable URL slugs: lowercase ASCII letters, digits and single hyphens. Case
// and accents fold away (`Café`, `CAFE` and `cafe` are one tag, in every
// script); letters with no ASCII form add a short hash of the folded text, so
// `Москва 2024` and `Київ 2024` stay apart. A slug never outgrows
// MAX_SLUG_BYTES. Also the rule that no two articles share a slug.
import { MAX_SLUG_BYTES } from './limits.ts';
import type { IngestProblem } from './problems.ts';
import { comparable } from './text.ts';

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const GREEK_ACCENTS = /(\p{Script=Greek})\p{M}+/gu;
/** Letters that do not decompose into ASCII under NFKD. */
const LATIN_EXTRAS: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ħ: 'h',
};

export function slugify(text: string): string {
  const folded = text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/[ßæœøđðþłıħ]/g, (c) => LATIN_EXTRAS[c] ?? c);
  const ascii = folded
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const unspelled = /[\p{L}\p{N}]/u.test(folded.replace(/[\x00-\x7f]/g, ''));
  if (ascii !== '' && !unspelled && ascii.length <= MAX_SLUG_BYTES) return ascii;
  // Case folds in every script, and Greek drops its accents (capitals are written without them);
  // other letters keep their identity (й is not и).
  const hash = shortHash(text.normalize('NFKD').replace(GREEK_ACCENTS, '$1').normalize('NFKC').toLowerCase());
  if (ascii === '') return `x-${hash}`;
  const room = MAX_SLUG_BYTES - hash.length - 1;
  return `${ascii.length <= room ? ascii : ascii.slice(0, room).replace(/-[^-]*$/, '') || ascii.slice(0, room)}-${hash}`;
}

/** Who a name is: the same letters in any Unicode composition (text pasted on a Mac comes decomposed). */
export function personKey(name: string): string {
  return name.normalize('NFC');
}

/**
 * The slug of each person's page, by `personKey`. Different names may fold
 * to one slug (José García the mayor, Jose Garcia a councillor): they are
 * different people, so all but the first in code-point order get the first
 * free number (`jose-garcia-2`), never another person's slug.
 */
export function personSlugs(names: Iterable<string>): Map<string, string> {
  const byBase = new Map<string, string[]>();
  for (const name of new Set([...names].map(personKey))) {
    const base = slugify(name);
    byBase.set(base, [...(byBase.get(base) ?? []), name]);
  }
  const taken = new Set(byBase.keys());
  const slugs = new Map<string, string>();
  for (const [base, group] of byBase) {
    group.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).forEach((name, i) => {
      if (i === 0) return slugs.set(name, base);
      let n = i + 1;
      while (taken.has(`${base}-${n}`)) n += 1;
      taken.add(`${base}-${n}`);
      return slugs.set(name, `${base}-${n}`);
    });
  }
  return slugs;
}

/** FNV-1a, 32 bits, as 7 base-36 digits: enough to tell tags apart, stable across runs and machines. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

/**
 * Each paragraph's anchor, from its own words: `p-` and a short hash of its
 * text with case and spacing folded, a suffix only when two paragraphs of
 * the article say the same. A link to a paragraph still lands on it after a
 * re-scrape adds or removes paragraphs above it.
 */
export function paragraphIds(paragraphs: readonly string[]): string[] {
  const used = new Set<string>();
  return paragraphs.map((text) => {
    const base = `p-${shortHash(comparable(text.normalize('NFC')))}`;
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}

/** The files that have claimed each article slug so far: two articles with one slug would share a URL. */
export class SlugRegistry {
  private readonly fileBySlug = new Map<string, string>();

  /** Gives `slug` to `file`, or returns the problem when an earlier file has it (which keeps it). */
  claim(slug: string, file: string): IngestProblem | null {
    const other = this.fileBySlug.get(slug);
    if (other === undefined) {
      this.fileBySlug.set(slug, file);
      return null;
    }
    return {
      file,
      field: 'slug',
      message: `slug "${slug}" is already used by ${other}`,
      hint: 'Rename one of the files, or give one a different `slug:` in its metadata',
    };
  }
}
