// Stage 5: page furniture scrapers pick up with the article: blank rules,
// comment forms, share widgets, the line of hashtags. Only a block that is
// *entirely* furniture goes: a sentence mentioning "Leave a Reply" stays.
import { removal, type ArticleBlock, type Removal } from './04-blocks.ts';
import { BODY_GAP_LINES, COMMENTS_MIN_PROSE_ABOVE, LINKS_MIN_PROSE_ABOVE, TRAILING_PROSE_SHARE } from './limits.ts';
import type { RemovedBlock } from './schema.ts';
import { isEmptyBlock } from './text.ts';
import { countWords, joinedRun, WORD_CHARS } from './tokens.ts';

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
  // WordPress's follow-by-email box, its post footer and its credit line, in English and German.
  /^enter your email address to (?:follow|subscribe to) this blog and receive notifications of new posts by email\.?$/i,
  /^gib deine e-mail-adresse (?:ein|an), um diese[nm] blog zu (?:folgen|abonnieren)(?: und| sowie)? (?:per e-mail )?benachrichtigungen über neue beiträge (?:via |per )?(?:e-mail )?zu erhalten\.?$/iu,
  /^this entry was posted in [^.]{1,200}\. bookmark the permalink\.?$/i,
  /^dieser eintrag wurde [^.]{1,300}\. (?:setze ein lesezeichen auf den )?perma(?:nent)?link\.?$/iu,
  /^(?:proudly )?powered by wordpress\.?$|^(?:blog at|bloggen auf|create a free website or blog at|erstelle eine kostenlose website oder blog – auf) wordpress\.com\.?$/iu,
  // Share and like widgets.
  /^(?:share|like) this:?$/i,
  /^like loading(?:\.{3}|…)?$/i,
  /^related(?: posts| articles)?:?$/i,
  /^share(?: on (?:facebook|x|twitter|linkedin|whatsapp|reddit|telegram|email|pinterest))?:?$/i,
  /^click to (?:share on \w+|email a link to a friend|print)(?: \(opens in new window\))?$/i,
  /^(?:tweet|print|email|facebook|twitter|linkedin|whatsapp|reddit|telegram|pinterest|pocket)$/i,
];

/**
 * Lines a page repeats around every article, as a reader copying the page
 * gets them: links to the site's own pages (privacy, terms, sign-in,
 * subscriptions, newsletters, "Most read"), in the languages news pages
 * come in. Whole lines only, and phrases no article uses as a line of its
 * own: "Read more about the budget" is a sentence and stays, and a single
 * word ("Contact", "Menu") is a subheading as often as a link, so it goes
 * only outside the article's prose (`SITE_WORDS`).
 */
