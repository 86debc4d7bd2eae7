// The one place internal links are made: every path goes through `url()`,
// so the site works under any base path (GitHub Pages' /<repo>/, say).

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** An internal URL for a site path such as `articles/x/` or `/tags/`. */
export function url(path = ''): string {
  return BASE + path.replace(/^\/+/, '');
}

export const articleUrl = (slug: string) => url(`articles/${slug}/`);
export const tagUrl = (slug: string) => url(`tags/${slug}/`);
export const paragraphId = (index: number) => `p${index + 1}`;
export const personUrl = (slug: string) => url(`people/${slug}/`);
