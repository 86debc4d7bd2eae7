// The extractors `npm run eval:extraction` compares, each a function from one
// saved page to the text a reader would get (or null when it gives up).
// Every DOM is linkedom's, the one Broadsheet ships; nothing a page
// references is fetched. A system gets the page decoded as a browser would
// (`decodeAsBrowser`), except Broadsheet, which is given the bytes as a
// writer would drop them into content/articles/ and decodes them itself.
import { Readability } from '@mozilla/readability';
import { DefuddleClass } from 'defuddle/node';
import { parseHTML } from 'linkedom';
import { pageDocument } from '../src/ingest/html.ts';
import { ingestArticle } from '../src/ingest/index.ts';
import { collapseWhitespace } from './extractionScore.ts';

export interface PageInput {
  name: string;
  bytes: Uint8Array;
  html: string;
}

export interface ExtractionSystem {
  name: string;
  /** What its output is, for the report. */
  description: string;
  /** The extracted text, or null when the system finds no article (counted as empty output). */
  extract(page: PageInput): string | null;
}

type LinkedomDocument = ReturnType<typeof parseHTML>['document'];
type LinkedomNode = LinkedomDocument['childNodes'][number];

/** Elements whose text stands apart from its neighbours' (the CSS display of block and table boxes, and `<br>`). */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul',
]);
/** Elements whose content is never shown as text. */
const UNSHOWN_ELEMENTS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'head', 'title']);

interface Paragraph {
  /** Whitespace collapsed, trimmed, never empty. */
  text: string;
  /** How many of its characters are link text. */
  linkChars: number;
}

/**
 * The text of `root` as paragraphs, one per block element, as a reader sees
 * them: linkedom's `textContent` runs blocks together (`<p>a</p><p>b</p>`
 * is "ab").
 */
function paragraphsOf(root: LinkedomNode): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current = '';
  let linkChars = 0;
  const flush = () => {
    const text = collapseWhitespace(current).trim();
    if (text !== '') paragraphs.push({ text, linkChars: Math.min(linkChars, text.length) });
    current = '';
    linkChars = 0;
  };
  const visit = (node: LinkedomNode, inLink: boolean) => {
    if (node.nodeType === 3) {
      const text = node.textContent ?? '';
      current += text;
      if (inLink) linkChars += collapseWhitespace(text).trim().length;
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = (node as { localName?: string }).localName ?? '';
    if (UNSHOWN_ELEMENTS.has(tag)) return;
    const block = BLOCK_ELEMENTS.has(tag);
    if (block) flush();
    for (const child of node.childNodes) visit(child, inLink || tag === 'a');
    if (block) flush();
  };
  visit(root, false);
  flush();
  return paragraphs;
}

interface ExtractedArticle {
  title: string;
  /** The element holding the article's content. */
  content: LinkedomNode;
}

/** Readability.js 0.6.0 on linkedom: its title and content element; null when it finds no article. */
function readabilityArticle(html: string): ExtractedArticle | null {
  const document = pageDocument(html);
  // The serializer hands back the content element itself, so it is not serialized and parsed again.
  const article = new Readability<LinkedomNode>(document as unknown as Document, {
    serializer: (node) => node as unknown as LinkedomNode,
  }).parse();
  if (article === null || article.content == null) return null;
  return { title: article.title ?? '', content: article.content };
}

/**
 * Defuddle 0.19.4 (Obsidian Web Clipper's extractor) on linkedom: its title
 * and its content, parsed. Synchronous `parse()`, so none of its site
 * extractors fetches a third-party API; linkedom lacks the style sheets and
 * computed styles it reads, stubbed as in Defuddle's own linkedom path.
 */
function defuddleArticle(html: string): ExtractedArticle | null {
  const document = pageDocument(html);
  Object.assign(document, { styleSheets: [] });
  if (document.defaultView !== null) Object.assign(document.defaultView, { getComputedStyle: () => ({ display: '' }) });
  // Like Readability and Broadsheet, it is not told where the page came from.
  const defuddle = new DefuddleClass(document as unknown as Document, { url: 'about:blank', useAsync: false });
  const result = quietly(() => defuddle.parse());
  const content = pageDocument(`<!DOCTYPE html><html><head></head><body>${result.content ?? ''}</body></html>`).body;
  return collapseWhitespace(content.textContent ?? '').trim() === '' ? null : { title: result.title ?? '', content };
}

/** Runs `task` with console output muted: Defuddle logs every page's broken JSON-LD and odd link, which is noise in a report. */
function quietly<T>(task: () => T): T {
  const { log, warn, error } = console;
  console.log = console.warn = console.error = () => {};
  try {
    return task();
  } finally {
    Object.assign(console, { log, warn, error });
  }
}

