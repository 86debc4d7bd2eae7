// JSON-LD for search engines, typed against schema.org by schema-dts: a
// property or type that schema.org does not define fails `astro check`.
import type { BreadcrumbList, NewsArticle, Organization, WithContext } from 'schema-dts';
import type { Article } from '../ingest/schema.ts';
import { isoDateTime, lastModified, SITE } from './site.ts';
import { absoluteUrl, articlePath, faviconPath, homePath, tagPath } from './urls.ts';

function publisher(): Organization {
  return {
    '@type': 'Organization',
    name: SITE.name,
    url: absoluteUrl(homePath()),
    logo: { '@type': 'ImageObject', url: absoluteUrl(faviconPath()) },
  };
}

export function newsArticle(article: Article, image: string | null): WithContext<NewsArticle> {
  const pageUrl = absoluteUrl(articlePath(article.slug));
  const modified = lastModified(article);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.dek,
    url: pageUrl,
    mainEntityOfPage: { '@type': 'WebPage', '@id': pageUrl },
    inLanguage: SITE.lang,
    ...(article.date !== null && { datePublished: isoDateTime(article.date) }),
    ...(modified !== null && { dateModified: isoDateTime(modified) }),
    ...(article.author !== null && { author: { '@type': 'Person', name: article.author } }),
    ...(article.tags.length > 0 && { keywords: article.tags.map((tag) => tag.name).join(', ') }),
    ...(image !== null && { image: [image] }),
    ...(article.sourceUrl !== null && { isBasedOn: article.sourceUrl }),
    wordCount: article.wordCount,
    isAccessibleForFree: true,
    publisher: publisher(),
  };
}

export interface Crumb {
  name: string;
  /** Site path, e.g. `tags/` */
  path: string;
}

/** Where an article sits: the site, its first tag (if it has one), the article. */
export function articleBreadcrumbs(article: Pick<Article, 'slug' | 'title' | 'tags'>): Crumb[] {
  const firstTag = article.tags[0];
  return [
    { name: SITE.name, path: homePath() },
    ...(firstTag === undefined ? [] : [{ name: firstTag.name, path: tagPath(firstTag.slug) }]),
    { name: article.title, path: articlePath(article.slug) },
  ];
}

export function breadcrumbList(crumbs: readonly Crumb[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}

/**
 * JSON for a <script type="application/ld+json"> element. Article text may
 * hold "</script>" or "<!--": escaping <, > and & keeps the element closed
 * where it should be, and U+2028/2029 are escaped for old JSON readers.
 */
export function jsonLd(data: object): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
