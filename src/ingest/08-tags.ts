// Stage 8: tags. The hashtags of the article's tag line (set aside as
// furniture in stage 5) in order, then the metadata's `tags:`. Hashtags
// inside a sentence are ordinary text: they stay in the paragraph.
import type { Removal } from './04-blocks.ts';
import type { Tag } from './schema.ts';
import { slugify } from './slug.ts';

export function articleTags(removed: readonly Removal[], metadataTags: readonly string[] = []): Tag[] {
  const hashtags = removed.filter((block) => block.reason === 'hashtag-line').flatMap((block) => hashtagsOf(block.text));
  return collectTags([...hashtags, ...metadataTags]);
}

function hashtagsOf(line: string): string[] {
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
