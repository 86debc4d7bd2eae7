// Stage 7b: who said each quotation. Two passes over the article:
// 1. a register of people: every name the article introduces with a role
//    ("U.S. Secretary of Defense Pete Hegseth", "Maria Lopez, the city's
//    transport director") or as the subject of a speech verb;
// 2. attribution: for each quotation, the speech clause that governs it —
//    right after it ("…,” Hegseth said), else the nearest before it in the
//    same sentence (Rutte said … that he “agrees”), else after it. Surnames
//    resolve to the full name registered; he/she to the nearest person named
//    before. Anything else is `null`: an unattributed quotation is never
//    given a guessed speaker.
import type { Quote, Speaker } from './schema.ts';
import { findQuoteSpans, opensWithQuote, quotationText, type QuoteSpan } from './quotes.ts';
import { sentenceRanges, tokenize, type Token } from './tokens.ts';
import {
  ADVERBS,
  CONNECTORS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  NON_PERSON_PRONOUNS,
  PRONOUNS,
  ROLE_QUALIFIERS,
  SPEECH_PARTICIPLES,
  SPEECH_VERBS,
  STOPWORDS,
  TITLE_WORDS,
} from './vocabulary.ts';

/** Longest run of tokens read as one name-and-role phrase. */
const MAX_PHRASE_TOKENS = 12;
const MAX_NAME_TOKENS = 5;
const MAX_ADVERBS = 3;

interface Paragraph {
  text: string;
  spans: QuoteSpan[];
  tokens: Token[];
  sentences: Array<[number, number]>;
  /** Every longest name-and-role phrase, found once: "Pete" in "Pete Hegseth" is not one of its own. */
  names: NamePhrase[];
}

/** A run of tokens split into role and name: "UK Defense Secretary" + "John Healey". */
interface NamePhrase {
  start: number;
  end: number;
  name: string;
  role: string | null;
}

type Subject =
  | { kind: 'name'; name: string }
  | { kind: 'pronoun'; at: number }
  | { kind: 'nobody' };

interface Attribution {
  /** Token index where the clause starts (the subject, or the verb when inverted). */
  start: number;
  verb: number;
  subject: Subject;
}

export interface QuotesAndSpeakers {
  quotes: Quote[];
  speakers: Speaker[];
}

export function attributeQuotes(paragraphTexts: readonly string[]): QuotesAndSpeakers {
  const paragraphs = paragraphTexts.map(parseParagraph);
  const people = new PeopleRegister();
  for (const paragraph of paragraphs) registerPeople(paragraph, people);

  const quotes: Quote[] = [];
  let lastPerson: string | null = null;
  /** A quotation left open at a paragraph's end, continued by the next paragraph. */
  let continuing: Quote | null = null;

  paragraphs.forEach((paragraph, index) => {
    const personBefore = peopleBeforeEachToken(paragraph, people, lastPerson);
    lastPerson = personBefore.at(-1) ?? lastPerson;
    let previousSpeaker: string | null = null;

    paragraph.spans.forEach((span, spanIndex) => {
      const tokenIndex = paragraph.tokens.findIndex((t) => t.kind === 'quote' && t.quote === spanIndex);
      const sentence = paragraph.sentences.find(([start, end]) => tokenIndex >= start && tokenIndex < end) ?? [tokenIndex, tokenIndex + 1];
      const found = speakerForQuote(paragraph, sentence, tokenIndex, people, personBefore);
      const continues = continuing !== null && spanIndex === 0 && span.start === 0;
      if (continues && continuing !== null) {
        continuing.text = `${continuing.text} ${quotationText(span.text)}`;
        if (continuing.speaker === null) continuing.speaker = found;
      } else {
        const standalone = isStandaloneQuote(paragraph, sentence, tokenIndex);
        const speaker = found ?? (standalone ? previousSpeaker : null);
        quotes.push({ text: quotationText(span.text), speaker, paragraph: index });
      }
      const current = continues ? continuing : (quotes.at(-1) ?? null);
      previousSpeaker = current?.speaker ?? null;
      const next = paragraphTexts[index + 1];
      const isLast = spanIndex === paragraph.spans.length - 1;
      continuing = isLast && !span.closed && next !== undefined && opensWithQuote(next) ? current : null;
    });
    if (paragraph.spans.length === 0) continuing = null;
  });

  const speakerNames = [...new Set(quotes.map((q) => q.speaker).filter((s): s is string => s !== null))];
  const speakers = speakerNames.map((name) => ({ name, role: people.roleOf(name) }));
  return { quotes, speakers };
}

