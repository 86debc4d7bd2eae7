// Saved HTML pages: the page's own metadata (JSON-LD, OpenGraph and
// `article:` properties, `<meta>`, `<time>`, `<title>`) and its main content,
// found by Readability.js (Firefox Reader View's extractor) on a linkedom
// DOM, then split into blocks as a Markdown body is. Nothing a page
// references is fetched: linkedom loads nothing and Readability only reads
// the tree. Every block passes the one sanitizer (`sanitize.ts`).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { MAX_HTML_LINK_SHARE, MIN_HTML_ARTICLE_CHARS } from './limits.ts';
import type { MarkdownBlock } from './markdown.ts';
import type { Result } from './problems.ts';
import { htmlText, sanitizeBlock } from './sanitize.ts';
import { isEmptyBlock, oneLine } from './text.ts';

/** What a page says of itself; each value is checked against the metadata schema before use. */
export interface PageMetadata {
  title?: string;
  date?: string;
  updated?: string;
  author?: string;
  source?: string;
  description?: string;
  tags?: string[];
  siteName?: string;
}

export interface SavedPage {
  metadata: PageMetadata;
  /** The main content as HTML: what the block stage splits. */
  content: string;
}

type Doc = ReturnType<typeof parseHTML>['document'];
/** A block of a page's main content; a caption or an embed is set aside by the furniture stage, with its reason. */
export type PageBlock = MarkdownBlock & { setAside?: 'caption' | 'embed' | 'related'; linkShare?: number };
type El = NonNullable<ReturnType<Doc['querySelector']>>;

export function readSavedPage(file: string, html: string): Result<SavedPage> {
  const document = pageDocument(html);
  const metadata = pageMetadata(document);
  // Links resolve against the page's own address, never a <base> the page sets.
  for (const base of document.querySelectorAll('base')) base.remove();
  if (metadata.source !== undefined) document.head?.insertAdjacentHTML('afterbegin', `<base href="${escapeAttribute(metadata.source)}">`);
  let article: ReturnType<Readability['parse']> = null;
  try {
    article = new Readability(document as unknown as Document, { keepClasses: false }).parse();
  } catch {
    article = null;
  }
  const text = oneLine(article?.textContent ?? '');
  const linkShare = article === null ? 1 : linkShareOf(fragment(article.content ?? ''), text.length);
  if (article === null || text.length < MIN_HTML_ARTICLE_CHARS || linkShare > MAX_HTML_LINK_SHARE) {
    const what = text.length < MIN_HTML_ARTICLE_CHARS ? `${text.length} characters of main text` : `${Math.round(linkShare * 100)} % of its main text is links`;
    return {
      ok: false,
      problems: [{
        file,
        message: `no article found in the page (${what}): it looks like a home page, an index, a login wall or an error page`,
        hint: 'Save the article page itself, or copy its text into a .txt file',
      }],
    };
  }
  if (metadata.siteName === undefined && article.siteName) metadata.siteName = article.siteName;
  if (metadata.author === undefined && article.byline) metadata.author = article.byline;
  if (metadata.date === undefined && article.publishedTime) metadata.date = article.publishedTime;
  return { ok: true, value: { metadata, content: article.content ?? '' } };
}

/** How much of an element's text (`textLength` characters) is the text of links: a list of teasers is all links, an article hardly any. */
function linkShareOf(root: El, textLength: number): number {
  if (textLength === 0) return 1;
  let linked = 0;
  for (const link of root.querySelectorAll('a')) linked += oneLine(link.textContent ?? '').length;
  return linked / textLength;
}

/** An HTML fragment (an extractor's content, a raw HTML block) as the body of a document of its own. */
function fragment(html: string): El {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as El;
}

/**
 * The page as a DOM. linkedom builds no implied `<html>` and `<body>`: a
 * page that starts with anything else (a server's warning, a bare `<head>`)
 * gets no body, so it is parsed again inside one, where a browser's tree
 * builder would put it.
 */
