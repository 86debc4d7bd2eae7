// What the build publishes for feed readers, search engines and link
// previews, at the root and under a base path: RSS (site and per tag), JSON
// Feed, sitemap with lastmod, robots.txt, canonical and social meta, JSON-LD
// and social cards.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { FEED_SIZE } from '../../src/lib/feeds.ts';
import { htmlFiles, pagePath, readPage } from '../helpers/dist.ts';
import { pngSize } from '../helpers/png.ts';
import { SEED_SLUG, seedGolden } from '../helpers/seed.ts';
import { xmlError } from '../helpers/xml.ts';
import { builtSites } from '../helpers/sites.ts';

const ORIGIN = 'https://broadsheet.example';
const articleCount = readdirSync(inject('contentDir')).filter((f) => /\.(txt|md|html)$/.test(f)).length;
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'category', 'url', 'sitemap'].includes(name) });

function parseXml(outDir: string, path: string) {
  const text = readFileSync(join(outDir, path), 'utf8');
  const error = xmlError(text);
  if (error !== undefined) throw new Error(`${path} is not well-formed XML: ${error}`);
  return xml.parse(text);
}

/** The dist file a same-site absolute URL points to, or undefined for another site. */
function fileOf(outDir: string, base: string, href: string): string | undefined {
  const url = new URL(href);
  if (url.origin !== ORIGIN || !url.pathname.startsWith(base)) return undefined;
  const path = decodeURIComponent(url.pathname.slice(base.length));
  return join(outDir, path.endsWith('/') || path === '' ? join(path, 'index.html') : path);
}

const meta = (document: Document, key: string) =>
  document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? undefined;

interface ArticlePage {
  path: string;
  document: Document;
  tags: string[];
}

/** Every article page; `path` is its URL path, base path included. */
function articlePages(outDir: string, base = '/'): ArticlePage[] {
  return htmlFiles(outDir)
    .filter((file) => file.includes('/articles/'))
    .map((file) => {
      const path = base + pagePath(outDir, file).slice(1);
      const { document } = readPage(outDir, file.slice(outDir.length + 1));
      const tags = [...document.querySelectorAll('meta[property="article:tag"]')].map((m) => m.getAttribute('content') ?? '');
      return { path, document, tags };
    });
}

