// An article's body as one HTML string, for feeds: plain-text paragraphs are
// escaped into <p> elements; Markdown blocks are the HTML the ingester has
// already passed through sanitize-html.
import type { Article } from '../ingest/schema.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ESCAPES[char] ?? char);
}

export function articleHtml(article: Pick<Article, 'paragraphs' | 'paragraphsHtml'>): string {
  return article.paragraphs.map((text, i) => article.paragraphsHtml?.[i] ?? `<p>${escapeHtml(text)}</p>`).join('\n');
}
