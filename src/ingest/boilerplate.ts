// Stage 4: page furniture that scrapers pick up with the article. Only a
// block that is *entirely* one of these phrases is dropped, so an article
// sentence that mentions "Leave a Reply" is never touched.

/**
 * Whole-block patterns, matched case-insensitively against the block with
 * spaces collapsed. Each is anchored and free of nested quantifiers.
 */
const BOILERPLATE_PATTERNS: readonly RegExp[] = [
  // WordPress comment form.
  /^leave a (?:reply|comment)(?: cancel reply)?$/i,
  /^cancel reply$/i,
  /^your email address will not be published\.?(?: required fields are marked \*)?$/i,
  /^required fields are marked \*$/i,
  /^(?:comment|name|email|e-mail|website|url)(?: \*)?:?$/i,
  /^save my name, email, and website in this browser for the next time I comment\.?$/i,
  /^(?:post|submit) comment$/i,
  /^notify me of (?:follow-up comments|new posts) by email\.?$/i,
  /^this site uses akismet to reduce spam\. learn how your comment data is processed\.?$/i,
  /^you must be logged in to post a comment\.?$/i,
  // Share and like widgets.
  /^(?:share|like) this:?$/i,
  /^like loading(?:\.{3}|…)?$/i,
  /^related(?: posts| articles)?:?$/i,
  /^share(?: on (?:facebook|x|twitter|linkedin|whatsapp|reddit|telegram|email|pinterest))?:?$/i,
  /^click to (?:share on \w+|email a link to a friend|print)(?: \(opens in new window\))?$/i,
  /^(?:tweet|print|email|facebook|twitter|linkedin|whatsapp|reddit|telegram|pinterest|pocket)$/i,
];

export function isBoilerplate(text: string): boolean {
  return BOILERPLATE_PATTERNS.some((pattern) => pattern.test(text));
}

/** A block with no letter, digit or symbol: rules, bullets and stray punctuation. */
export function isEmptyBlock(text: string): boolean {
  return !/[\p{L}\p{N}\p{S}]/u.test(text);
}
