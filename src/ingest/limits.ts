// Every threshold the pipeline uses, in one place, with the reason for its value.
// Changing one changes what ingestion makes of existing articles: the
// fixtures and golden tests show by how much.

/** Default largest article file accepted; scraped articles are kilobytes, so 10 MB is a mistake. */
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Share of control characters above which a file is taken as binary (text with a few stray ones is repaired). */
export const MAX_CONTROL_CHAR_SHARE = 0.5;

/** Clear mojibake sequences ("â€™", "Ã©") a text needs before a line with only unlikely ones ("Ã‰TÃ‰") is re-decoded: one or two are a scraper's slip in correct text. */
export const MIN_CLEAR_MOJIBAKE_IN_TEXT = 3;
/** Mojibake of mojibake ("Ã¢â‚¬â„¢" for "’") takes a repair pass per layer; text misread more than three times is beyond repair. */
export const MAX_MOJIBAKE_PASSES = 3;

/** A headline longer than this is a paragraph, not a title. */
export const MAX_TITLE_CHARS = 300;
/** Longest line taken for the headline of text copied from a page: a longer one is a menu run together or a notice. */
export const MAX_COPIED_HEADLINE_CHARS = 200;

/**
 * A block longer than RATIO × the title's length + SLACK characters is not
 * compared with the title at all: case folding and Unicode composition
 * barely change a text's length, so a repeat of the title is never that much
 * longer, and the cheap length test spares the comparison for every paragraph.
 */
export const TITLE_REPEAT_LENGTH_RATIO = 2;
export const TITLE_REPEAT_LENGTH_SLACK = 8;

/** How many leading characters of a paragraph index it for run-on matching. */
export const RUN_ON_PREFIX_CHARS = 24;

/**
 * Longest run of tokens read as one name-and-role phrase, or as an
 * appositive role: "Former U.S. Deputy Secretary of State John Smith" fits,
 * and it bounds every backwards scan over a paragraph's words.
 */
export const MAX_PHRASE_TOKENS = 12;

/** Most words in a person's name: "Maria de la Cruz Lopez" has five; more is a run of capitalised words, not a name. */
export const MAX_NAME_TOKENS = 5;

/** Most adverbs and auxiliaries between a speaker and the speech verb: "Hegseth had also later said". */
export const MAX_ADVERBS = 3;

/**
 * Most tokens in one appositive or bracket between a speaker and the verb
 * ("Douglas Holtz-Eakin, an economic adviser to Republicans and former
 * director of the nonpartisan Congressional Budget Office, wrote"), and most
 * steps back through such groups ("Harry Bond, 30, of Raleigh, N.C., who was
 * among those polled, said").
 */
export const MAX_APPOSITIVE_TOKENS = 40;
export const MAX_APPOSITIVES = 6;

/** Pull-quotes: bounds on length (in words) for a quotation to read well alone. */
export const PULL_QUOTE_MIN_WORDS = 8;
export const PULL_QUOTE_MAX_WORDS = 45;
export const PULL_QUOTE_IDEAL_WORDS = 22;

/** Paragraphs per pull-quote: a short article gets one, a long one up to MAX_PULL_QUOTES. */
export const PARAGRAPHS_PER_PULL_QUOTE = 4;
export const MIN_PULL_QUOTES = 1;
/** More pull-quotes than this would interrupt the text more than they draw a reader in. */
export const MAX_PULL_QUOTES = 3;

/** Pull-quotes set in adjacent paragraphs crowd the text; keep one paragraph between them when possible. */
export const MIN_PARAGRAPH_GAP = 2;
/** When too few quotations are that far apart, neighbouring paragraphs will do, but never two in one paragraph. */
export const MIN_PARAGRAPH_GAP_RELAXED = 1;

/** Silent reading speed used for the reading-time estimate. */
export const WORDS_PER_MINUTE = 230;
/** The shortest reading time shown: "0 min" would read as an empty article. */
export const MIN_READING_MINUTES = 1;

/** Largest sidecar: metadata is a few lines; a megabyte of it would be copied into every page and feed that shows the article. */
export const MAX_SIDECAR_BYTES = 64 * 1024;

/** Longest description (the dek under the headline), in characters: a paragraph, not an article. */
export const MAX_DESCRIPTION_CHARS = 1000;
/** Longest author line and longest tag in metadata, in characters: like a headline, a line and not a paragraph. */
export const MAX_AUTHOR_CHARS = MAX_TITLE_CHARS;
export const MAX_TAG_CHARS = MAX_TITLE_CHARS;

/**
 * YAML aliases (`*name`) allowed in one sidecar or front matter. Metadata
 * never needs them; a few are harmless, and a nest of them expands
 * exponentially (the "billion laughs" attack).
 */
export const MAX_YAML_ALIASES = 20;

/**
 * Deepest nesting of Markdown block quotes and lists. The parser recurses
 * once per level, so thousands of levels exhaust the stack; no article
 * nests more than a handful.
 */
export const MAX_MARKDOWN_NESTING = 50;

/**
 * Longest slug, in bytes (slugs are ASCII). A slug names a folder and a
 * card file; file systems take 255 bytes per name, and a URL is read by people.
 */
export const MAX_SLUG_BYTES = 120;

/** Earliest year a date may have: `0000-01-01` is a placeholder, not a publication date. */
export const MIN_YEAR = 1000;

/**
 * Fewest characters of main text a saved page must have to be an article,
 * and the largest share of it that may be link text: a home page or an
 * index is a list of links, a login wall or an error page a line or two,
 * while the shortest news brief is a couple of sentences of prose.
 */
export const MIN_HTML_ARTICLE_CHARS = 120;
export const MAX_HTML_LINK_SHARE = 0.5;

/**
 * An exact repeat of a paragraph this long (in words), on its own, is a
 * scraping artefact; a shorter line that recurs between different content
 * (an interview's question, a table header, "Serves 4") is the article's.
 */
export const MIN_WORDS_LONE_DUPLICATE = 25;

/**
 * Words a run of blocks repeated in order must hold together to be a
 * repeated body rather than labels that recur together between different
 * content ("Serves 4", "Ingredients"; a table header over three lines).
 */
export const MIN_WORDS_REPEATED_RUN = 10;

/**
 * How much of a scraped page's prose must lie above a comment section's
 * heading, or above a share bar or line of links, for the article to end
 * there (`05-furniture.ts`). On trafilatura's 884 pages as copied text,
 * links at four fifths lose no annotated article line; at half they lost
 * 11 (boxes of "Read more" inside news articles) for 0.003 more F1. For
 * comments, half and a third differ by two lines of boilerplate.
 */
export const COMMENTS_MIN_PROSE_ABOVE = 0.5;
export const LINKS_MIN_PROSE_ABOVE = 0.8;

/**
 * A scraped page's article body is its largest run of prose; runs part
 * where this many lines without prose, furniture among them, come between,
 * and the page's own text begins at the first furniture line below the body
 * when what follows holds under this share of the page's prose
 * (`05-furniture.ts`). Furniture here is only what a page around an
 * article holds (menus, links, share bars, comment sections, copyright):
 * on the 884 pages as copied text, F1 0.772 → 0.782 with no article line
 * lost; counting advertisements, credits and datelines as well gave 0.789
 * but cut fact boxes and live blogs' entries after them; a quarter instead
 * of a tenth lost short closing sections below a list; 2 to 10 lines part
 * runs alike.
 */
export const BODY_GAP_LINES = 6;
export const TRAILING_PROSE_SHARE = 0.1;