const NAVIGATION_PHRASES: readonly RegExp[] = [
  /^(?:privacy (?:policy|notice|settings|centre|center)|terms of (?:use|service)|terms (?:and|&) conditions|cookie (?:policy|settings|preferences)|manage cookies|do not sell(?: or share)? my (?:personal )?info(?:rmation)?|accessibility statement|contact us|about us|advertise with us|datenschutzerklärung|mentions légales|politique de confidentialité|aviso legal|política de privacidad|informativa privacy)$/iu,
  /^(?:subscribe (?:now|today)|sign (?:in|up|out)|log ?in|log ?out|my account|sign up for (?:our|the) newsletter|get (?:our|the) newsletter|newsletter abonnieren|s'abonner|se connecter|suscríbete|iniciar sesión)$/iu,
  /^(?:read more|read next|more stories|more news|most (?:popular|read|viewed|shared|commented)|trending (?:now|stories)|recommended (?:for you|stories)|you (?:may|might) also like|related (?:stories|coverage|content|topics|articles|posts)|top stories|latest (?:news|stories|articles)|editor'?s picks|skip to (?:the )?(?:main )?content|skip navigation|toggle navigation|back to top|(?:more )?about the author|follow us|stay informed)$/iu,
  /^(?:mehr zum thema|meist ?gelesene artikel|am meisten gelesen|ähnliche (?:beiträge|artikel)|das könnte (?:sie|dich) auch interessieren|auch interessant|neueste (?:beiträge|artikel|kommentare)|letzte kommentare|verwandte (?:artikel|themen|beiträge)|weitere (?:artikel|themen|beiträge)|weiterführende informationen|lesen sie auch|schon gelesen|zurück zur (?:übersicht|startseite)|zum (?:haupt)?inhalt (?:springen|wechseln)|navigation überspringen|aktuelle (?:news|nachrichten|ausgabe)|über den autor|folgen sie uns|informiert bleiben)$/iu,
  /^(?:aller au contenu(?: principal)?|ir al contenido(?: principal)?|vai al contenuto(?: principale)?|naar de inhoud|lire aussi|lire la suite|à lire (?:aussi|également)|articles? (?:liés|similaires)|les plus lus|leer más|lo más leído|artículos relacionados|temas relacionados|noticias relacionadas|leggi anche|articoli correlati|i più letti|lees ook|gerelateerde artikelen|leia também|artigos relacionados|mais lidas)$/iu,
  /^(?:listen to (?:this )?(?:article|story)|\d+ min(?:ute)?s? (?:read|listen)|print (?:this )?(?:article|page)|save (?:this )?(?:article|story)|gift (?:this )?article|follow (?:us )?on (?:twitter|x|facebook|instagram|linkedin|threads|bluesky)|share on (?:facebook|x|twitter|linkedin|whatsapp|email|reddit)|sign up for (?:our|the) [\p{L} ]{1,40}newsletters?|our standards: the thomson reuters trust principles)$/iu,
  /^(?:copy link|share (?:this )?(?:article|story|page)|teilen sie dies mit|teilen mit|(?:diesen )?(?:artikel|beitrag) teilen|url zum kopieren|partager cet article)$/iu,
];
/**
 * Single words a site's menus are made of: its own pages and its sections.
 * Outside the article's prose only (see `NAVIGATION_PHRASES`).
 */
const SITE_WORDS = new Set(
  `menu menü search suche home startseite close open x Δ copy share teilen partager compartir condividi delen help faq contact kontakt
  about impressum imprint datenschutz privacy accessibility agb jobs careers sitemap newsletter newsletters subscribe abonnieren
  register login anmelden abo latest tags topics categories themen kategorien schlagwörter comments kommentare
  news sport sports business politics economy money culture arts opinion weather travel lifestyle entertainment science
  technology tech health world local video videos podcasts books food style nachrichten wirtschaft politik kultur meinung
  wetter reise panorama wissen digital gesundheit actualités économie monde société noticias deportes economía cultura
  notizie cronaca esteri nieuws economie`.split(/\s+/u),
);
/** A comment section's heading and form, in the languages news pages come in. */
const COMMENT_SECTION =
  /^(?:\d+ (?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties)|no comments(?: yet)?|no responses?(?: yet| so far)?|comments are closed|leave a comment|join the (?:discussion|conversation)|schreibe? einen kommentar|hinterlasse (?:jetzt )?einen kommentar|kommentar (?:verfassen|schreiben)|hinterlassen sie (?:eine antwort|einen kommentar)|antwort hinterlassen|(?:es gibt )?noch keine kommentare|keine kommentare|leider sind keine kommentare möglich|kommentare sind geschlossen|laisser un commentaire|aucun commentaire|deja un comentario|sin comentarios|lascia un commento|nessun commento)$/iu;

/** The first line of a blog's comment form, in WordPress's words (its later lines are all `BOILERPLATE_PATTERNS`). */
const COMMENT_FORM_START = /^(?:leave a (?:reply|comment)|your email address will not be published|you must be logged in to post a comment)/i;

/** Longest line a menu writes; longer lines are never matched against the patterns above. */
const NAVIGATION_MAX_CHARS = 80;

/** A line as a menu writes it, its trailing colon, ellipsis or asterisk aside ("Teilen mit:", "Lesen Sie auch …"); a full stop makes a sentence. */
function menuLine(text: string): string | null {
  if (text.length > NAVIGATION_MAX_CHARS) return null;
  let line = text;
  for (let trimmed = line.replace(/(?:\.\.\.|[ :…*])$/u, ''); trimmed !== line; trimmed = line.replace(/(?:\.\.\.|[ :…*])$/u, '')) line = trimmed;
  return line === '' ? null : line;
}

const isNavigation = (text: string) => {
  const line = menuLine(text);
  return line !== null && NAVIGATION_PHRASES.some((pattern) => pattern.test(line));
};
const isCommentSection = (text: string) => {
  const line = menuLine(text);
  return line !== null && COMMENT_SECTION.test(line);
};
const isSiteWord = (text: string) => {
  const line = menuLine(text);
  return line !== null && SITE_WORDS.has(line.toLowerCase());
};

/** "© 2025 The Harbour Times", "Copyright 2025 …", "(c) 2025 …", "All rights reserved.": the page's copyright line. */
const COPYRIGHT = /^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©\s*)?\d{4})|\ball rights reserved\.?$|\balle rechte vorbehalten\.?$|\btous droits réservés\.?$|\btodos los derechos reservados\.?$/iu;
const COPYRIGHT_MAX_CHARS = 200;
const ADVERTISEMENT = /^(?:advertisement|sponsored(?: content)?|paid content|anzeige|werbung|publicité)$/iu;
/**
 * "Photo: Reuters", "Photograph: Jo Park/Getty Images", "(AP Photo/Jo Park)",
 * "Image source, Getty Images": a picture's credit on its own line, names
 * only after the label ("Reuters/Ipsos polling shows …" is a sentence).
 */