/** An extractor's output as the evaluation reads it: the title, then the content's text. */
function articleText(article: ExtractedArticle | null): string | null {
  return article === null ? null : `${article.title}\n${article.content.textContent ?? ''}`;
}

// Which of Defuddle's paragraphs Readability dropped are worth adding back.
// On the 884 corpus pages the added paragraphs that hold annotated article
// text are long prose; the short ones (headings, captions, "Share this",
// teaser titles) and the link lists add more boilerplate than text. F1 is
// flat from 80 to 150 characters and from 10 % to 30 % link text.
/** A dropped paragraph shorter than this stays dropped. */
const MIN_ADDED_PARAGRAPH_CHARS = 100;
/** A dropped paragraph with a larger share of link text stays dropped. */
const MAX_ADDED_LINK_SHARE = 0.2;

function worthAdding(paragraph: Paragraph): boolean {
  return paragraph.text.length >= MIN_ADDED_PARAGRAPH_CHARS && paragraph.linkChars / paragraph.text.length < MAX_ADDED_LINK_SHARE;
}

/**
 * The title and paragraphs of `base`, with the long prose paragraphs of
 * `extra` that `base` lacks, each put after the paragraph of `base` that the
 * paragraph before it in `extra` was found in, so the article still reads in
 * order. When one finds nothing, the other alone.
 */
function mergedParagraphs(base: ExtractedArticle | null, extra: ExtractedArticle | null): string[] | null {
  if (base === null || extra === null) {
    const alone = base ?? extra;
    return alone === null ? null : [alone.title, ...paragraphsOf(alone.content).map((paragraph) => paragraph.text)];
  }
  const kept = paragraphsOf(base.content).map((paragraph) => paragraph.text);
  const added: string[][] = Array.from({ length: kept.length + 1 }, () => []);
  let anchor = 0;
  for (const paragraph of paragraphsOf(extra.content)) {
    const found = kept.findIndex((text) => text.includes(paragraph.text));
    if (found !== -1) anchor = found + 1;
    else if (worthAdding(paragraph)) added[anchor]?.push(paragraph.text);
  }
  return [base.title, ...(added[0] ?? []), ...kept.flatMap((text, index) => [text, ...(added[index + 1] ?? [])])];
}

export const SYSTEMS: readonly ExtractionSystem[] = [
  {
    name: 'broadsheet',
    description: "Broadsheet's ingestion (`ingestArticle` on the page's bytes): what its article page shows as text — the title, the dek when it is the page's own description, then each paragraph on its own line; a refused page is empty",
    extract: (page) => {
      const path = /\.html?$/i.test(page.name) ? page.name : `${page.name}.html`;
      const result = ingestArticle({ path, bytes: page.bytes });
      if (!result.ok) return null;
      const { title, description, paragraphs } = result.value;
      return [title, ...(description === null ? [] : [description]), ...paragraphs].join('\n');
    },
  },
  {
    name: 'readability',
    description: "Readability.js 0.6.0 on linkedom, default options: the article's title, then its `textContent`",
    extract: (page) => articleText(readabilityArticle(page.html)),
  },
  {
    name: 'defuddle',
    description: "Defuddle 0.19.4 on linkedom, default options: the title, then the text of its content HTML",
    extract: (page) => articleText(defuddleArticle(page.html)),
  },
  {
    name: 'readability+defuddle',
    description: `Readability.js, plus the paragraphs Defuddle kept and Readability dropped that are prose (${MIN_ADDED_PARAGRAPH_CHARS}+ characters, under ${MAX_ADDED_LINK_SHARE * 100} % link text), in page order; either alone when the other finds nothing`,
    extract: (page) => mergedParagraphs(readabilityArticle(page.html), defuddleArticle(page.html))?.join('\n') ?? null,
  },
];

export const DEFAULT_SYSTEMS = ['broadsheet', 'readability'];

/**
 * The systems that read a page as text (`npm run eval:extraction -- --text`):
 * its rendered text (`renderedText.ts`), as a person copying the page gets
 * it, dropped into content/articles/ as a `.txt` file.
 */
export function textSystems(rendered: ReadonlyMap<string, string>): ExtractionSystem[] {
  const textOf = (page: PageInput) => rendered.get(page.name) ?? '';
  return [
    {
      name: 'broadsheet-text',
      description: "Broadsheet's ingestion of the rendered text as a `.txt` article: the title, then each paragraph on its own line; a refused text is empty",
      extract: (page) => {
        const result = ingestArticle({ path: `${page.name.replace(/\.html?$/i, '')}.txt`, bytes: new TextEncoder().encode(textOf(page)) });
        return result.ok ? [result.value.title, ...result.value.paragraphs].join('\n') : null;
      },
    },
    {
      name: 'whole-text',
      description: 'the rendered text unchanged: what keeping everything scores',
      extract: (page) => (textOf(page).trim() === '' ? null : textOf(page)),
    },
  ];
}
