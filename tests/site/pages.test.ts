// Assertions on the built HTML of every page type.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { GENERATED_ARTICLES } from '../helpers/build.ts';
import { htmlFiles, pagePath, readPage } from '../helpers/dist.ts';
import { paragraphIds } from '../../src/ingest/slug.ts';
import { seedGolden } from '../helpers/seed.ts';

const outDir = inject('outDir');
const SEED = 'articles/hegseth-rules-out-nato-membership-for-ukraine/index.html';
const articleCount = readdirSync(inject('contentDir')).filter((f) => /\.(txt|md|html)$/.test(f)).length;

/** A paragraph's text as a reader sees it, without its permalink mark. */
function paragraphText(element: Element): string {
  const clone = element.cloneNode(true) as Element;
  clone.querySelector('.permalink')?.remove();
  return (clone.textContent ?? '').trim();
}

describe('the built site', () => {
  const files = htmlFiles(outDir);

  it('has every page type', () => {
    for (const path of ['index.html', '2/index.html', 'tags/index.html', '404.html', SEED, 'tags/nato/index.html']) {
      expect(existsSync(join(outDir, path)), path).toBe(true);
    }
    expect(files.filter((f) => f.includes('/articles/'))).toHaveLength(articleCount);
  });

  it.each(htmlFiles(outDir).map((file) => [pagePath(outDir, file), file]))('%s has no script but its own, one h1, a title, a description and landmarks', (path, file) => {
    const { html, document } = readPage(outDir, file.slice(outDir.length + 1));
    // JSON-LD is data. The search page alone runs code: one bundled module, no inline code.
    const code = [...document.querySelectorAll('script')].filter((script) => script.getAttribute('type') !== 'application/ld+json');
    if (path === '/search/') {
      expect(code.map((script) => [script.getAttribute('type'), script.getAttribute('src')?.replace(/[^/]+$/, ''), script.textContent])).toEqual([
        ['module', '/_astro/', ''],
      ]);
    } else {
      expect(code).toHaveLength(0);
    }
    expect(document.querySelectorAll('h1')).toHaveLength(1);
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    expect(document.querySelector('title')?.textContent?.trim()).not.toBe('');
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')?.trim()).not.toBe('');
    for (const landmark of ['header', 'main#main', 'nav', 'footer']) expect(document.querySelector(landmark), landmark).not.toBeNull();
    const firstLink = document.querySelector('body a');
    expect(firstLink?.getAttribute('href')).toBe('#main');
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/); // styles are inlined: one request for first render
  });

  it('links every article from the front page and the pages after it', () => {
    const linked = new Set<string>();
    const paths = ['index.html'];
    while (existsSync(join(outDir, String(paths.length + 1), 'index.html'))) paths.push(`${paths.length + 1}/index.html`);
    expect(paths.length, 'the corpus fills more than one page').toBeGreaterThan(1);
    for (const path of paths) {
      const { document } = readPage(outDir, path);
      for (const a of document.querySelectorAll('.card h2 a')) linked.add(a.getAttribute('href') ?? '');
    }
    expect(linked.size).toBe(articleCount);
    for (const href of linked) expect(existsSync(join(outDir, href, 'index.html')), href).toBe(true);
  });

  it('lists the newest article first and undated ones last', () => {
    const { document } = readPage(outDir, 'index.html');
    const dates = [...document.querySelectorAll('.card time')].map((t) => t.getAttribute('datetime') ?? '');
    expect(dates[0]).toBe('2025-05-18');
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(articleCount).toBeGreaterThan(GENERATED_ARTICLES);
  });
});

