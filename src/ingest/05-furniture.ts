// Stage 5: page furniture scrapers pick up with the article: blank rules,
// comment forms, share widgets, the line of hashtags. Only a block that is
// *entirely* furniture goes: a sentence mentioning "Leave a Reply" stays.
import { removal, type ArticleBlock, type Removal } from './04-blocks.ts';
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
 * come in. Whole lines only: "Read more about the budget" is a sentence and stays.
 */
const NAVIGATION_PATTERNS: readonly RegExp[] = [
  /^(?:privacy(?: policy| notice| settings| centre| center)?|terms(?: of (?:use|service))?|terms (?:and|&) conditions|cookie (?:policy|settings|preferences)|manage cookies|do not sell(?: or share)? my (?:personal )?info(?:rmation)?|accessibility(?: statement)?|contact(?: us)?|about(?: us)?|site ?map|help|faq|careers|jobs|advertise(?: with us)?|imprint|impressum|datenschutz(?:erklärung)?|kontakt|agb|mentions légales|politique de confidentialité|aviso legal|política de privacidad|privacy|informativa privacy)$/iu,
  /^(?:subscribe(?: now| today| for \S+)?|sign (?:in|up|out)|log ?in|log ?out|register|my account|newsletters?|sign up(?: for (?:our|the) newsletter)?|get (?:our|the) newsletter|abonnieren|anmelden|abmelden|registrieren|s'abonner|se connecter|suscríbete|iniciar sesión|abbonati|accedi)$/iu,
  /^(?:read more|read next|more stories|more news|most (?:popular|read|viewed|shared|commented)|trending(?: now| stories)?|recommended(?: for you| stories)?|you (?:may|might) also like|related(?: stories| coverage| content| topics| articles| posts)?|top stories|latest(?: news| stories| articles)?|editor'?s picks|skip to (?:main )?content|back to top|(?:more )?about the author|follow us|stay informed|tags?|topics|categories)$/iu,
  /^(?:weiterlesen|mehr zum thema|meist ?gelesen(?:e artikel)?|am meisten gelesen|ähnliche (?:beiträge|artikel)|das könnte (?:sie|dich) auch interessieren|auch interessant|neueste (?:beiträge|artikel|kommentare)|letzte kommentare|verwandte (?:artikel|themen|beiträge)|weitere (?:artikel|themen|beiträge|informationen)|weiterführende informationen|lesen sie auch|schon gelesen|zurück(?: zur (?:übersicht|startseite))?|startseite|aktuelle (?:news|nachrichten|ausgabe)|über den autor|folgen? (?:sie )?uns|informiert bleiben|themen|kategorien|schlagwörter)$/iu,
  /^(?:lire aussi|lire la suite|à lire (?:aussi|également)|articles? (?:liés|similaires)|les plus lus|leer más|lo más leído|artículos relacionados|temas relacionados|noticias relacionadas|leggi anche|articoli correlati|i più letti|lees ook|gerelateerde artikelen|leia também|artigos relacionados|mais lidas)$/iu,
  /^(?:listen to (?:this )?(?:article|story)|\d+ min(?:ute)?s? (?:read|listen)|print (?:this )?(?:article|page)|save (?:this )?(?:article|story)|gift (?:this )?article|follow (?:us )?on (?:twitter|x|facebook|instagram|linkedin|threads|bluesky)|share on (?:facebook|x|twitter|linkedin|whatsapp|email|reddit)|sign up for (?:our|the) [\p{L} ]{1,40}newsletters?|get (?:the|our) (?:latest|free) [\p{L} ]{1,40}|our standards: the thomson reuters trust principles)$/iu,
  /^(?:copy link|copy|share (?:this )?(?:article|story|page)|teilen(?: sie dies mit| mit)?|(?:diesen )?(?:artikel|beitrag) teilen|gefällt mir|url zum kopieren|partager(?: cet article)?|compartir|condividi|delen|compartilhar|x|Δ|menu|menü|search|suche|home|close|open)$/iu,
];
/** A comment section's heading and form, in the languages news pages come in. */
const COMMENT_SECTION = /^(?:\d+ (?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties)|(?:no )?comments|kommentare|schreibe einen kommentar|kommentar (?:verfassen|schreiben)|kommentieren|hinterlassen sie (?:eine antwort|einen kommentar)|antwort hinterlassen|laisser un commentaire|deja un comentario|lascia un commento)$/iu;

/** A line as a menu writes it, its trailing colon, ellipsis or asterisk aside: "Teilen mit:", "Lesen Sie auch …". */
function bareLine(text: string): string {
  return text.replace(/[\s:….*!?]+$/u, '');
}
/** "© 2025 The Harbour Times", "All rights reserved.", "Copyright 2025 …": the page's copyright line. */
const COPYRIGHT = /^(?:©|\(c\)\s|copyright)|all rights reserved\.?$|alle rechte vorbehalten\.?$|tous droits réservés\.?$|todos los derechos reservados\.?$/iu;
const COPYRIGHT_MAX_CHARS = 200;
const ADVERTISEMENT = /^(?:advertisement|advertising|sponsored(?: content)?|paid content|anzeige|werbung|publicité|publicidad|pubblicità|ad)$/iu;
/** "Photo: Reuters", "Photograph: Jo Park/Getty Images", "(AP Photo/Jo Park)": a picture's credit on its own line. */
const CREDIT = /^\(?(?:image (?:source|caption),|(?:photo|photograph|image|picture|foto|bild|credit|illustration)s?(?: by)?\s*[:/]|(?:ap|afp|reuters|getty images|epa|dpa|shutterstock)(?: photo)?\s*\/|photo(?:graph)? (?:by|courtesy|credit))/iu;
const CREDIT_MAX_CHARS = 160;
/** "We use cookies to …", "This website uses cookies …": a consent banner copied with the page. */
const COOKIE_NOTICE = /^(?:we (?:and our partners )?use cookies|this (?:web)?site uses cookies|by (?:using|continuing to use|clicking)[^.]{0,80}cookies|wir verwenden cookies|diese website verwendet cookies|nous utilisons des cookies|ce site utilise des cookies|utilizamos cookies)/iu;
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
  { reason: 'navigation', matches: (block) => block.html === undefined && NAVIGATION_PATTERNS.some((pattern) => pattern.test(bareLine(block.text))) },
  { reason: 'boilerplate', matches: (block) => block.html === undefined && COMMENT_SECTION.test(bareLine(block.text)) },
  { reason: 'copyright', matches: (block) => block.text.length <= COPYRIGHT_MAX_CHARS && COPYRIGHT.test(block.text) },
  { reason: 'advertisement', matches: (block) => ADVERTISEMENT.test(block.text) },
  { reason: 'credit', matches: (block) => block.text.length <= CREDIT_MAX_CHARS && CREDIT.test(block.text) },
  { reason: 'cookie-notice', matches: (block) => block.text.length <= COOKIE_NOTICE_MAX_CHARS && COOKIE_NOTICE.test(block.text) },
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
const WIRE_CREDITS = /^(?:additional )?(?:reporting|writing|editing) by \p{Lu}[^.]{0,200}$/iu;

function isByline(text: string): boolean {
  if (text.length <= BYLINE_MAX_CHARS * 2 && WIRE_CREDITS.test(text)) return true;
  return text.length <= BYLINE_MAX_CHARS && BYLINE.test(text) && /^\S+\s+\p{Lu}/u.test(text);
}

/** Month and weekday names in the languages news pages come in, from the platform's own locale data. */
const CALENDAR_WORDS = new Set(
  ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'da', 'nb', 'fi', 'cs', 'ro', 'hu', 'tr'].flatMap((locale) => {
    const words: string[] = [];
    for (let month = 0; month < 12; month += 1) {
      const day = new Date(Date.UTC(2024, month, 1));
      for (const style of ['long', 'short'] as const) words.push(new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' }).format(day));
    }
    for (let weekday = 0; weekday < 7; weekday += 1) {
      const day = new Date(Date.UTC(2024, 0, 1 + weekday));
      for (const style of ['long', 'short'] as const) words.push(new Intl.DateTimeFormat(locale, { weekday: style, timeZone: 'UTC' }).format(day));
    }
    return words.map((word) => word.toLowerCase().replace(/\.$/, ''));
  }),
);
/** Words around a date in a stamp: "Updated 12 Feb 2025, 9.40pm GMT", "Publié le 3 mars 2025 à 10h". */
const STAMP_WORDS = new Set([
  'updated', 'published', 'posted', 'last', 'modified', 'on', 'at', 'am', 'pm', 'a.m', 'p.m', 'gmt', 'utc', 'bst', 'cet', 'cest', 'est', 'edt', 'pst', 'pdt',
  'aktualisiert', 'veröffentlicht', 'um', 'uhr', 'stand', 'publié', 'le', 'à', 'mis', 'jour', 'publicado', 'actualizado', 'el', 'a', 'las', 'de', 'del',
  'pubblicato', 'aggiornato', 'il', 'alle', 'ore', 'gepubliceerd', 'bijgewerkt', 'op', 'om',
]);
const DATE_STAMP_MAX_WORDS = 12;

/** A block that only says when: a date or time and the words stamps put around them. */
/** "Updated 3 hours ago", "5 mins ago": a relative time stamp. */
const RELATIVE_STAMP = /^(?:(?:updated|published|posted)\s+)?\d+\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$/iu;

function isDateStamp(text: string): boolean {
  if (!/\d/.test(text)) return false;
  if (RELATIVE_STAMP.test(text)) return true;
  const words = text.toLowerCase().match(/[\p{L}\p{M}]+(?:\.[\p{L}\p{M}]+)*\.?|\d+/gu) ?? [];
  if (words.length === 0 || words.length > DATE_STAMP_MAX_WORDS) return false;
  if (/[^\p{L}\p{M}\d\s.,:;\/|–—()+-]/u.test(text)) return false;
  return words.every((word) => {
    const bare = word.replace(/\.$/, '');
    return /^\d+$/.test(bare) || /^\d*(?:h|am|pm)$/.test(bare) || CALENDAR_WORDS.has(bare) || STAMP_WORDS.has(bare);
  });
}

interface Furniture {
  /** The blocks that may be the article: title and body. */
  kept: ArticleBlock[];
  removed: Removal[];
}

export function setAsideFurniture(blocks: readonly ArticleBlock[]): Furniture {
  const kept: ArticleBlock[] = [];
  const removed: Removal[] = [];
  for (const block of blocks) {
    const rule = FURNITURE.find(({ matches }) => matches(block));
    if (rule !== undefined) {
      removed.push(removal(rule.reason, block));
      continue;
    }
    kept.push(block);
    // An image inside a kept block is reported on its own; the block's words stay.
    for (const image of block.images ?? []) removed.push({ reason: 'image', text: image, index: block.index });
  }
  const menus = menusAfterArticle(kept);
  for (const block of menus) removed.push(removal('menu', block));
  return { kept: kept.filter((block) => !menus.has(block)), removed };
}

/** Words a line of prose has at least, ending like a sentence: what a menu line never is. */
const PROSE_MIN_WORDS = 8;
/** Most words in a menu's line: "Local news", "Sport", "Business and money". */
const MENU_LINE_MAX_WORDS = 6;
/** Fewest such lines in a row to make a menu, a tag cloud or a list of links. */
const MENU_MIN_LINES = 3;

const isProse = (text: string) => countWords(text) >= PROSE_MIN_WORDS && /[.!?:;…"'”’»)]$/u.test(text);
/** A menu's line: a few words, not a sentence, no figures (a recipe's "390 kcal" or "2 eggs" is the article's). */
const isMenuLine = (text: string) => countWords(text) <= MENU_LINE_MAX_WORDS && !/[.!?]$/u.test(text) && !/\p{N}/u.test(text);

/**
 * In scraped text, the runs of short lines after the article's last line of
 * prose: the site's menus, tag clouds and lists of links a reader copying
 * the page gets below the article. Lines between the article's paragraphs
 * stay, whatever they are (subheadings, lists).
 */
function menusAfterArticle(blocks: readonly ArticleBlock[]): Set<ArticleBlock> {
  const menus = new Set<ArticleBlock>();
  if (blocks.some((block) => block.html !== undefined)) return menus;
  let lastProse = -1;
  blocks.forEach((block, i) => {
    if (isProse(block.text)) lastProse = i;
  });
  if (lastProse === -1) return menus;
  let run: ArticleBlock[] = [];
  const closeRun = () => {
    if (run.length >= MENU_MIN_LINES) for (const block of run) menus.add(block);
    run = [];
  };
  for (const block of blocks.slice(lastProse + 1)) {
    if (isMenuLine(block.text)) run.push(block);
    else closeRun();
  }
  closeRun();
  return menus;
}