function parseParagraph(text: string): Paragraph {
  const spans = findQuoteSpans(text);
  const tokens = tokenize(text, spans);
  const paragraph: Paragraph = { text, spans, tokens, sentences: sentenceRanges(tokens), names: [] };
  tokens.forEach((token, i) => {
    if (!isCapitalisedName(token) || isCapitalisedName(tokens[i + 1])) return;
    const phrase = namePhraseEndingAt(paragraph, i);
    if (phrase !== null) paragraph.names.push(phrase);
  });
  return paragraph;
}

/** Everyone the article names with a role or as a speaker, with the first role given. */
class PeopleRegister {
  private readonly roles = new Map<string, string | null>();
  private readonly bySurname = new Map<string, Set<string>>();

  add(name: string, role: string | null): void {
    const known = this.roles.get(name);
    if (known === undefined || (known === null && role !== null)) this.roles.set(name, role);
    const parts = name.split(' ');
    if (parts.length < 2) return;
    const surname = surnameOf(parts);
    const names = this.bySurname.get(surname) ?? new Set<string>();
    names.add(name);
    this.bySurname.set(surname, names);
  }

  /** The full name for a name as written: "Hegseth" → "Pete Hegseth" when exactly one person has that surname. */
  resolve(name: string): string {
    if (name.includes(' ')) return name;
    const candidates = this.bySurname.get(name);
    return candidates !== undefined && candidates.size === 1 ? [...candidates][0] ?? name : name;
  }

  isPerson(name: string): boolean {
    return this.roles.has(this.resolve(name));
  }

  roleOf(name: string): string | null {
    return this.roles.get(name) ?? null;
  }
}

function surnameOf(parts: readonly string[]): string {
  const meaningful = parts.filter((p) => !NAME_SUFFIXES.has(p.toLowerCase()));
  return meaningful.at(-1) ?? parts.at(-1) ?? '';
}

function registerPeople(paragraph: Paragraph, people: PeopleRegister): void {
  for (const phrase of paragraph.names) {
    const spoke = attributionVerbNear(paragraph.tokens, phrase);
    const appositive = appositiveRole(paragraph, phrase.end);
    if (phrase.role !== null || spoke || appositive !== null) {
      const role = phrase.role ?? appositive;
      // A lone capitalised word is usually a place; it is a person only as a speaker ("Smith said").
      if (phrase.name.includes(' ') || spoke) people.add(phrase.name, role);
    }
  }
}

/** Is a speech verb right after the phrase ("Hegseth said") or right before it ("said Maria Lopez")? */
function attributionVerbNear(tokens: readonly Token[], phrase: NamePhrase): boolean {
  let after = phrase.end;
  let adverbs = 0;
  while (after < tokens.length && adverbs < MAX_ADVERBS && ADVERBS.has(lower(tokens[after]))) {
    after += 1;
    adverbs += 1;
  }
  const before = tokens[phrase.start - 1];
  return SPEECH_VERBS.has(lower(tokens[after])) || (before !== undefined && SPEECH_VERBS.has(lower(before)));
}

/** ", the city’s transport director," after a name: a role when it contains a title word. */
function appositiveRole(paragraph: Paragraph, after: number): string | null {
  const { tokens, text } = paragraph;
  if (tokens[after]?.text !== ',') return null;
  let end = after + 1;
  while (end < tokens.length && end - after <= MAX_PHRASE_TOKENS) {
    const token = tokens[end];
    if (token === undefined || token.kind === 'quote' || [',', '.', ';', ':', '!', '?', '—', '–'].includes(token.text)) break;
    end += 1;
  }
  const words = tokens.slice(after + 1, end);
  const first = words[0];
  if (first === undefined || first.kind !== 'word' || /^\p{Lu}/u.test(first.text) && !['The', 'A', 'An'].includes(first.text)) return null;
  if (!words.some((t) => TITLE_WORDS.has(t.text.toLowerCase()))) return null;
  const last = words.at(-1) ?? first;
  return text.slice(first.start, last.end);
}

