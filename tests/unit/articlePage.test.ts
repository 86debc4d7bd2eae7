// What the article page takes from src/lib: its breadcrumb trail and its
// social card image.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { articleCardImage } from '../../src/lib/cards.ts';
import { articleBreadcrumbs, breadcrumbList } from '../../src/lib/structuredData.ts';
import { absoluteUrl } from '../../src/lib/urls.ts';

/** The site's absolute root URL (SITE_URL and BASE_PATH, as configured). */
const home = absoluteUrl();

const article = { slug: 'harbour-reopens', title: 'Harbour reopens after storm', tags: [{ name: 'Weather', slug: 'weather' }, { name: 'Ports', slug: 'ports' }] };

describe('articleBreadcrumbs', () => {
  it('goes from the site through the first tag to the article', () => {
    expect(articleBreadcrumbs(article)).toEqual([
      { name: 'Broadsheet', path: '' },
      { name: 'Weather', path: 'tags/weather/' },
      { name: 'Harbour reopens after storm', path: 'articles/harbour-reopens/' },
    ]);
  });

  it('goes straight from the site to an article without tags', () => {
    expect(articleBreadcrumbs({ ...article, tags: [] }).map((crumb) => crumb.path)).toEqual(['', 'articles/harbour-reopens/']);
  });

  it('makes a schema.org BreadcrumbList of absolute URLs', () => {
    const list = breadcrumbList(articleBreadcrumbs(article));
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Broadsheet', item: home },
      { '@type': 'ListItem', position: 2, name: 'Weather', item: `${home}tags/weather/` },
      { '@type': 'ListItem', position: 3, name: 'Harbour reopens after storm', item: `${home}articles/harbour-reopens/` },
    ]);
  });
});

describe('articleCardImage', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("is the article's card, by absolute URL, with the site name and headline as its alternative", () => {
    vi.stubEnv('SOCIAL_CARDS', 'on');
    expect(articleCardImage(article)).toEqual({
      url: `${home}articles/harbour-reopens/card.png`,
      alt: 'Broadsheet: Harbour reopens after storm',
    });
  });

  it('is none when cards are off', () => {
    vi.stubEnv('SOCIAL_CARDS', 'off');
    expect(articleCardImage(article)).toBeUndefined();
  });
});