describe.each(builtSites())('publishing in the $name build', ({ outDir, base }) => {
  const home = `${ORIGIN}${base}`;
  const articles = articlePages(outDir, base);

  it('writes an RSS 2.0 feed: one item per article, absolute links under the base path, full text', () => {
    const { rss } = parseXml(outDir, 'rss.xml');
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel.link).toBe(home);
    expect(rss.channel['atom:link']['@_href']).toBe(`${home}rss.xml`);
    const items = rss.channel.item as Array<Record<string, unknown>>;
    expect(items).toHaveLength(Math.min(articleCount, FEED_SIZE));
    const links = items.map((item) => String(item.link));
    expect(new Set(links).size).toBe(items.length);
    for (const link of links) {
      expect(link.startsWith(`${home}articles/`), link).toBe(true);
      expect(existsSync(fileOf(outDir, base, link) ?? ''), link).toBe(true);
    }
    const seed = items.find((item) => item.link === `${home}articles/${SEED_SLUG}/`);
    expect(seed?.title).toBe(seedGolden.title);
    expect(new Date(String(seed?.pubDate)).toISOString()).toBe('2025-02-12T00:00:00.000Z');
    const seedTags = articles.find((article) => article.path.endsWith(`/${SEED_SLUG}/`))?.tags ?? [];
    expect(seedTags.map((name) => name.toLowerCase().replace(/\W/g, ''))).toEqual(seedGolden.tags);
    expect(seed?.category).toEqual(seedTags);
    // The full text, every paragraph, as HTML inside content:encoded.
    const content = String(seed?.['content:encoded']);
    for (const paragraph of seedGolden.paragraphs) expect(content).toContain(`<p>${escapeHtml(paragraph)}</p>`);
  });

  it('writes a per-tag RSS feed for every tag, holding exactly the articles with that tag', () => {
    const tagDirs = readdirSync(join(outDir, 'tags'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(tagDirs.length).toBeGreaterThan(0);
    for (const dir of tagDirs) {
      const { rss } = parseXml(outDir, join('tags', dir.name, 'rss.xml'));
      const { document } = readPage(outDir, join('tags', dir.name, 'index.html'));
      const name = document.querySelector('h1')?.textContent?.replace(/^#/, '') ?? '';
      const tagged = articles.filter((article) => article.tags.includes(name)).map((article) => `${ORIGIN}${article.path}`);
      expect(rss.channel.link).toBe(`${home}tags/${dir.name}/`);
      expect((rss.channel.item ?? []).map((item: { link: string }) => item.link).sort(), dir.name).toEqual(tagged.slice(0, FEED_SIZE).sort());
      const alternate = document.querySelector(`link[rel="alternate"][href="${base}tags/${dir.name}/rss.xml"]`);
      expect(alternate?.getAttribute('type')).toBe('application/rss+xml');
    }
  });

  it('writes a JSON Feed 1.1 with the required fields and the full sanitized text', () => {
    const feed = JSON.parse(readFileSync(join(outDir, 'feed.json'), 'utf8'));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(typeof feed.title).toBe('string');
    expect(feed.home_page_url).toBe(home);
    expect(feed.feed_url).toBe(`${home}feed.json`);
    expect(feed.items).toHaveLength(Math.min(articleCount, FEED_SIZE));
    const ids = new Set<string>();
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string');
      ids.add(item.id);
      expect(typeof item.content_html === 'string' || typeof item.content_text === 'string').toBe(true);
      expect(item.url.startsWith(`${home}articles/`)).toBe(true);
      expect(existsSync(fileOf(outDir, base, item.url) ?? '')).toBe(true);
      if (item.date_published !== undefined) expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
      if (item.authors !== undefined) for (const author of item.authors) expect(typeof author.name).toBe('string');
      expect(Array.isArray(item.tags)).toBe(true);
      if (item.image !== undefined) expect(pngSize(readFileSync(fileOf(outDir, base, item.image) ?? ''))).toEqual({ width: 1200, height: 630 });
    }
    expect(ids.size).toBe(feed.items.length);
    // Text that looks like markup arrives as text: no element or attribute came from it.
    const hostile = feed.items.find((item: { title: string }) => item.title.includes('<script>'));
    const { document } = parseHTML(`<!doctype html><html><body>${hostile?.content_html}</body></html>`);
    expect(document.body.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(document.querySelectorAll('script, img, [onerror]')).toHaveLength(0);
  });

  it('writes a sitemap listing every page, with lastmod from each article date', () => {
    const index = parseXml(outDir, 'sitemap-index.xml');
    const sitemaps = index.sitemapindex.sitemap.map((s: { loc: string }) => s.loc);
    expect(sitemaps.length).toBeGreaterThan(0);
    const listed = new Map<string, string | undefined>();
    for (const loc of sitemaps) {
      expect(loc.startsWith(home)).toBe(true);
      const { urlset } = parseXml(outDir, loc.slice(home.length));
      for (const url of urlset.url) listed.set(url.loc, url.lastmod);
    }
    const pages = htmlFiles(outDir)
      .filter((file) => !file.endsWith('404.html'))
      .map((file) => `${ORIGIN}${base}${pagePath(outDir, file).slice(1)}`);
    expect([...listed.keys()].sort()).toEqual(pages.sort());
    for (const article of articles) {
      const modified = meta(article.document, 'article:modified_time');
      expect(listed.get(`${ORIGIN}${article.path}`), article.path).toBe(modified);
    }
    expect(listed.get(`${home}articles/${SEED_SLUG}/`)).toBe('2025-02-12T00:00:00.000Z');
  });

  it('writes robots.txt pointing to the sitemap', () => {
    const robots = readFileSync(join(outDir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? '';
    expect(sitemap).toBe(`${home}sitemap-index.xml`);
    expect(existsSync(fileOf(outDir, base, sitemap) ?? '')).toBe(true);
  });

  it('gives every page a canonical URL, the site feeds as alternates and social meta', () => {
    for (const file of htmlFiles(outDir)) {
      const path = pagePath(outDir, file);
      const { document } = readPage(outDir, file.slice(outDir.length + 1));
      const alternates = [...document.querySelectorAll('link[rel="alternate"]')].map((l) => l.getAttribute('href') ?? '');
      expect(alternates, path).toEqual(expect.arrayContaining([`${base}rss.xml`, `${base}feed.json`]));
      expect(meta(document, 'og:title'), path).toBeTruthy();
      expect(meta(document, 'og:description'), path).toBeTruthy();
      expect(meta(document, 'twitter:card'), path).toMatch(/^summary(_large_image)?$/);
      const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
      if (file.endsWith('404.html')) {
        expect(canonical).toBeUndefined();
        expect(meta(document, 'robots')).toBe('noindex');
      } else {
        expect(canonical, path).toBe(`${ORIGIN}${base}${path.slice(1)}`);
        expect(meta(document, 'og:url'), path).toBe(canonical);
      }
    }
  });

  it('gives every article a 1200×630 PNG social card as og:image', () => {
    expect(articles).toHaveLength(articleCount);
    for (const { path, document } of articles) {
      expect(meta(document, 'og:type')).toBe('article');
      expect(meta(document, 'twitter:card')).toBe('summary_large_image');
      const image = meta(document, 'og:image') ?? '';
      expect(image, path).toBe(`${ORIGIN}${path}card.png`);
      const file = fileOf(outDir, base, image) ?? '';
      expect(pngSize(readFileSync(file)), path).toEqual({ width: 1200, height: 630 });
    }
  });

  it('describes every article in JSON-LD: NewsArticle and BreadcrumbList with their required properties', () => {
    for (const { path, document, tags } of articles) {
      const blocks = [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? ''));
      const article = blocks.find((block) => block['@type'] === 'NewsArticle');
      const crumbs = blocks.find((block) => block['@type'] === 'BreadcrumbList');
      const canonical = `${ORIGIN}${path}`;
      expect(article['@context']).toBe('https://schema.org');
      expect(article.headline).toBe(document.querySelector('h1')?.textContent);
      expect(article.url).toBe(canonical);
      expect(article.mainEntityOfPage['@id']).toBe(canonical);
      expect(article.isAccessibleForFree).toBe(true);
      expect(article.image).toEqual([`${canonical}card.png`]);
      expect(article.publisher).toMatchObject({ '@type': 'Organization', name: 'Broadsheet', logo: { '@type': 'ImageObject' } });
      expect(article.keywords, path).toBe(tags.length === 0 ? undefined : tags.join(', '));
      expect(article.datePublished, path).toBe(meta(document, 'article:published_time'));
      expect(article.dateModified, path).toBe(meta(document, 'article:modified_time'));
      const byline = document.querySelector('.author')?.textContent?.replace(/^By /, '');
      expect(article.author, path).toEqual(byline === undefined ? undefined : { '@type': 'Person', name: byline });

      const items = crumbs.itemListElement as Array<{ position: number; name: string; item: string }>;
      expect(items.map((item) => item.position)).toEqual(items.map((_, i) => i + 1));
      expect(items.at(0)?.item).toBe(home);
      expect(items.at(-1)?.item).toBe(canonical);
      for (const item of items) expect(existsSync(fileOf(outDir, base, item.item) ?? ''), item.item).toBe(true);
    }
    const seed = articles.find((article) => article.path.endsWith(`/${SEED_SLUG}/`));
    const ld = JSON.parse(seed?.document.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}');
    expect(ld.datePublished).toBe('2025-02-12T00:00:00.000Z');
    expect(ld.keywords.split(', ').map((name: string) => name.toLowerCase().replace(/\W/g, ''))).toEqual(seedGolden.tags);
  });

  it('keeps article text inside its JSON-LD element: "<" is escaped, the title reads back exactly', () => {
    const hostile = articles.find(({ document }) => document.querySelector('h1')?.textContent?.includes('<script>'));
    expect(hostile).toBeDefined();
    const html = readFileSync(join(outDir, hostile?.path.slice(base.length) ?? '', 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    expect(scripts).toHaveLength(2);
    for (const json of scripts) expect(json).not.toMatch(/[<>]/);
    expect(JSON.parse(scripts[0] ?? '').headline).toBe(hostile?.document.querySelector('h1')?.textContent);
  });
});

describe('a build with SOCIAL_CARDS=off', () => {
  let outDir = '';
  beforeAll(() => {
    const built = buildSite(inject('contentDir'), { SOCIAL_CARDS: 'off' });
    if (built.status !== 0) throw new Error(`build failed:\n${built.stdout}\n${built.stderr}`);
    outDir = built.outDir;
  }, 300_000);

  it('renders no card and points to none', () => {
    const cards = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('card.png'));
    expect(cards).toEqual([]);
    const articles = articlePages(outDir);
    expect(articles).toHaveLength(articleCount);
    for (const { document } of articles) {
      expect(meta(document, 'og:image')).toBeUndefined();
      expect(meta(document, 'twitter:card')).toBe('summary');
      const ld = JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}');
      expect(ld['@type']).toBe('NewsArticle');
      expect(ld.image).toBeUndefined();
    }
    const feed = JSON.parse(readFileSync(join(outDir, 'feed.json'), 'utf8'));
    expect(feed.items.every((item: { image?: string }) => item.image === undefined)).toBe(true);
  });
});

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
