// The one place HTML is made safe. marked does not sanitize, so every
// fragment of Markdown-rendered HTML passes through here before it can reach
// a page: a strict allowlist of tags and attributes, http(s)/mailto/relative
// URLs only.
import sanitizeHtml from 'sanitize-html';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'pre', 'code', 'em', 'strong',
    'del', 's', 'sub', 'sup', 'a', 'br', 'hr', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
    'figure', 'figcaption', 'abbr', 'q', 'cite', 'mark', 'small',
  ],
  allowedAttributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    ol: ['start'],
    th: ['align'],
    td: ['align'],
    abbr: ['title'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  // Broadsheet ships no article assets, so an image must be an absolute https URL to resolve.
  allowedSchemesByTag: { img: ['https'] },
  allowProtocolRelative: false,
  // The page has its own h1 (the headline): a Markdown h1 becomes an h2.
  transformTags: { h1: 'h2' },
  disallowedTagsMode: 'discard',
  // An image whose URL was refused, or is relative, has nothing to show.
  exclusiveFilter: (frame) => frame.tag === 'img' && !/^https:\/\//i.test(frame.attribs['src'] ?? ''),
};

export function sanitizeFragment(html: string): string {
  return (
    sanitizeHtml(html, OPTIONS)
      // A link whose URL was refused keeps its text but stops being a link.
      .replace(/<a(?: title="[^"]*")?>([\s\S]*?)<\/a>/g, '$1')
      // Every image needs alt text to be valid; an unlabelled one is decorative.
      .replace(/<img(?![^>]*\salt=)/g, '<img alt=""')
      // HTML void elements take no closing slash.
      .replace(/<(img|br|hr)([^>]*?) \/>/g, '<$1$2>')
      .trim()
  );
}
