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

/**
 * A calendar day (YYYY-MM-DD) or a timestamp, as a Date. A calendar day is
 * midnight UTC; a timestamp without a zone is read as UTC too, so every
 * machine builds the same site.
 */
export function articleDate(isoDate: string): Date {
  if (isoDate.length === 10) return new Date(`${isoDate}T00:00:00Z`);
  return new Date(/(?:Z|[+-]\d{2}:?\d{2})$/i.test(isoDate) ? isoDate : `${isoDate.replace(' ', 'T')}Z`);
}

/** The instant as ISO 8601 (feeds, JSON-LD, article meta). */
export function isoDateTime(isoDate: string): string {
  return articleDate(isoDate).toISOString();
}

/** When the article last changed: its update date, else its publication date. */
export function lastModified(article: { date: string | null; updated: string | null }): string | null {
  return article.updated ?? article.date;
}

/** The day the article gives, as written: `2025-02-12T00:30+14:00` is 12 February wherever the site is built or read. */
export function formatDate(isoDate: string): string {
  return DATE_FORMAT.format(articleDate(isoDate.slice(0, 10)));
}
