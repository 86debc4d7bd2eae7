// The one place HTML is made safe. marked does not sanitize, so every
// fragment of Markdown-rendered HTML passes through here before it can reach
// a page: a strict allowlist of tags and attributes, http(s)/mailto/relative
// URLs only. Images are not shown: Broadsheet ships no article assets, and a
// remote image would be a third-party request from the reader's browser (and
// is refused by the pages' content security policy), so each one is reported
// instead of becoming a broken picture.
import { Parser } from 'htmlparser2';
import sanitizeHtml from 'sanitize-html';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'pre', 'code', 'em', 'strong',
    'del', 's', 'sub', 'sup', 'a', 'br', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
    'figure', 'figcaption', 'abbr', 'q', 'cite', 'mark', 'small', 'details', 'summary',
    // Seen, reported and removed by `sanitizeBlock`'s filter; never in its output.
    'img',
  ],
  allowedAttributes: {
    a: ['href', 'title'],
    ol: ['start'],
    th: ['align'],
    td: ['align'],
    abbr: ['title'],
    img: ['src', 'alt'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  // The page has its own h1 (the headline): a Markdown h1 becomes an h2.
  transformTags: { h1: 'h2' },
  // A tag not on the list goes, its text stays (except in script, style and the like, which hold no text to read).
  disallowedTagsMode: 'discard',
};

export interface SanitizedFragment {
  html: string;
  /** Each image the fragment had, as `alt text (address)` or its address, for the removal report. */
  images: string[];
}

export function sanitizeBlock(html: string): SanitizedFragment {
  const images: string[] = [];
  const safe = sanitizeHtml(html, {
    ...OPTIONS,
    exclusiveFilter: (frame) => {
      if (frame.tag !== 'img') return false;
      const alt = (frame.attribs['alt'] ?? '').trim();
      const src = (frame.attribs['src'] ?? '').trim();
      images.push(alt === '' ? src || '(an image with no address)' : `${alt} (${src || 'no address'})`);
      return true;
    },
  });
  return {
    html: safe
      // A link whose URL was refused keeps its text but stops being a link.
      .replace(/<a(?: title="[^"]*")?>([\s\S]*?)<\/a>/g, '$1')
      // HTML void elements take no closing slash.
      .replace(/<(br|hr)([^>]*?) \/>/g, '<$1$2>')
      .trim(),
    images,
  };
}

/** Elements that end a line of text: their text is kept apart from the next element's. */
const BREAKS_TEXT = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'li', 'pre', 'br', 'hr', 'tr', 'th', 'td', 'figcaption', 'details', 'summary']);

/** The text a reader sees in sanitized HTML, entities decoded, with a space where one block ends and the next starts. */
export function htmlText(html: string): string {
  let text = '';
  const parser = new Parser({
    ontext: (chunk) => {
      text += chunk;
    },
    onopentag: (name) => {
      if (BREAKS_TEXT.has(name)) text += ' ';
    },
    onclosetag: (name) => {
      if (BREAKS_TEXT.has(name)) text += ' ';
    },
  }, { decodeEntities: true });
  parser.end(html);
  return text;
}