const CREDIT_LABEL = /^\(?(?:image (?:source|caption),|(?:photo|photograph|image|picture|foto|bild|credit|illustration)s?(?: by| credit)?\s*[:/]|(?:ap|afp|reuters|getty images|epa|dpa|shutterstock)(?: photo)?\s*\/|photo(?:graph)? (?:by|courtesy(?: of)?|credit))\s*/iu;
const CREDIT_NAMES = /^(?:\p{Lu}[\p{L}\p{M}.'’&-]*|de|van|von|der|of|the|for|via)(?:[\s/,;&-]+(?:\p{Lu}[\p{L}\p{M}.'’&-]*|de|van|von|der|of|the|for|via)){0,8}\)?$/u;
const CREDIT_MAX_CHARS = 160;
const isCredit = (text: string) => {
  if (text.length > CREDIT_MAX_CHARS) return false;
  const label = CREDIT_LABEL.exec(text);
  return label !== null && CREDIT_NAMES.test(text.slice(label[0].length));
};
/** "We use cookies to give you the best experience … Accept": a consent banner copied with the page. */
const COOKIE_NOTICE = /^(?:we (?:and our partners )?use cookies|this (?:web)?site uses cookies|by (?:using|continuing to use|clicking)[^.]{0,80}\bcookies|wir verwenden cookies|diese website verwendet cookies|nous utilisons des cookies|ce site utilise des cookies|utilizamos cookies)/iu;
/** What a banner asks of the reader; a sentence about cookies in an article asks nothing. */
const COOKIE_CONSENT = /\b(?:accept|consent|agree|settings|preferences|experience|learn more|more information|akzeptieren|zustimmen|einstellungen|accepter|paramètres|aceptar|configuración)\b/iu;
const COOKIE_NOTICE_MAX_CHARS = 600;

/** A hashtag's characters: a word's, and `_`; inner `'`, `’` or `-` may join them. */
const TAG_CHARS = `${WORD_CHARS}_`;
const TAG_JOINERS = "'’-";
/** One hashtag: `#` then tag characters, with at least one letter. */
const HASHTAG = new RegExp(`^#(?=[${TAG_CHARS}${TAG_JOINERS}]*\\p{L})${joinedRun(TAG_CHARS, TAG_JOINERS)}$`, 'u');

/**
 * The furniture rules, tried in this order: the first that matches removes
 * the block with its reason. A new kind of furniture is one more entry here.
 */