describe('the seed article page', () => {
  const { html, document } = readPage(outDir, SEED);
  const body = document.querySelector('.article-body');

  it('shows each of the 13 paragraphs exactly once, in order, with stable ids', () => {
    const paragraphs = [...(body?.querySelectorAll(':scope > p') ?? [])];
    expect(paragraphs.map(paragraphText)).toEqual(seedGolden.paragraphs);
    expect(paragraphs.map((p) => p.id)).toEqual(paragraphIds(seedGolden.paragraphs));
    for (const paragraph of seedGolden.paragraphs) {
      expect(html.split(paragraph.slice(0, 60).replace(/&/g, '&amp;')).length - 1, paragraph.slice(0, 40)).toBe(1);
    }
  });

  it('shows nothing from the run-on block, repeated titles, hashtag line or comment form', () => {
    expect(html).not.toContain('China.In remarks');
    expect(html).not.toContain('#Hegseth #rules');
    for (const text of seedGolden.must_not_contain) expect(document.body.textContent).not.toContain(text);
    expect(document.body.textContent?.split(seedGolden.title).length).toBe(2); // the h1 alone
  });

  it('has a header with title, date, reading time and tags that link to existing tag pages', () => {
    expect(document.querySelector('h1')?.textContent).toBe(seedGolden.title);
    expect(document.querySelector('time')?.getAttribute('datetime')).toBe('2025-02-12');
    expect(document.querySelector('.meta')?.textContent).toMatch(/\d+ min read/);
    const tagLinks = [...document.querySelectorAll('.article-header .tags a')];
    expect(tagLinks.map((a) => a.textContent)).toEqual(['Hegseth', 'rules', 'NATO', 'membership', 'Ukraine', 'Europe', 'responsible', 'countrys', 'security']);
    for (const a of tagLinks) expect(existsSync(join(outDir, a.getAttribute('href') ?? '', 'index.html'))).toBe(true);
  });

  it('sets pull-quotes as hidden asides after the paragraph they come from, with speaker and role', () => {
    const asides = [...document.querySelectorAll('aside.pull-quote')];
    expect(asides.length).toBeGreaterThanOrEqual(1);
    expect(asides.length).toBeLessThanOrEqual(3);
    for (const aside of asides) {
      expect(aside.getAttribute('aria-hidden')).toBe('true');
      expect(aside.hasAttribute('data-pagefind-ignore')).toBe(true);
      const quote = aside.querySelector('blockquote')?.textContent?.trim() ?? '';
      const source = aside.previousElementSibling;
      expect(source?.tagName).toBe('P');
      expect(paragraphText(source as Element)).toContain(quote.slice(0, 40));
      expect(aside.querySelector('.attribution')?.textContent).toMatch(/— (Pete Hegseth, U\.S\. Secretary of Defense|John Healey, UK Defense Secretary|Mark Rutte, NATO Secretary General)/);
    }
  });

  it('closes with who is quoted, linking to their page and their first quotation', () => {
    const items = [...document.querySelectorAll('.quoted li')];
    expect(items.map((li) => li.querySelector('a')?.textContent)).toEqual(['Pete Hegseth', 'John Healey', 'Mark Rutte']);
    expect(items[0]?.textContent).toContain('8 quotations');
    for (const li of items) {
      const person = li.querySelector('a')?.getAttribute('href') ?? '';
      expect(existsSync(join(outDir, person, 'index.html')), person).toBe(true);
      const target = li.querySelector('a.count')?.getAttribute('href')?.slice(1) ?? '';
      expect(document.getElementById(target)).not.toBeNull();
    }
  });

  it('links to the articles either side', () => {
    const links = [...document.querySelectorAll('nav.around a')];
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) expect(existsSync(join(outDir, a.getAttribute('href') ?? '', 'index.html'))).toBe(true);
  });
});

