// The social card of each article (og:image), unless SOCIAL_CARDS=off.
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardContent } from '../../../cards/content.ts';
import type { Article } from '../../../ingest/schema.ts';
import { allArticles } from '../../../lib/articles.ts';
import { pageCacheKey } from '../../../lib/cacheKeys.ts';
import { cardsEnabled } from '../../../lib/cards.ts';
import { SITE } from '../../../lib/site.ts';

export const getStaticPaths = (async () => {
  if (!cardsEnabled()) return [];
  // The card's own key covers what the article's digest does not: its layout and the stylesheet's colours.
  const { cardKey } = await import('../../../cards/render.ts');
  return (await allArticles()).map((article) => ({
    params: { slug: article.slug },
    props: { article },
    cacheKey: pageCacheKey([article], cardKey(cardContent(article, SITE.name))),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = async ({ props: { article } }) => {
  // Loaded on first use: satori, resvg and the fonts stay out of builds without cards.
  const { cachedCard } = await import('../../../cards/render.ts');
  const png = await cachedCard(cardContent(article, SITE.name));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
