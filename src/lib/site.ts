// Site-wide settings shown to readers.
export const SITE = {
  name: 'Broadsheet',
  description: 'News articles, cleaned of scraping debris and set for reading.',
  lang: 'en',
  /** OpenGraph locale; dates are written the British way too. */
  locale: 'en_GB',
} as const;

/** Dates are calendar days as the article gives them: format in UTC so no time zone shifts the day. */
const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A calendar day (YYYY-MM-DD) or a timestamp, as a Date; calendar days are midnight UTC. */
export function articleDate(isoDate: string): Date {
  return new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate);
}

/** The instant as ISO 8601 (feeds, JSON-LD, article meta). */
export function isoDateTime(isoDate: string): string {
  return articleDate(isoDate).toISOString();
}

/** When the article last changed: its update date, else its publication date. */
export function lastModified(article: { date: string | null; updated: string | null }): string | null {
  return article.updated ?? article.date;
}

export function formatDate(isoDate: string): string {
  return DATE_FORMAT.format(articleDate(isoDate));
}
