// Stage 5: tags. A block made only of hashtags is the article's tag line;
// hashtags inside a sentence are ordinary text and stay in the paragraph.
import type { Tag } from './schema.ts';
import { slugify } from './slug.ts';

/** One hashtag: `#` then letters, digits, marks, `_` or inner `-`/`’`, with at least one letter. */
const HASHTAG = /^#(?=[\p{L}\p{M}\p{N}_'’-]*\p{L})[\p{L}\p{M}\p{N}_]+(?:['’-][\p{L}\p{M}\p{N}_]+)*$/u;

export function isHashtagLine(text: string): boolean {
  return text.startsWith('#') && text.split(' ').every((word) => HASHTAG.test(word));
}

export function hashtagsOf(line: string): string[] {
  return line.split(' ').map((word) => word.slice(1));
}

/** Tags deduplicated by slug (so `#NATO` and `#Nato` are one), first spelling wins, order kept. */
export function collectTags(names: readonly string[]): Tag[] {
  const bySlug = new Map<string, Tag>();
  for (const raw of names) {
    const name = raw.trim().replace(/^#/, '');
    if (name === '') continue;
    const slug = slugify(name);
    if (!bySlug.has(slug)) bySlug.set(slug, { name, slug });
  }
  return [...bySlug.values()];
}
