// The site's RSS 2.0 feed: the newest articles with their full text.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { allArticles } from '../lib/articles.ts';
import { rssOptions, SITE_CHANNEL } from '../lib/feeds.ts';

export const GET: APIRoute = async () => rss(rssOptions(SITE_CHANNEL.rss, await allArticles()));
