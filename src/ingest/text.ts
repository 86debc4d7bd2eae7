// Small text helpers shared by the stages: spacing, comparison, emptiness.
// Each works on one string and knows nothing of articles or blocks.

/** Runs of spaces become one, ends are trimmed (line breaks are the caller's business). */
export function collapseSpaces(text: string): string {
  return text.replace(/ {2,}/g, ' ').trim();
}

/**
 * Text as compared for "the same words": case and spacing ignored, so a
 * headline repeated in capitals, or with doubled spaces, is still a repeat.
 * `fold` removes what else should not count, after case folding and before
 * spaces are collapsed, so that whatever it leaves is tidied too.
 */
export function comparable(text: string, fold: (lowered: string) => string = (lowered) => lowered): string {
  return fold(text.toLowerCase()).replace(/\s+/g, ' ').trim();
}

/** A block with no letter, digit or symbol: rules, bullets and stray punctuation. */
export function isEmptyBlock(text: string): boolean {
  return !/[\p{L}\p{N}\p{S}]/u.test(text);
}