const FURNITURE: ReadonlyArray<{ reason: RemovedBlock['reason']; matches: (block: ArticleBlock) => boolean }> = [
  // What a saved page shows beside the text: captions, players, forms, links to other stories.
  { reason: 'caption', matches: (block) => block.setAside === 'caption' },
  { reason: 'embed', matches: (block) => block.setAside === 'embed' },
  { reason: 'related', matches: (block) => block.setAside === 'related' },
  // A Markdown block that was only an image (pages show no images: see `sanitize.ts`).
  { reason: 'image', matches: (block) => (block.images?.length ?? 0) > 0 && (block.isEmpty ?? false) },
  // The Markdown parser knows better than the text when a block shows nothing (raw HTML, a rule).
  { reason: 'empty', matches: (block) => block.isEmpty ?? isEmptyBlock(block.text) },
  { reason: 'boilerplate', matches: (block) => BOILERPLATE_PATTERNS.some((pattern) => pattern.test(block.text)) },
  // Only in scraped text: a heading "Contact" in a Markdown or saved page's article is the writer's.
  { reason: 'navigation', matches: (block) => block.html === undefined && isNavigation(block.text) },
  { reason: 'boilerplate', matches: (block) => block.html === undefined && isCommentSection(block.text) },
  { reason: 'copyright', matches: (block) => block.text.length <= COPYRIGHT_MAX_CHARS && COPYRIGHT.test(block.text) },
  { reason: 'advertisement', matches: (block) => ADVERTISEMENT.test(block.text) },
  { reason: 'credit', matches: (block) => isCredit(block.text) },
  { reason: 'cookie-notice', matches: (block) => block.text.length <= COOKIE_NOTICE_MAX_CHARS && COOKIE_NOTICE.test(block.text) && COOKIE_CONSENT.test(block.text) },
  { reason: 'byline', matches: (block) => isByline(block.text) },
  { reason: 'dateline', matches: (block) => isDateStamp(block.text) },
  // The article's tag line; hashtags inside a sentence are ordinary text and stay.
  { reason: 'hashtag-line', matches: (block) => block.text.startsWith('#') && block.text.split(' ').every((word) => HASHTAG.test(word)) },
];

/**
 * "By Jo Park and Sam Lee": the word for "by" in a European language, then
 * only capitalised names joined by commas and "and". A sentence that starts
 * with "By" has lower-case words in it and stays.
 */
const BYLINE = /^(?:by|von|par|por|di|door|av|af|przez|de)\s+\p{Lu}[\p{L}\p{M}'’.-]*(?:(?:\s*,\s*|\s+(?:and|und|et|y|e|en|och|og|i|&)\s+|\s+)\p{Lu}[\p{L}\p{M}'’.-]*){0,11}$/iu;
const BYLINE_MAX_CHARS = 120;

/** A wire story's credit line: "Reporting by Jo Park in London; Editing by Sam Lee". */
const WIRE_CREDITS = /^(?:additional )?(?:reporting|writing|editing) by (?=\S)/iu;
const WIRE_CREDITS_MAX_CHARS = 240;

function isByline(text: string): boolean {
  // A name after "by" (tested with case: the pattern above ignores it), and no sentence: "Editing by AI: is it the end?" stays.
  const credit = WIRE_CREDITS.exec(text);
  if (credit !== null && text.length <= WIRE_CREDITS_MAX_CHARS && /^\p{Lu}/u.test(text.slice(credit[0].length)) && !/[.?!]$/u.test(text)) return true;
  return text.length <= BYLINE_MAX_CHARS && BYLINE.test(text) && /^\S+\s+\p{Lu}/u.test(text);
}

