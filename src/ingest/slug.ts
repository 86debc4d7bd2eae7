// Stable URL slugs: lowercase ASCII letters, digits and single hyphens; text
// with no Latin letters gets a short hash, so it still has a stable, unique
// URL. Also the rule that no two articles share a slug.
import type { IngestProblem } from './problems.ts';

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

/** The slug of a person's page: one definition, so that the page and every link to it agree. */
export function personSlug(name: string): string {
  return slugify(name);
}

/** FNV-1a, 32 bits, as 7 base-36 digits: enough to tell tags apart, stable across runs. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
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