/**
 * The name-and-role phrase that ends at token `last`, read backwards:
 * capitalised words, initials, role words and the connectors between them.
 */
function namePhraseEndingAt(paragraph: Paragraph, last: number): NamePhrase | null {
  const { tokens } = paragraph;
  const lastToken = tokens[last];
  if (!isCapitalisedName(lastToken)) return null;
  let first = last;
  while (first > 0 && last - first < MAX_PHRASE_TOKENS) {
    const candidate = tokens[first - 1];
    if (candidate === undefined || candidate.kind !== 'word') break;
    const word = candidate.text.toLowerCase();
    const joins = CONNECTORS.has(word) || NAME_PARTICLES.has(word);
    if (!(isPhraseWord(candidate) || (joins && isPhraseWord(tokens[first - 2])))) break;
    first -= 1;
  }
  // One lower-case word may qualify a lower-case title when nothing else precedes it: "said union leader Tom Hale".
  const qualifier = tokens[first - 1];
  const beforeQualifier = tokens[first - 2];
  if (
    qualifier?.kind === 'word' &&
    /^\p{Ll}/u.test(qualifier.text) &&
    TITLE_WORDS.has(lower(tokens[first])) &&
    !isFunctionWord(qualifier) &&
    (beforeQualifier === undefined || beforeQualifier.kind !== 'word' || isFunctionWord(beforeQualifier))
  ) {
    first -= 1;
  }
  return splitNamePhrase(paragraph, first, last + 1);
}

/** Splits tokens [start, end) into the role before and the name at the end. */
function splitNamePhrase(paragraph: Paragraph, start: number, end: number): NamePhrase | null {
  const { tokens, text } = paragraph;
  let nameStart = end;
  let nameWords = 0;
  while (nameStart > start && nameWords < MAX_NAME_TOKENS) {
    const token = tokens[nameStart - 1];
    if (token === undefined) break;
    const word = token.text.toLowerCase();
    const particle = NAME_PARTICLES.has(word) && nameStart - 1 > start;
    if (!(isCapitalisedName(token) || particle)) break;
    nameStart -= 1;
    nameWords += 1;
  }
  // A name never opens with a particle or connector.
  while (nameStart < end && !isCapitalisedName(tokens[nameStart])) nameStart += 1;
  if (nameStart >= end) return null;
  const nameFirst = tokens[nameStart];
  const nameLast = tokens[end - 1];
  if (nameFirst === undefined || nameLast === undefined) return null;

  let roleStart = start;
  // A role never opens with "the", "and", "of": "And NATO Secretary General" → "NATO Secretary General".
  while (roleStart < nameStart && isFunctionWord(tokens[roleStart])) roleStart += 1;
  const roleTokens = tokens.slice(roleStart, nameStart);
  const hasTitle = roleTokens.some((t) => TITLE_WORDS.has(t.text.toLowerCase()));
  const roleFirst = roleTokens[0];
  const roleLast = roleTokens.at(-1);
  const role =
    hasTitle && roleFirst !== undefined && roleLast !== undefined ? text.slice(roleFirst.start, roleLast.end) : null;
  return { start: role === null ? nameStart : roleStart, end, name: text.slice(nameFirst.start, nameLast.end), role };
}

function speakerForQuote(
  paragraph: Paragraph,
  sentence: [number, number],
  quoteToken: number,
  people: PeopleRegister,
  personBefore: readonly (string | null)[],
): string | null {
  const attributions = findAttributions(paragraph, sentence, people);
  const commaAfter = paragraph.tokens[quoteToken + 1]?.text === ',' ? 1 : 0;
  const chosen =
    attributions.find((a) => a.start === quoteToken + 1 + commaAfter) ??
    attributions.filter((a) => a.verb < quoteToken).at(-1) ??
    attributions.find((a) => a.start > quoteToken);
  if (chosen === undefined) return null;
  switch (chosen.subject.kind) {
    case 'name':
      return people.resolve(chosen.subject.name);
    case 'pronoun':
      return personBefore[chosen.subject.at] ?? null;
    case 'nobody':
      return null;
  }
}