describe('text is text', () => {
  it('shows markup-like characters of a .txt article exactly as written, escaped', () => {
    const { html, document } = readPage(outDir, 'articles/markup-is-text/index.html');
    expect(document.querySelector('h1')?.textContent).toBe('How <script>alert(1)</script> got into the headline');
    const [first, second] = [...document.querySelectorAll('.article-body > p')];
    expect(paragraphText(first as Element)).toBe(
      'Security researchers showed that a comment containing <img src=x onerror=alert(1)> could run code on the old site.',
    );
    expect(paragraphText(second as Element)).toContain('[x](javascript:alert(1))');
    expect(paragraphText(second as Element)).toContain('&lt;b&gt; entities and a </p> tag');
    expect(document.querySelector('.article-body img')).toBeNull();
    expect(html).toContain('&lt;script&gt;');
  });

  it('renders a Markdown article through the sanitizer', () => {
    const { document } = readPage(outDir, 'articles/markdown-front-matter/index.html');
    expect(document.querySelector('.article-body strong')?.textContent).toBe("Monday's");
    expect(document.querySelector('.article-body a[href="https://example.org/statement"]')).not.toBeNull();
    expect(document.querySelector('.article-body')?.innerHTML).not.toMatch(/javascript:|onerror|<script/i);
    expect(document.querySelector('.meta .author')?.textContent).toBe('By Jo Park');
  });
});

describe('tag pages', () => {
  it('lists every tag with its count, each linking to a page that lists its articles', () => {
    const { document } = readPage(outDir, 'tags/index.html');
    const items = [...document.querySelectorAll('.tag-index li')];
    expect(items.length).toBeGreaterThan(9);
    const generated = items.find((li) => li.querySelector('a')?.textContent === 'Generated');
    expect(generated?.textContent).toContain(`${GENERATED_ARTICLES} articles`);
    for (const li of items) {
      const href = li.querySelector('a')?.getAttribute('href') ?? '';
      const count = Number(/(\d+) articles?/.exec(li.textContent ?? '')?.[1]);
      const page = readPage(outDir, join(href, 'index.html').slice(1));
      expect(page.document.querySelectorAll('.card').length).toBe(Math.min(count, 20));
    }
  });

  it('has a 404 page that links home and to the tags', () => {
    const { document } = readPage(outDir, '404.html');
    expect(document.querySelector('h1')?.textContent).toBe('Page not found');
    const hrefs = [...document.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('/');
    expect(hrefs).toContain('/tags/');
  });
});

describe('people pages', () => {
  it('list everyone quoted, with role and count', () => {
    const { document } = readPage(outDir, 'people/index.html');
    const rows = [...document.querySelectorAll('.people li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(rows).toContain('Pete Hegseth U.S. Secretary of Defense 8 quotations');
    expect(rows).toContain('Maria Lopez the city’s transport director 2 quotations');
    expect(document.body.textContent).not.toContain('unattributed');
  });

  it('list organisations quoted as themselves, and give a description no page', () => {
    const { document } = readPage(outDir, 'people/index.html');
    const rows = [...document.querySelectorAll('.people li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(rows).toContain('Northsea Lines organisation 1 quotation');
    expect(rows.join('\n')).not.toContain('spokesperson');
    expect(readPage(outDir, 'people/northsea-lines/index.html').document.querySelector('.roles')?.textContent).toBe('Organisation');
  });

  it('show each quotation in context, linking to the paragraph it comes from', () => {
    const { document } = readPage(outDir, 'people/mark-rutte/index.html');
    expect(document.querySelector('h1')?.textContent).toBe('Mark Rutte');
    expect(document.querySelector('.roles')?.textContent).toBe('NATO Secretary General');
    const quotes = [...document.querySelectorAll('.quotes li')];
    expect(quotes.map((li) => li.querySelector('blockquote')?.textContent?.trim())).toEqual([
      'agrees',
      'that we must equalize security assistance to Ukraine. But to really change the trajectory of the conflict, we need to do even more.',
    ]);
    for (const li of quotes) {
      const href = li.querySelector('.source a')?.getAttribute('href') ?? '';
      const [path, id] = href.split('#');
      const page = readPage(outDir, join(path ?? '', 'index.html').slice(1));
      expect(page.document.getElementById(id ?? '')?.textContent).toContain(li.querySelector('blockquote')?.textContent?.trim().slice(0, 30));
    }
  });
});
