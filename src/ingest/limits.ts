// Every threshold the pipeline uses, in one place, with the reason for its value.

/** Default largest article file accepted; scraped articles are kilobytes, so 10 MB is a mistake. */
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

/** A headline longer than this is a paragraph, not a title. */
export const MAX_TITLE_CHARS = 300;

/** Silent reading speed used for the reading-time estimate. */
export const WORDS_PER_MINUTE = 230;

/** How many leading characters of a paragraph index it for run-on matching. */
export const RUN_ON_PREFIX_CHARS = 24;

/** Pull-quotes: bounds on length (in words) for a quotation to read well alone. */
export const PULL_QUOTE_MIN_WORDS = 8;
export const PULL_QUOTE_MAX_WORDS = 45;
export const PULL_QUOTE_IDEAL_WORDS = 22;
export const MAX_PULL_QUOTES = 3;

/** Share of control characters above which a file is taken as binary (text with a few stray ones is repaired). */
export const MAX_CONTROL_CHAR_SHARE = 0.5;
