// An article's body as one HTML string, for feeds: plain-text paragraphs are
// escaped into <p> elements; Markdown blocks are the HTML the ingester has
// already passed through sanitize-html.
import type { Article } from '../ingest/schema.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ESCAPES[char] ?? char);
}

type Body = Pick<Article, 'paragraphs' | 'paragraphsHtml'>;

// An article appears in the site's feeds and in each of its tags' feeds: its body is built once.
const built = new WeakMap<Body, string>();

export function articleHtml(article: Body): string {
  let html = built.get(article);
  if (html === undefined) {
    html = article.paragraphs.map((text, i) => article.paragraphsHtml?.[i] ?? `<p>${escapeHtml(text)}</p>`).join('\n');
    built.set(article, html);
  }
  return html;
}