/** Month and weekday names in the languages news pages come in, from the platform's own locale data. */
const LOCALES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'da', 'nb', 'fi', 'cs', 'ro', 'hu', 'tr'];
function calendarWords(field: 'month' | 'weekday', count: number): Set<string> {
  const words: string[] = [];
  for (const locale of LOCALES) {
    for (let n = 0; n < count; n += 1) {
      const day = field === 'month' ? new Date(Date.UTC(2024, n, 1)) : new Date(Date.UTC(2024, 0, 1 + n));
      for (const style of ['long', 'short'] as const) words.push(new Intl.DateTimeFormat(locale, { [field]: style, timeZone: 'UTC' }).format(day));
    }
  }
  return new Set(words.map((word) => word.toLowerCase().replace(/\.$/, '')));
}
const MONTH_WORDS = calendarWords('month', 12);
const WEEKDAY_WORDS = calendarWords('weekday', 7);
/** Words around a date in a stamp: "Updated 12 Feb 2025, 9.40pm GMT", "Publié le 3 mars 2025 à 10h". */
const STAMP_WORDS = new Set([
  'updated', 'published', 'posted', 'last', 'modified', 'on', 'at', 'am', 'pm', 'a.m', 'p.m', 'gmt', 'utc', 'bst', 'cet', 'cest', 'est', 'edt', 'pst', 'pdt',
  'aktualisiert', 'veröffentlicht', 'um', 'uhr', 'stand', 'publié', 'le', 'à', 'mis', 'jour', 'publicado', 'actualizado', 'el', 'a', 'las', 'de', 'del',
  'pubblicato', 'aggiornato', 'il', 'alle', 'ore', 'gepubliceerd', 'bijgewerkt', 'op', 'om',
]);
const DATE_STAMP_MAX_WORDS = 12;
/** Twelve of the longest stamp words and what separates them: a longer block is prose, read no further. */
const DATE_STAMP_MAX_CHARS = 240;

/** "Updated 3 hours ago", "5 mins ago": a relative time stamp. */
const RELATIVE_STAMP = /^(?:(?:updated|published|posted)\s+)?\d+\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$/iu;

/** A block that only says when: a date or time and the words stamps put around them. */
function isDateStamp(text: string): boolean {
  if (text.length > DATE_STAMP_MAX_CHARS || !/\d/.test(text)) return false;
  if (RELATIVE_STAMP.test(text)) return true;
  // A time alone ("19:05", "9.40pm") heads a live blog's entry or a timetable's row; a stamp says more.
  if (CLOCK_TIME_ALONE.test(text)) return false;
  const words = text.toLowerCase().match(/[\p{L}\p{M}]+(?:\.[\p{L}\p{M}]+)*\.?|\d+/gu) ?? [];
  if (words.length === 0 || words.length > DATE_STAMP_MAX_WORDS) return false;
  if (/[^\p{L}\p{M}\d\s.,:;\/|–—()+-]/u.test(text)) return false;
  const stampWords = words.every((word) => {
    const bare = word.replace(/\.$/, '');
    return /^\d+$/.test(bare) || /^\d*(?:h|am|pm)$/.test(bare) || MONTH_WORDS.has(bare) || WEEKDAY_WORDS.has(bare) || STAMP_WORDS.has(bare);
  });
  return stampWords && datesIt(text, words);
}

/**
 * Something in a stamp's words that dates it: a numeric date or time, a year, a day beside a month, or a time beside a weekday.
 * A weekday and a number ("Monday. (1)") or a number in brackets alone does not: paragraphs are numbered so.
 */
function datesIt(text: string, words: readonly string[]): boolean {
  const unbracketed = text.replace(/\(\d+\)/gu, ' ');
  if (NUMERIC_DATE_OR_TIME.test(unbracketed)) return true;
  const has = (names: ReadonlySet<string>) => words.some((word) => names.has(word.replace(/\.$/, '')));
  // A time alone ("9am") heads a live blog's entries; with a weekday it dates a stamp.
  return (has(MONTH_WORDS) && DAY_OF_MONTH.test(unbracketed)) || (has(WEEKDAY_WORDS) && CLOCK_TIME.test(unbracketed));
}

/** "12/02/2025", "2025-02-12", "12.02.25", "9:40", "21.40 Uhr", a year. */
const NUMERIC_DATE_OR_TIME = /\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}[:.]\d{2}\b|\b(?:1[89]|20)\d{2}\b/u;
/** A line that is only a time of day: "19:05", "9.40pm", "21.30 Uhr". */
const CLOCK_TIME_ALONE = /^\d{1,2}[:.]\d{2}\s?(?:h|uhr|am|pm|a\.m\.|p\.m\.)?$/iu;
/** "9pm", "10 a.m.", "21h", "21 Uhr". */
const CLOCK_TIME = /\b\d{1,2}\s?(?:h|uhr|am|pm|a\.m\.|p\.m\.)(?!\p{L})/iu;
/** "12" in "12 Feb" or "Feb. 12,". */
const DAY_OF_MONTH = /(?<!\d)(?:0?[1-9]|[12]\d|3[01])(?!\d)/u;

