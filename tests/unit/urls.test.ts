// Every route's path helper matches the route file that serves it, and its
// URL helper is that path under the base path.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as urls from '../../src/lib/urls.ts';
import { PROJECT_ROOT } from '../helpers/seed.ts';

/** A pattern of the site paths a file under src/pages serves (build.format 'directory', trailingSlash 'always'). */
function routePattern(file: string): RegExp {
  const route = file
    .replace(/^src\/pages\//, '')
    .replace(/\.astro$/, '/')
    .replace(/\.ts$/, '')
    .replace(/(^|\/)index\/$/, '$1');
  const escaped = route
    .split(/(\[\.\.\.[^\]]+\]\/|\[[^\]]+\])/)
    .map((part) => (part.startsWith('[...') ? '(?:[^/]+/)*' : part.startsWith('[') ? '[^/]+' : part.replace(/[.*+?^${}()|\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${escaped}$`);
}

const ROUTES: Array<[name: string, path: string, file: string]> = [
  ['homePath', urls.homePath(), 'src/pages/[...page].astro'],
  ['tagsIndexPath', urls.tagsIndexPath(), 'src/pages/tags/index.astro'],
  ['peopleIndexPath', urls.peopleIndexPath(), 'src/pages/people/index.astro'],
  ['searchPath', urls.searchPath(), 'src/pages/search.astro'],
  ['articlePath', urls.articlePath('harbour-reopens'), 'src/pages/articles/[slug].astro'],
  ['tagPath', urls.tagPath('nato'), 'src/pages/tags/[tag]/[...page].astro'],
  ['personPath', urls.personPath('pete-hegseth'), 'src/pages/people/[slug].astro'],
  ['rssFeedPath', urls.rssFeedPath(), 'src/pages/rss.xml.ts'],
  ['jsonFeedPath', urls.jsonFeedPath(), 'src/pages/feed.json.ts'],
  ['tagFeedPath', urls.tagFeedPath('nato'), 'src/pages/tags/[tag]/rss.xml.ts'],
  ['cardPath', urls.cardPath('harbour-reopens'), 'src/pages/articles/[slug]/card.png.ts'],
];

describe('route helpers', () => {
  it('reads a route file as the paths it serves', () => {
    expect(routePattern('src/pages/[...page].astro').test('')).toBe(true);
    expect(routePattern('src/pages/[...page].astro').test('2/')).toBe(true);
    expect(routePattern('src/pages/tags/index.astro').test('tags/')).toBe(true);
    expect(routePattern('src/pages/tags/index.astro').test('tags/x/')).toBe(false);
    expect(routePattern('src/pages/tags/[tag]/rss.xml.ts').test('tags/a/rss.xml')).toBe(true);
    expect(routePattern('src/pages/tags/[tag]/rss.xml.ts').test('tags/a/b/rss.xml')).toBe(false);
  });

  it.each(ROUTES)('%s (%s) is served by %s', (_, path, file) => {
    expect(existsSync(join(PROJECT_ROOT, file))).toBe(true);
    expect(path).toMatch(routePattern(file));
  });

  it('names files that exist in public/ and the sitemap @astrojs/sitemap writes', () => {
    expect(existsSync(join(PROJECT_ROOT, 'public', urls.faviconPath()))).toBe(true);
    expect(urls.sitemapIndexPath()).toBe('sitemap-index.xml');
  });

  it('makes each URL from its path, under the base path', () => {
    const base = urls.url();
    expect(base.endsWith('/')).toBe(true);
    expect([urls.homeUrl(), urls.tagsIndexUrl(), urls.peopleIndexUrl(), urls.searchUrl()]).toEqual([
      base,
      `${base}tags/`,
      `${base}people/`,
      `${base}search/`,
    ]);
    expect(urls.articleUrl('a')).toBe(`${base}articles/a/`);
    expect(urls.tagUrl('t')).toBe(`${base}tags/t/`);
    expect(urls.personUrl('p')).toBe(`${base}people/p/`);
    expect(urls.paragraphUrl('a', 'p-1x2y3z4')).toBe(`${base}articles/a/#p-1x2y3z4`);
    expect([urls.rssFeedUrl(), urls.jsonFeedUrl(), urls.faviconUrl()]).toEqual([`${base}rss.xml`, `${base}feed.json`, `${base}favicon.svg`]);
  });
});
