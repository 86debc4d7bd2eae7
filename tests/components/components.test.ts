// Components rendered on their own with the Astro container API.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import ArticleHeader from '../../src/components/ArticleHeader.astro';
import PullQuote from '../../src/components/PullQuote.astro';
import SiteFooter from '../../src/components/SiteFooter.astro';
import SiteHeader from '../../src/components/SiteHeader.astro';
import TagList from '../../src/components/TagList.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

async function render(component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>) {
  const html = await container.renderToString(component, { props });
  return { html, document: parseHTML(`<body>${html}</body>`).document };
}

describe('PullQuote', () => {
  it('is an aside hidden from assistive technology and search, with speaker and role', async () => {
    const { document } = await render(PullQuote, {
      quote: { text: 'We will build ten thousand homes.', speaker: 'Daniel Reyes', role: 'Mayor', paragraph: 2 },
    });
    const aside = document.querySelector('aside');
    expect(aside?.getAttribute('aria-hidden')).toBe('true');
    expect(aside?.hasAttribute('data-pagefind-ignore')).toBe(true);
    expect(aside?.querySelector('blockquote')?.textContent?.trim()).toBe('We will build ten thousand homes.');
    expect(aside?.querySelector('.attribution')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('— Daniel Reyes, Mayor');
  });

  it('leaves out the role when there is none, and escapes text', async () => {
    const { html, document } = await render(PullQuote, {
      quote: { text: '<img src=x onerror=alert(1)> is not markup.', speaker: 'A <b>Person</b>', role: null, paragraph: 0 },
    });
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(document.querySelector('.role')).toBeNull();
  });
});

describe('TagList', () => {
  it('links each tag to its page under the base path', async () => {
    const { document } = await render(TagList, { tags: [{ name: 'NATO', slug: 'nato' }, { name: 'Café', slug: 'cafe' }] });
    const links = [...document.querySelectorAll('ul.tags a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['NATO', '/tags/nato/'],
      ['Café', '/tags/cafe/'],
    ]);
  });

  it('renders nothing for no tags', async () => {
    const { html } = await render(TagList, { tags: [] });
    expect(html.trim()).toBe('');
  });
});

describe('ArticleHeader', () => {
  const article = {
    title: 'Harbour reopens after storm',
    dek: 'Fishing boats returned within hours.',
    author: 'Jo Park',
    date: '2025-02-12',
    readingMinutes: 3,
    tags: [{ name: 'Harbour', slug: 'harbour' }],
  };

  it('shows headline, dek, byline, machine-readable date, reading time and tags', async () => {
    const { document } = await render(ArticleHeader, { article });
    expect(document.querySelector('h1')?.textContent).toBe('Harbour reopens after storm');
    expect(document.querySelector('.dek')?.textContent).toBe('Fishing boats returned within hours.');
    expect(document.querySelector('.author')?.textContent).toBe('By Jo Park');
    const time = document.querySelector('time');
    expect(time?.getAttribute('datetime')).toBe('2025-02-12');
    expect(time?.textContent).toBe('12 February 2025');
    expect(document.querySelector('.meta')?.textContent).toContain('3 min read');
    expect(document.querySelector('.tags a')?.getAttribute('href')).toBe('/tags/harbour/');
  });

  it('leaves out what the article does not know', async () => {
    const { document } = await render(ArticleHeader, { article: { ...article, author: null, date: null, tags: [] } });
    expect(document.querySelector('.author')).toBeNull();
    expect(document.querySelector('time')).toBeNull();
    expect(document.querySelector('.tags')).toBeNull();
  });
});

describe('SiteHeader', () => {
  it('skips to the main landmark, then names the site and links to each index', async () => {
    const { document } = await render(SiteHeader, {});
    const links = [...document.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Skip to content', '#main'],
      ['Broadsheet', '/'],
      ['Articles', '/'],
      ['Tags', '/tags/'],
      ['People', '/people/'],
      ['Search', '/search/'],
    ]);
    expect(document.querySelector('header.masthead nav')?.getAttribute('aria-label')).toBe('Site');
  });
});

describe('SiteFooter', () => {
  it("links to the site's feeds", async () => {
    const { document } = await render(SiteFooter, {});
    const links = [...document.querySelectorAll('footer a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['RSS', '/rss.xml'],
      ['JSON Feed', '/feed.json'],
    ]);
  });
});