interface Furniture {
  /** The blocks that may be the article: title and body. */
  kept: ArticleBlock[];
  removed: Removal[];
}

export function setAsideFurniture(blocks: readonly ArticleBlock[]): Furniture {
  const kept: ArticleBlock[] = [];
  const removed: Removal[] = [];
  const endMarks: EndMark[] = [];
  const furnitureAt: number[] = [];
  let previousButton = false;
  for (const block of blocks) {
    const rule = FURNITURE.find(({ matches }) => matches(block));
    if (rule !== undefined) {
      removed.push(removal(rule.reason, block));
      const line = block.html === undefined ? menuLine(block.text) : null;
      const button = line !== null && (rule.reason === 'boilerplate' || rule.reason === 'navigation') && !/\s/u.test(line);
      // One button ("Share", "Print") may be a subheading or sit inside the article; two in a row are a share bar.
      const shareBar = button && previousButton;
      if (PAGE_FURNITURE_REASONS.has(rule.reason) && (!button || shareBar)) furnitureAt.push(kept.length);
      const proseAbove = shareBar ? LINKS_MIN_PROSE_ABOVE : button ? null : endMarkProseShare(block, line, rule.reason);
      if (proseAbove !== null) endMarks.push({ at: kept.length, proseAbove });
      previousButton = button;
      continue;
    }
    previousButton = false;
    kept.push(block);
    // An image inside a kept block is reported on its own; the block's words stay.
    for (const image of block.images ?? []) removed.push({ reason: 'image', text: image, index: block.index });
  }
  const outside = furnitureOutsideArticle(kept);
  const proseChars = kept.map((block) => (isProse(block.text) ? block.text.length : 0));
  const end = Math.min(articleEnd(proseChars, endMarks), bodyEnd(kept, proseChars, furnitureAt, outside));
  for (const block of kept.slice(end)) if (!outside.has(block)) outside.set(block, 'after-article');
  for (const [block, reason] of outside) removed.push(removal(reason, block));
  return { kept: kept.filter((block) => !outside.has(block)), removed };
}

/**
 * What only a page around an article holds: its menus and links, comment
 * sections, share bars, cookie banner, copyright line. Advertising breaks,
 * credits, bylines, datelines and rules sit inside articles too.
 */
const PAGE_FURNITURE_REASONS: ReadonlySet<RemovedBlock['reason']> = new Set(['navigation', 'menu', 'boilerplate', 'cookie-notice', 'copyright']);

/** A line of furniture after which a scraped page's article may be over, and how much of the page's prose must be above it. */
interface EndMark {
  /** How many kept blocks are above it. */
  at: number;
  proseAbove: number;
}

/**
 * Whether a furniture line can end the article, and how much of the page's
 * prose must be above it for it to: a comment section's heading or form once
 * half is (the comments below read as prose, often more of it than the
 * article); a share bar or a line of the site's links ("Most read", "Privacy
 * Policy") only once four fifths are, as a page may put such a line inside
 * an article, though rarely that near its end; links made to sit inside
 * articles never end one, nor does one button ("Share", "Email": as often a
 * subheading). `line` is the block as a menu writes it (`menuLine`).
 */
function endMarkProseShare(block: ArticleBlock, line: string | null, reason: RemovedBlock['reason']): number | null {
  if (block.html !== undefined) return null;
  if (isCommentSection(block.text) || COMMENT_FORM_START.test(block.text)) return COMMENTS_MIN_PROSE_ABOVE;
  if (line === null || (reason !== 'boilerplate' && reason !== 'navigation')) return null;
  return LINKS_INSIDE_ARTICLES.test(line) ? null : LINKS_MIN_PROSE_ABOVE;
}