/** Every speech clause in the sentence [start, end), with its subject. */
function findAttributions(paragraph: Paragraph, [start, end]: [number, number], people: PeopleRegister): Attribution[] {
  const { tokens } = paragraph;
  const found: Attribution[] = [];
  for (let verb = start; verb < end; verb += 1) {
    const word = lower(tokens[verb]);
    if (SPEECH_VERBS.has(word)) {
      const subject = subjectBefore(paragraph, verb, start) ?? subjectAfter(paragraph, verb, end);
      if (subject !== null) found.push({ start: subject.start, verb, subject: subject.subject });
    } else if (SPEECH_PARTICIPLES.has(word) || (word === 'according' && lower(tokens[verb + 1]) === 'to')) {
      const subject =
        word === 'according' ? subjectAfter(paragraph, verb + 1, end) : sentenceSubject(paragraph, start, verb, people);
      if (subject !== null) found.push({ start: verb, verb, subject: subject.subject });
    }
  }
  return found;
}

/** "Hegseth also said", "he said", "Maria Lopez, the city’s transport director, said". */
function subjectBefore(paragraph: Paragraph, verb: number, floor: number): { start: number; subject: Subject } | null {
  const { tokens } = paragraph;
  let at = verb - 1;
  let adverbs = 0;
  while (at >= floor && adverbs < MAX_ADVERBS && ADVERBS.has(lower(tokens[at]))) {
    at -= 1;
    adverbs += 1;
  }
  // Skip an appositive: "Lopez, the city’s transport director, said".
  if (tokens[at]?.text === ',') {
    let open = at - 1;
    while (open > floor && verb - open <= MAX_PHRASE_TOKENS && tokens[open]?.text !== ',' && tokens[open]?.kind === 'word') open -= 1;
    if (tokens[open]?.text === ',' && open > floor) at = open - 1;
    else return null;
  }
  if (at < floor) return null;
  const token = tokens[at];
  if (token === undefined || token.kind !== 'word') return null;
  const word = token.text.toLowerCase();
  if (PRONOUNS.has(word)) return { start: at, subject: { kind: 'pronoun', at } };
  if (NON_PERSON_PRONOUNS.has(word)) return { start: at, subject: { kind: 'nobody' } };
  const phrase = namePhraseEndingAt(paragraph, at);
  if (phrase !== null && phrase.start >= floor) return { start: phrase.start, subject: { kind: 'name', name: phrase.name } };
  // "the spokesman said", "officials said": an attribution, but to nobody we can name.
  if (/^\p{Ll}/u.test(token.text)) return { start: at, subject: { kind: 'nobody' } };
  return null;
}

/** "said Maria Lopez", "said the spokesman", "according to Reuters". */
function subjectAfter(paragraph: Paragraph, verb: number, ceiling: number): { start: number; subject: Subject } | null {
  const { tokens } = paragraph;
  const first = verb + 1;
  const token = tokens[first];
  if (first >= ceiling || token === undefined || token.kind !== 'word') return null;
  const word = token.text.toLowerCase();
  if (PRONOUNS.has(word)) return { start: verb, subject: { kind: 'pronoun', at: first } };
  if (NON_PERSON_PRONOUNS.has(word) || STOPWORDS.has(word)) return { start: verb, subject: { kind: 'nobody' } };
  let last = first;
  while (last + 1 < ceiling && (isPhraseWord(tokens[last + 1]) || NAME_PARTICLES.has(lower(tokens[last + 1])) || CONNECTORS.has(lower(tokens[last + 1]))) && last - first < MAX_PHRASE_TOKENS) last += 1;
  while (last > first && !isCapitalisedName(tokens[last])) last -= 1;
  const phrase = namePhraseEndingAt(paragraph, last);
  if (phrase === null || phrase.start < first) return { start: verb, subject: { kind: 'nobody' } };
  return { start: verb, subject: { kind: 'name', name: phrase.name } };
}

