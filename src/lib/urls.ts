// The one place internal links are made: every path goes through `url()`,
// so the site works under any base path (GitHub Pages' /<repo>/, say).

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** An internal URL for a site path such as `articles/x/` or `/tags/`. */
export function url(path = ''): string {
  return BASE + path.replace(/^\/+/, '');
}

export const articlePath = (slug: string) => `articles/${slug}/`;
export const tagPath = (slug: string) => `tags/${slug}/`;
export const articleUrl = (slug: string) => url(articlePath(slug));
export const tagUrl = (slug: string) => url(tagPath(slug));
export const paragraphId = (index: number) => `p${index + 1}`;
export const personUrl = (slug: string) => url(`people/${slug}/`);

/** The canonical absolute URL of a site path: SITE_URL's origin, then the base path. */
export function absoluteUrl(path = ''): string {
  return new URL(url(path), import.meta.env.SITE).href;
}

export const tagFeedPath = (slug: string) => `tags/${slug}/rss.xml`;
export const cardPath = (slug: string) => `articles/${slug}/card.png`;