/**
 * Links a page puts inside an article or above it, which therefore never
 * end one: a box of "Read more" or "Related" links between paragraphs, a
 * newsletter sign-up, the article's own tools, the page's sign-in.
 */
const LINKS_INSIDE_ARTICLES = new RegExp(
  `^(?:${[
    // English
    'read (?:more|next|also)', 'related(?: (?:stories|coverage|content|topics|articles|posts))?', 'see also', 'more on this(?: story)?',
    'skip to (?:the )?(?:main )?content', 'skip navigation', 'toggle navigation', 'sign (?:in|up|out)', 'log ?in', 'log ?out', 'my account', 'subscribe(?: now| today)?',
    'sign up for [\\p{L} ]{1,40}', 'get (?:our|the) newsletter', 'listen to (?:this )?(?:article|story)', '\\d+ min(?:ute)?s? (?:read|listen)',
    'print (?:this )?(?:article|page)', 'save (?:this )?(?:article|story)', 'gift (?:this )?article', 'copy link', 'back to top',
    // German, French, Spanish, Italian, Dutch, Portuguese
    'lesen sie (?:auch|mehr)', 'mehr zum thema', 'auch interessant', 'schon gelesen', 'newsletter abonnieren', '(?:verwandte|ähnliche) (?:artikel|themen|beiträge)',
    'lire (?:aussi|la suite)', 'à lire (?:aussi|également)', 'articles? (?:liés|similaires)', "s'abonner", 'se connecter',
    'leer más', '(?:noticias|artículos|temas) relacionad[oa]s', 'suscríbete', 'iniciar sesión',
    'leggi anche', 'articoli correlati', 'lees ook', 'gerelateerde artikelen', 'leia também', 'artigos relacionados',
  ].join('|')})$`,
  'iu',
);

/**
 * Where a scraped page's article ends: at the first end mark with enough of
 * the page's prose (by characters) above it; what follows is comments,
 * teasers, author boxes and the site's footer, even where it reads as prose.
 */
function articleEnd(proseChars: readonly number[], endMarks: readonly EndMark[]): number {
  const total = proseChars.reduce((sum, chars) => sum + chars, 0);
  let above = 0;
  let counted = 0;
  for (const { at, proseAbove } of endMarks) {
    for (; counted < at; counted += 1) above += proseChars[counted] ?? 0;
    if (above > 0 && above >= proseAbove * total) return at;
  }
  return proseChars.length;
}

/**
 * Where a scraped page's article ends when no end mark says so: after the
 * article's body, the largest run of prose lines (runs are parted where at
 * least `BODY_GAP_LINES` lines without prose come between, furniture among
 * them; a list or a table inside an article has none), the page's own text
 * begins at the first furniture line below it — provided what lies below
 * holds under `TRAILING_PROSE_SHARE` of the page's prose: teasers, bios and
 * footers are short beside the article. Lines between the body and that
 * furniture line (a list of sources, a signature) stay; furniture here is
 * only the page's own (`PAGE_FURNITURE_REASONS`), never what articles hold.
 */
