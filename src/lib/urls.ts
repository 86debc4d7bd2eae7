// The one place internal links are made: every route has a path helper (a
// site path, as feeds, breadcrumbs and absoluteUrl() take) and a URL helper
// (an href under the base path), so the site works under any base path
// (GitHub Pages' /<repo>/, say) and no page spells a route out by hand.
// Paginated lists take their page links from Astro's paginate() (page.url).

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** An internal URL for a site path such as `articles/x/` or `/tags/`. */
export function url(path = ''): string {
  return BASE + path.replace(/^\/+/, '');
}

/** The canonical absolute URL of a site path: SITE_URL's origin, then the base path. */
export function absoluteUrl(path = ''): string {
  return new URL(url(path), import.meta.env.SITE).href;
}

// Pages.
export const homePath = () => '';
export const tagsIndexPath = () => 'tags/';
export const peopleIndexPath = () => 'people/';
export const searchPath = () => 'search/';
export const articlePath = (slug: string) => `articles/${slug}/`;
export const tagPath = (slug: string) => `tags/${slug}/`;
export const personPath = (slug: string) => `people/${slug}/`;

export const homeUrl = () => url(homePath());
export const tagsIndexUrl = () => url(tagsIndexPath());
export const peopleIndexUrl = () => url(peopleIndexPath());
export const searchUrl = () => url(searchPath());
export const articleUrl = (slug: string) => url(articlePath(slug));
export const tagUrl = (slug: string) => url(tagPath(slug));
export const personUrl = (slug: string) => url(personPath(slug));

/** A link to a paragraph of an article, by its anchor (`Article.paragraphIds`). */
export const paragraphUrl = (slug: string, id: string) => `${articleUrl(slug)}#${id}`;

// Feeds, cards and other files.
export const rssFeedPath = () => 'rss.xml';
export const jsonFeedPath = () => 'feed.json';
export const tagFeedPath = (slug: string) => `${tagPath(slug)}rss.xml`;
export const cardPath = (slug: string) => `${articlePath(slug)}card.png`;
/** public/favicon.svg: the site's icon, and its logo in JSON-LD and feeds. */
export const faviconPath = () => 'favicon.svg';
/** Written by @astrojs/sitemap (added by src/integrations/finishPages.ts). */
export const sitemapIndexPath = () => 'sitemap-index.xml';

export const rssFeedUrl = () => url(rssFeedPath());
export const jsonFeedUrl = () => url(jsonFeedPath());
export const faviconUrl = () => url(faviconPath());
