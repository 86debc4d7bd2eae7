// RSS 2.0 and JSON Feed 1.1 for a list of articles, with every link absolute
// and under the base path. Feeds carry the newest FEED_SIZE articles with
// their full text: readers poll them, and the archive is the site itself.
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import type { Article, Tag } from '../ingest/schema.ts';
import { articleHtml, escapeHtml } from './articleHtml.ts';
import { articleCardImage } from './cards.ts';
import { articleDate, isoDateTime, SITE } from './site.ts';
import { absoluteUrl, articlePath, faviconPath, homePath, jsonFeedPath, rssFeedPath, tagFeedPath, tagPath } from './urls.ts';

export const FEED_SIZE = 50;

export interface FeedChannel {
  title: string;
  description: string;
  /** Site path of the page the feed follows, e.g. `tags/nato/`. */
  homePath: string;
  /** Site path of the feed itself, e.g. `tags/nato/rss.xml`. */
  feedPath: string;
}

/**
 * Characters XML 1.0 cannot hold at all (C0 controls other than tab and line
 * breaks, lone surrogates, U+FFFE/U+FFFF). Article text is shown as written,
 * but a feed that holds one of these is not XML and readers reject it whole.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(text: string): string {
  return text.replace(NOT_XML, '\uFFFD');
}

export function rssOptions(channel: FeedChannel, articles: readonly Article[]): RSSOptions {
  return {
    title: xmlText(channel.title),
    description: xmlText(channel.description),
    // The channel link resolves against nothing else: it carries the base path itself.
    site: absoluteUrl(channel.homePath),
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>${SITE.lang}</language><atom:link href="${escapeHtml(absoluteUrl(channel.feedPath))}" rel="self" type="application/rss+xml"/>`,
    items: articles.slice(0, FEED_SIZE).map(rssItem),
  };
}

function rssItem(article: Article): RSSFeedItem {
  return {
    title: xmlText(article.title),
    // Absolute, so @astrojs/rss keeps the base path instead of resolving against the origin.
    link: absoluteUrl(articlePath(article.slug)),
    description: xmlText(article.dek),
    content: xmlText(articleHtml(article)),
    categories: article.tags.map((tag) => xmlText(tag.name)),
    ...(article.date !== null && { pubDate: articleDate(article.date) }),
    ...(article.author !== null && { customData: `<dc:creator>${escapeHtml(xmlText(article.author))}</dc:creator>` }),
  };
}

/** A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/). */
export function jsonFeed(channel: FeedChannel, articles: readonly Article[]) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: absoluteUrl(channel.homePath),
    feed_url: absoluteUrl(channel.feedPath),
    description: channel.description,
    icon: absoluteUrl(faviconPath()),
    language: SITE.lang,
    items: articles.slice(0, FEED_SIZE).map((article) => ({
      id: absoluteUrl(articlePath(article.slug)),
      url: absoluteUrl(articlePath(article.slug)),
      title: article.title,
      content_html: articleHtml(article),
      summary: article.dek,
      // Absent when cards are off: JSON.stringify leaves out an undefined value.
      image: articleCardImage(article)?.url,
      ...(article.date !== null && { date_published: isoDateTime(article.date) }),
      ...(article.updated !== null && { date_modified: isoDateTime(article.updated) }),
      ...(article.author !== null && { authors: [{ name: article.author }] }),
      ...(article.sourceUrl !== null && { external_url: article.sourceUrl }),
      tags: article.tags.map((tag) => tag.name),
    })),
  };
}

/** The site-wide channels: every article, as RSS and as JSON Feed. */
export const SITE_CHANNEL = {
  rss: { title: SITE.name, description: SITE.description, homePath: homePath(), feedPath: rssFeedPath() },
  json: { title: SITE.name, description: SITE.description, homePath: homePath(), feedPath: jsonFeedPath() },
} satisfies Record<string, FeedChannel>;

/** A tag's channel: the articles with that tag. */
export function tagChannel(tag: Tag): FeedChannel {
  return {
    title: `#${tag.name} — ${SITE.name}`,
    description: `Articles tagged #${tag.name} on ${SITE.name}.`,
    homePath: tagPath(tag.slug),
    feedPath: tagFeedPath(tag.slug),
  };
}
