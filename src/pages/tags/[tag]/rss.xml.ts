// One RSS feed per tag: the newest articles with that tag.
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { allTags, type TagSummary } from '../../../lib/articles.ts';
import { pageCacheKey } from '../../../lib/cacheKeys.ts';
import { rssOptions, tagChannel } from '../../../lib/feeds.ts';

export const getStaticPaths = (async () =>
  (await allTags()).map((summary) => ({
    params: { tag: summary.tag.slug },
    props: { ...summary },
    cacheKey: pageCacheKey(summary.articles, summary.tag.name),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<TagSummary> = ({ props: { tag, articles } }) =>
  rss(rssOptions(tagChannel(tag), articles));
