// Saved HTML pages in the built site: the article and its metadata, and
// nothing of the page's own code, styles or remote resources.
import { describe, expect, inject, it } from 'vitest';
import { readPage } from '../helpers/dist.ts';

const outDir = inject('outDir');

describe('a saved news page', () => {
  const { document } = readPage(outDir, 'articles/jsonld-news/index.html');

  it('shows its headline, authors, date and the site it came from', () => {
    expect(document.querySelector('h1')?.textContent?.trim()).toBe('Harbour ferry saved for another year after council vote');
    expect(document.querySelector('.byline, [rel="author"], .author')?.textContent).toContain('Jo Park and Sam Lee');
    expect(document.querySelector('time')?.getAttribute('datetime')).toBe('2024-02-12T21:40:00+00:00');
    const source = document.querySelector('.source a');
    expect(source?.textContent).toBe('The Harbour Times');
    expect(source?.getAttribute('href')).toBe('https://harbour.example/news/2025/02/12/harbour-ferry-saved');
  });

  it('keeps its structure: subheadings, lists and block quotations', () => {
    const body = document.querySelector('.article-body');
    expect(body?.querySelector('h2')?.textContent).toContain('What happens next');
    expect(body?.querySelectorAll('ul li')).toHaveLength(2);
    expect(body?.querySelector('.block blockquote')?.textContent).toContain('stopped being a city');
  });

  it('leaves out the page furniture around it', () => {
    const text = document.querySelector('main')?.textContent ?? '';
    for (const furniture of ['Related stories', 'Post comment', 'All rights reserved', 'We use cookies', 'Share on X', 'Photograph: Ann Lee']) {
      expect(text).not.toContain(furniture);
    }
  });
});

describe('a hostile saved page', () => {
  const { html, document } = readPage(outDir, 'articles/hostile/index.html');

  it('keeps its text and none of its code', () => {
    expect(document.querySelector('main')?.textContent).toContain('more than 200 volunteers had signed up');
    expect(document.querySelectorAll('script:not([type="application/ld+json"]), iframe, object, embed, form, svg, math, img, base, style[src]')).toHaveLength(0);
    expect(html).not.toMatch(/\son[a-z]+=|javascript:|attacker\.example|http-equiv="refresh"/i);
  });
});
