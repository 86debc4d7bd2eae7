// Where the site is deployed, from the environment: SITE_URL is the
// canonical address, BASE_PATH the folder the site is served from. Read by
// astro.config.mjs; a mistake stops the build with a sentence, not a stack.

export interface SiteAddress {
  /** The origin every absolute URL starts with, e.g. `https://news.example`. */
  site: string;
  /** The path every page is under: `/`, or e.g. `/broadsheet/`. */
  base: string;
}

export class SiteAddressError extends Error {}

const DEFAULT_SITE = 'https://broadsheet.example';

export function siteAddress(env: Readonly<Record<string, string | undefined>>): SiteAddress {
  const given = env['SITE_URL'] || (env['NETLIFY'] === 'true' ? env['URL'] : undefined) || DEFAULT_SITE;
  const site = URL.canParse(given) ? new URL(given) : null;
  if (site === null || !/^https?:$/.test(site.protocol) || site.search !== '' || site.hash !== '' || site.username !== '') {
    throw new SiteAddressError(`SITE_URL "${given}" is not a site's address: give an absolute http(s) URL such as https://news.example.org/`);
  }
  const sitePath = basePath(site.pathname, 'SITE_URL');
  const base = env['BASE_PATH'] ? basePath(env['BASE_PATH'], 'BASE_PATH') : sitePath;
  // A path in SITE_URL is where the site lives: it is the base path unless BASE_PATH says the same.
  if (sitePath !== '/' && base !== sitePath) {
    throw new SiteAddressError(
      `SITE_URL ends in ${sitePath} but BASE_PATH is ${base}: give the folder in one of them (BASE_PATH=${sitePath}, or SITE_URL=${site.origin})`,
    );
  }
  return { site: site.origin, base };
}

/** `//broadsheet//`, `broadsheet` and `/broadsheet/` are all `/broadsheet/`. */
function basePath(path: string, name: string): string {
  const segments = path.split('/').filter((segment) => segment !== '');
  for (const segment of segments) {
    if (segment === '.' || segment === '..' || !/^(?:[A-Za-z0-9._~-]|%[0-9A-Fa-f]{2})+$/.test(segment)) {
      throw new SiteAddressError(`${name} "${path}" is not a folder path: use letters, digits and hyphens, such as /broadsheet/`);
    }
  }
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}