/** For a participle ("…, saying"): the sentence's first person or pronoun before it. */
function sentenceSubject(paragraph: Paragraph, start: number, verb: number, people: PeopleRegister): { start: number; subject: Subject } | null {
  const { tokens } = paragraph;
  for (let i = start; i < verb; i += 1) {
    const token = tokens[i];
    if (token === undefined || token.kind !== 'word') continue;
    if (PRONOUNS.has(token.text.toLowerCase())) return { start: i, subject: { kind: 'pronoun', at: i } };
    const phrase = namePhraseEndingAt(paragraph, i);
    if (phrase !== null && !isCapitalisedName(tokens[i + 1]) && people.isPerson(phrase.name)) {
      return { start: phrase.start, subject: { kind: 'name', name: phrase.name } };
    }
  }
  return null;
}

/**
 * For each token, the last person named before it (carrying on from earlier
 * paragraphs); the final entry is the last person named in the paragraph.
 * Words inside quotations do not count: they are the speaker's, not the narrator's.
 */
function peopleBeforeEachToken(paragraph: Paragraph, people: PeopleRegister, carried: string | null): Array<string | null> {
  const result: Array<string | null> = [];
  let last = carried;
  let next = 0;
  for (let i = 0; i < paragraph.tokens.length; i += 1) {
    result.push(last);
    const phrase = paragraph.names[next];
    if (phrase?.end === i + 1) {
      next += 1;
      if (people.isPerson(phrase.name)) last = people.resolve(phrase.name);
    }
  }
  result.push(last);
  return result;
}

/** A quotation that is a whole sentence on its own, with no clause around it. */
function isStandaloneQuote(paragraph: Paragraph, [start, end]: [number, number], quoteToken: number): boolean {
  return paragraph.tokens.slice(start, end).every((t, i) => start + i === quoteToken || t.kind === 'punct');
}

/** Words that cannot be part of a role: articles, prepositions, pronouns, speech verbs. */
function isFunctionWord(token: Token | undefined): boolean {
  const word = token?.text.toLowerCase() ?? '';
  return STOPWORDS.has(word) || CONNECTORS.has(word) || SPEECH_VERBS.has(word) || PRONOUNS.has(word);
}

function lower(token: Token | undefined): string {
  return token?.kind === 'word' ? token.text.toLowerCase() : '';
}

function isCapitalised(token: Token | undefined): boolean {
  if (token?.kind !== 'word') return false;
  // Faster than /^\p{Lu}/u, and this runs for every word of every paragraph.
  const first = token.text.charAt(0);
  return first !== first.toLowerCase();
}

function isAcronym(token: Token | undefined): boolean {
  return token?.kind === 'word' && /^(?:\p{Lu}\.?){2,}$|^\p{Lu}(?:\.\p{Lu})+\.?$/u.test(token.text);
}

function isRoleWord(token: Token | undefined): boolean {
  if (token?.kind !== 'word') return false;
  const word = token.text.toLowerCase();
  return TITLE_WORDS.has(word) || ROLE_QUALIFIERS.has(word);
}

/** A word that can be part of a person's name: capitalised, not a role word, acronym or stopword. */
function isCapitalisedName(token: Token | undefined): boolean {
  if (!isCapitalised(token) || token === undefined) return false;
  const word = token.text.toLowerCase();
  if (STOPWORDS.has(word) || isRoleWord(token) || SPEECH_VERBS.has(word)) return false;
  if (isAcronym(token) && !/^\p{Lu}\.$/u.test(token.text)) return false;
  return !/[’']s$/u.test(token.text);
}

/** A word that can be part of a role-and-name phrase. */
function isPhraseWord(token: Token | undefined): boolean {
  if (token?.kind !== 'word') return false;
  return isCapitalised(token) ? !STOPWORDS.has(token.text.toLowerCase()) : isRoleWord(token);
}
