// Social cards as pages see them: one 1200×630 PNG per article, referenced by
// og:image. SOCIAL_CARDS=off skips them (the pages then carry no og:image).
import type { Article } from '../ingest/schema.ts';
import { SITE } from './site.ts';
import { absoluteUrl, cardPath } from './urls.ts';

export { CARD_SIZE } from '../cards/size.ts';

export function cardsEnabled(): boolean {
  return process.env.SOCIAL_CARDS !== 'off';
}

/** An article's social card for link previews: its absolute URL and text alternative; none when cards are off. */
export function articleCardImage(article: Pick<Article, 'slug' | 'title'>): { url: string; alt: string } | undefined {
  return cardsEnabled() ? { url: absoluteUrl(cardPath(article.slug)), alt: `${SITE.name}: ${article.title}` } : undefined;
}
