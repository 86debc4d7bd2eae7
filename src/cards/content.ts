// What a social card shows, taken from an article: the headline, the first
// pull-quote and who said it (or the dek when nobody is quoted), the site name.
import type { Article } from '../ingest/schema.ts';
import { formatDate } from '../lib/site.ts';

export interface CardContent {
  siteName: string;
  headline: string;
  quote: { text: string; attribution: string } | null;
  dek: string;
  date: string | null;
}

export function cardContent(article: Pick<Article, 'title' | 'dek' | 'pullQuotes' | 'date'>, siteName: string): CardContent {
  const pullQuote = article.pullQuotes[0];
  return {
    siteName,
    headline: article.title,
    quote:
      pullQuote === undefined
        ? null
        : { text: pullQuote.text, attribution: pullQuote.role === null ? pullQuote.speaker : `${pullQuote.speaker}, ${pullQuote.role}` },
    dek: article.dek,
    date: article.date === null ? null : formatDate(article.date),
  };
}