export function pageDocument(html: string): Doc {
  const { document } = parseHTML(html);
  if (document.documentElement?.tagName === 'HTML' && document.body !== null) return document;
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${html.replace(/^\s*<!doctype[^>]*>/i, '')}</body></html>`).document;
}

/** Elements whose whole subtree is one block of the article. */
const BLOCK_ELEMENTS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'blockquote', 'pre', 'table', 'hr', 'details']);
/** Elements that only group blocks: their children are the blocks. */
const GROUPING_ELEMENTS = new Set(['div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'center', 'body']);
/** Elements with nothing for a reader in them. */
const SILENT_ELEMENTS = new Set(['script', 'style', 'noscript', 'template', 'link', 'meta', 'head', 'title']);
/** What a page shows but Broadsheet does not: each is reported, with the reason. */
const EMBEDS = new Set(['iframe', 'video', 'audio', 'object', 'embed', 'svg', 'canvas', 'picture', 'math', 'form', 'button', 'input', 'select', 'textarea']);

/**
 * The blocks of a page's main content (or of a raw HTML block in Markdown),
 * in order, each with its sanitized HTML and its text. In a saved page
 * relative links are unwrapped (they point into the site it came from), and
 * the lists of links an extractor keeps after the article ("Related", "Read
 * more") are set aside; in Markdown, relative links lead somewhere.
 */
export function htmlBlocks(content: string, { savedPage = true } = {}): PageBlock[] {
  const blocks: PageBlock[] = [];
  let loose = '';
  const flushLoose = () => {
    if (oneLine(loose) !== '') blocks.push(sanitizedBlock(`<p>${loose}</p>`));
    loose = '';
  };
  const visit = (node: ChildNode) => {
    if (node.nodeType === 3) {
      loose += escapeText(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as unknown as El;
    const tag = element.tagName.toLowerCase();
    if (SILENT_ELEMENTS.has(tag)) return;
    if (GROUPING_ELEMENTS.has(tag)) {
      flushLoose();
      for (const child of [...element.childNodes]) visit(child as ChildNode);
      flushLoose();
    } else if (tag === 'figure' || tag === 'img') {
      flushLoose();
      // A figure's picture goes, reported; its caption is reported apart from the article's text.
      for (const caption of [...element.querySelectorAll('figcaption')]) {
        blocks.push({ ...sanitizedBlock(`<p>${caption.innerHTML}</p>`), setAside: 'caption' });
        caption.remove();
      }
      const rest = sanitizedBlock(element.outerHTML);
      // Whatever else a figure holds (a credit, a label) belongs to the picture, not the text.
      if (rest.images.length > 0 || !rest.isEmpty) blocks.push(rest.isEmpty ? rest : { ...rest, setAside: 'caption' });
    } else if (EMBEDS.has(tag)) {
      flushLoose();
      const address = element.getAttribute('src') ?? element.getAttribute('data');
      blocks.push({ text: address === null ? `<${tag}>` : `<${tag}> ${address}`, html: '', line: 1, isHeadline: false, isEmpty: true, images: [], setAside: 'embed' });
    } else if (BLOCK_ELEMENTS.has(tag)) {
      flushLoose();
      const linkShare = linkShareOf(element, oneLine(element.textContent ?? '').length);
      if (savedPage) unwrapRelativeLinks(element);
      blocks.push({ ...sanitizedBlock(element.outerHTML, { isHeadline: tag === 'h1' }), linkShare });
    } else {
      // Inline content (a, em, strong, br…) between blocks: gathered into a paragraph.
      if (savedPage) unwrapRelativeLinks(element);
      loose += element.outerHTML;
    }
  };
  visit(fragment(content) as unknown as ChildNode);
  flushLoose();
  if (savedPage) setAsideTrailingLinks(blocks);
  return blocks;
}

/**
 * The blocks after the article's last prose that are mostly link text (a
 * list of other stories, a "Read more" line), and a heading right before
 * them ("Related stories"): an article does not end in a list of links.
 */
function setAsideTrailingLinks(blocks: PageBlock[]): void {
  let end = blocks.length;
  const isText = (b: PageBlock) => b.setAside === undefined && !b.isEmpty;
  let found = false;
  for (let i = blocks.length - 1; i >= 0; i -= 1) {
    const b = blocks[i];
    if (b === undefined || !isText(b)) continue;
    if ((b.linkShare ?? 0) <= MAX_HTML_LINK_SHARE) break;
    b.setAside = 'related';
    found = true;
    end = i;
  }
  const before = blocks.slice(0, end).reverse().find(isText);
  if (found && before !== undefined && /^<h[2-6][\s>]/.test(before.html)) before.setAside = 'related';
}

/**
 * A block of HTML through the sanitizer, with the text a reader sees in it.
 * A block with no words is reported by the pictures it showed, else by
 * `source` (what the author wrote: raw HTML, a rule).
 */
export function sanitizedBlock(html: string, { isHeadline = false, line = 1, source = '' } = {}): MarkdownBlock {
  const sanitized = sanitizeBlock(html);
  const text = oneLine(htmlText(sanitized.html));
  return {
    text: text !== '' ? text : sanitized.images.length > 0 ? sanitized.images.join('; ') : oneLine(source),
    html: sanitized.html,
    line,
    isHeadline,
    isEmpty: text === '' || isEmptyBlock(text),
    images: sanitized.images,
  };
}

/** A relative link in a saved page points into the site it came from: without that site's address it leads nowhere here. */
function unwrapRelativeLinks(element: El): void {
  for (const link of [...element.querySelectorAll('a')]) {
    const href = link.getAttribute('href') ?? '';
    if (!/^(?:https?:|mailto:)/i.test(href)) link.replaceWith(...link.childNodes);
  }
}

// Metadata.

function pageMetadata(document: Doc): PageMetadata {
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
  const metas = (selector: string) => [...document.querySelectorAll(selector)].map((m) => m.getAttribute('content')?.trim() ?? '').filter((v) => v !== '');
  const ld = jsonLdArticle(document);
  const siteName = meta('meta[property="og:site_name"]') ?? ldText(ld?.['publisher'], 'name');
  const headline =
    ldText(ld?.['headline']) ??
    meta('meta[property="og:title"]') ??
    meta('meta[name="twitter:title"]') ??
    text(document.querySelector('article h1') ?? document.querySelector('h1')) ??
    text(document.querySelector('title'));
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? meta('meta[property="og:url"]') ?? ldText(ld?.['url']);
  const time = document.querySelector('article time[datetime]') ?? document.querySelector('time[datetime]');
  const tags = [
    ...metas('meta[property="article:tag"]'),
    ...metas('meta[name="news_keywords"]').flatMap((v) => v.split(',')),
    ...ldList(ld?.['keywords']),
  ].map((tag) => tag.trim()).filter((tag) => tag !== '');
  const metadata: PageMetadata = {};
  const set = <K extends keyof PageMetadata>(key: K, value: PageMetadata[K] | undefined) => {
    if (value !== undefined && (!Array.isArray(value) || value.length > 0)) metadata[key] = value;
  };
  set('title', headline === undefined ? undefined : withoutSiteName(headline, siteName));
  set('siteName', siteName);
  set('date', isoDate(ldText(ld?.['datePublished']) ?? meta('meta[property="article:published_time"]') ?? meta('meta[itemprop="datePublished"]') ?? time?.getAttribute('datetime') ?? undefined));
  set('updated', isoDate(ldText(ld?.['dateModified']) ?? meta('meta[property="article:modified_time"]') ?? meta('meta[itemprop="dateModified"]')));
  set('author', ldAuthors(ld?.['author']) ?? meta('meta[name="author"]') ?? nonUrl(meta('meta[property="article:author"]')));
  set('description', meta('meta[name="description"]') ?? meta('meta[property="og:description"]') ?? ldText(ld?.['description']));
  set('source', canonical !== undefined && /^https?:\/\//i.test(canonical) && URL.canParse(canonical) ? canonical : undefined);
  set('tags', [...new Set(tags)]);
  return metadata;
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|BackgroundNewsArticle)$/;

/** The page's JSON-LD article object, if a block declares one; a block that does not parse is skipped. */
function jsonLdArticle(document: Doc): Record<string, unknown> | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const found = findArticle(data, 0);
    if (found !== undefined) return found;
  }
  return undefined;
}

function findArticle(data: unknown, depth: number): Record<string, unknown> | undefined {
  if (depth > 4 || typeof data !== 'object' || data === null) return undefined;
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findArticle(item, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  const record = data as Record<string, unknown>;
  const types = Array.isArray(record['@type']) ? record['@type'] : [record['@type']];
  if (types.some((type) => typeof type === 'string' && ARTICLE_TYPES.test(type))) return record;
  return findArticle(record['@graph'], depth + 1) ?? findArticle(record['mainEntity'], depth + 1);
}

function ldText(value: unknown, key?: string): string | undefined {
  if (key !== undefined) return typeof value === 'object' && value !== null && !Array.isArray(value) ? ldText((value as Record<string, unknown>)[key]) : undefined;
  if (Array.isArray(value)) return ldText(value[0]);
  return typeof value === 'string' && value.trim() !== '' ? oneLine(value) : undefined;
}

function ldList(value: unknown): string[] {
  if (typeof value === 'string') return value.split(',');
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function ldAuthors(value: unknown): string | undefined {
  const people = (Array.isArray(value) ? value : [value])
    .map((person) => (typeof person === 'string' ? person : ldText(person, 'name')))
    .filter((name): name is string => name !== undefined && !/^https?:/i.test(name));
  if (people.length === 0) return undefined;
  return people.length === 1 ? people[0] : `${people.slice(0, -1).join(', ')} and ${people.at(-1)}`;
}

/** An ISO 8601 date or timestamp, with a colon in its offset (`+0100` → `+01:00`), or undefined. */
function isoDate(value: string | undefined): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/.exec(value?.trim() ?? '');
  if (match === null) return undefined;
  const [, day, time, zone] = match;
  if (time === undefined) return day;
  return `${day}T${time}${zone === undefined ? '' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`;
}

/** `<title>` and `og:title` often end (or start) with the site's name: "Ferry saved | The Harbour Times". */
function withoutSiteName(title: string, siteName: string | undefined): string {
  const parts = title.split(/\s+[|–—·•:-]\s+/);
  if (parts.length < 2) return title;
  const site = siteName?.toLowerCase();
  const kept = parts.filter((part) => part.toLowerCase() !== site);
  if (kept.length < parts.length) return kept.join(' – ');
  return title;
}

function text(element: El | null): string | undefined {
  const value = oneLine(element?.textContent ?? '');
  return value === '' ? undefined : value;
}

function nonUrl(value: string | undefined): string | undefined {
  return value !== undefined && /^https?:/i.test(value) ? undefined : value;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