function bodyEnd(kept: readonly ArticleBlock[], proseChars: readonly number[], furnitureAt: readonly number[], outside: ReadonlyMap<ArticleBlock, RemovedBlock['reason']>): number {
  if (kept.some((block) => block.html !== undefined)) return kept.length;
  const total = proseChars.reduce((sum, chars) => sum + chars, 0);
  if (total === 0) return kept.length;
  // A removed line at `at` sat just above kept[at]; a kept line set aside above is furniture where it stands.
  const furniture = [...furnitureAt, ...kept.flatMap((block, i) => (PAGE_FURNITURE_REASONS.has(outside.get(block) ?? 'empty') ? [i] : []))].sort((a, b) => a - b);
  // Binary search: a page of alternating prose and furniture asks once per line.
  const firstFurnitureFrom = (from: number): number | undefined => {
    let low = 0;
    let high = furniture.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((furniture[middle] ?? Infinity) < from) low = middle + 1;
      else high = middle;
    }
    return furniture[low];
  };
  const runs: Array<{ end: number; chars: number }> = [];
  let linesWithoutProse = 0;
  let removedAt = 0;
  proseChars.forEach((chars, i) => {
    // The furniture lines removed above this one count among the lines without prose.
    for (; removedAt < furnitureAt.length && (furnitureAt[removedAt] ?? Infinity) <= i; removedAt += 1) linesWithoutProse += 1;
    if (chars === 0) {
      linesWithoutProse += 1;
      return;
    }
    const last = runs.at(-1);
    const furnitureAbove = last === undefined ? undefined : firstFurnitureFrom(last.end);
    if (last === undefined || (linesWithoutProse >= BODY_GAP_LINES && furnitureAbove !== undefined && furnitureAbove <= i)) runs.push({ end: i + 1, chars });
    else {
      last.end = i + 1;
      last.chars += chars;
    }
    linesWithoutProse = 0;
  });
  const body = runs.reduce((best, run) => (run.chars > best.chars ? run : best));
  const below = runs.slice(runs.indexOf(body) + 1).reduce((sum, run) => sum + run.chars, 0);
  if (below >= TRAILING_PROSE_SHARE * total) return kept.length;
  return firstFurnitureFrom(body.end) ?? kept.length;
}

/** Words a line of prose has at least, ending like a sentence: what a menu line never is. */
const PROSE_MIN_WORDS = 8;
/** Most words in a menu's line: "Local news", "Sport", "Business and money". */
const MENU_LINE_MAX_WORDS = 6;
/** Fewest such lines in a row to make a menu, a tag cloud or a list of links. */
const MENU_MIN_LINES = 3;

export const isProse = (text: string) => /[.!?:;…"'”’»)]$/u.test(text) && countWords(text, PROSE_MIN_WORDS) >= PROSE_MIN_WORDS;
/** A menu's line: a few words, not a sentence, no figures (a recipe's "390 kcal" or "2 eggs" is the article's). */
const isMenuLine = (text: string) => !/[.!?]$/u.test(text) && countWords(text, MENU_LINE_MAX_WORDS + 1) <= MENU_LINE_MAX_WORDS && !/\p{N}/u.test(text);

/** A line that lists something: a bullet, a dash between parts ("Hamlet – Paapa Essiedu"). */
const isListItem = (text: string) => /^[-•*–—]\s/u.test(text) || /\s[–—-]\s/u.test(text);

/**
 * In scraped text, what the site puts above and below the article, outside
 * its prose: single words of its menus ("Home", "Contact", "Sport") before
 * the first line of prose or after the last, and after the last, runs of
 * short lines (menus, tag clouds, lists of links) with one of the site's
 * words among them. Lines between the article's paragraphs stay, whatever
 * they are, and so do lists below it: one announced by a colon, bullets,
 * "Role – Name" lines, an address, a signature.
 */
function furnitureOutsideArticle(blocks: readonly ArticleBlock[]): Map<ArticleBlock, RemovedBlock['reason']> {
  const outside = new Map<ArticleBlock, RemovedBlock['reason']>();
  if (blocks.some((block) => block.html !== undefined)) return outside;
  const firstProse = blocks.findIndex((block) => isProse(block.text));
  if (firstProse === -1) return outside;
  const lastProse = blocks.findLastIndex((block) => isProse(block.text));
  blocks.forEach((block, i) => {
    // A one-word headline right above the prose ("Weather") is the article's title.
    const headline = i === 0 && firstProse === 1;
    if ((i < firstProse || i > lastProse) && !headline && isSiteWord(block.text)) outside.set(block, 'navigation');
  });
  if ((blocks[lastProse]?.text ?? '').endsWith(':')) return outside;
  let run: ArticleBlock[] = [];
  const closeRun = () => {
    // Every site word below the prose is already set aside as navigation above.
    if (run.length >= MENU_MIN_LINES && run.some((block) => outside.has(block))) {
      for (const block of run) outside.set(block, outside.get(block) ?? 'menu');
    }
    run = [];
  };
  for (const block of blocks.slice(lastProse + 1)) {
    if (isMenuLine(block.text) && !isListItem(block.text)) run.push(block);
    else closeRun();
  }
  closeRun();
  return outside;
}
