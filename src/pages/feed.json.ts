// The site's JSON Feed 1.1: the same articles as the RSS feed.
import type { APIRoute } from 'astro';
import { allArticles } from '../lib/articles.ts';
import { jsonFeed, SITE_CHANNEL } from '../lib/feeds.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(jsonFeed(SITE_CHANNEL.json, await allArticles()), null, 1), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
