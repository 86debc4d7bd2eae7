// Recognising people: name-and-role phrases ("U.S. Secretary of Defense Pete
// Hegseth", "Maria Lopez, the city’s transport director") and the register of
// everyone an article introduces with a role or as a speaker. Rule-based, on `vocabulary.ts`.
import type { QuoteSpan } from './09-quotes.ts';
import { MAX_ADVERBS, MAX_NAME_TOKENS, MAX_PHRASE_TOKENS } from './limits.ts';
import { sentenceRanges, tokenize, type Token } from './tokens.ts';
import {
  ADVERBS,
  CONNECTORS,
  FEMININE_WORDS,
  HONORIFICS,
  MASCULINE_WORDS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  NOT_NAMES,
  ORGANISATION_WORDS,
  PERSON_NOUNS,
  SPEAKING_BODIES,
  PRONOUNS,
  ROLE_QUALIFIERS,
  SPEECH_VERBS,
  STOPWORDS,
  SUBJECT_FIRST_VERBS,
  TITLE_WORDS,
} from './vocabulary.ts';

export interface Paragraph {
  text: string;
  spans: readonly QuoteSpan[];
  tokens: Token[];
  sentences: Array<[number, number]>;
  /** Every longest name-and-role phrase, found once ("Pete" in "Pete Hegseth" is not one of its own), in the order they end. */
  names: NamePhrase[];
}

/** A run of tokens split into role and name: "UK Defense Secretary" + "John Healey". */
interface NamePhrase {
  start: number;
  end: number;
  name: string;
  role: string | null;
}

export function parseParagraph(text: string, spans: readonly QuoteSpan[]): Paragraph {
  const tokens = tokenize(text, spans);
  const paragraph: Paragraph = { text, spans, tokens, sentences: sentenceRanges(tokens), names: [] };
  tokens.forEach((token, i) => {
    const surname = isCapitalisedName(token) || (isCapitalised(token) && HONORIFICS.has(lower(tokens[i - 1])));
    if (!surname || isCapitalisedName(tokens[i + 1])) return;
    const phrase = namePhraseEndingAt(paragraph, i);
    if (phrase !== null) paragraph.names.push(phrase);
  });
  return paragraph;
}

type Gender = 'feminine' | 'masculine' | 'unknown';

/** Everyone the article names with a role or as a speaker, with the first role given, and what it says of their gender. */
export class PeopleRegister {
  private readonly roles = new Map<string, string | null>();
  private readonly bySurname = new Map<string, Set<string>>();
  private readonly genders = new Map<string, Gender>();

  /** What the article says of a person's gender; evidence both ways leaves it unknown. */
  addGender(name: string, gender: Gender): void {
    const full = this.resolve(name);
    const known = this.genders.get(full);
    this.genders.set(full, known === undefined || known === gender ? gender : 'unknown');
  }

  /** Whether he or she can refer to the person: yes unless the article says otherwise. */
  fits(name: string, pronoun: string): boolean {
    const gender = this.genders.get(name);
    if (gender === undefined || gender === 'unknown') return true;
    return gender === (pronoun === 'she' ? 'feminine' : 'masculine');
  }

  add(name: string, role: string | null): void {
    const known = this.roles.get(name);
    if (known === undefined || (known === null && role !== null)) this.roles.set(name, role);
    if (!name.includes(' ')) return;
    const surname = surnameOf(name);
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

/** The surname of a full name: its last word that is not a suffix ("Robert F. Kennedy Jr." → "Kennedy"). */
export function surnameOf(name: string): string {
  const parts = name.split(' ');
  const meaningful = parts.filter((p) => !NAME_SUFFIXES.has(p.toLowerCase()));
  return meaningful.at(-1) ?? parts.at(-1) ?? '';
}

/** The register of the article's people: every name given with a role, or as the subject of a speech verb. */
export function registerPeople(paragraphs: readonly Paragraph[]): PeopleRegister {
  const people = new PeopleRegister();
  for (const paragraph of paragraphs) {
    for (const phrase of paragraph.names) {
      // "Northsea Lines said": an organisation's name, unless a title makes it a person's ("Sen. …").
      const organisation = organisationEndingAt(paragraph, phrase.end - 1);
      if (organisation !== null && phrase.role === null && organisation.start <= phrase.start && !HONORIFICS.has(lower(paragraph.tokens[phrase.start - 1]))) continue;
      const spoke = attributionVerbNear(paragraph.tokens, phrase);
      const appositive = appositiveRole(paragraph, phrase.end);
      if (phrase.role !== null || spoke || appositive !== null) {
        const role = phrase.role ?? appositive;
        // A lone capitalised word is usually a place; it is a person only as a speaker ("Smith said").
        if (phrase.name.includes(' ') || spoke) people.add(phrase.name, role);
      } else if (HONORIFICS.has(lower(paragraph.tokens[phrase.start - 1]))) {
        // "Mrs. Schlafly": an honorific names a person.
        people.add(phrase.name, null);
      } else if (phrase.name.includes(' ') && describedBefore(paragraph, phrase) !== null) {
        // "the city’s budget chief, Oscar Lind,": named in apposition to what they are; "Its chair" means nothing on its own.
        const described = describedBefore(paragraph, phrase) ?? '';
        people.add(phrase.name, /^(?:its|his|her|their|our|my|your)\s/iu.test(described) ? null : described.replace(/^The\s/u, 'the '));
      } else if (phrase.name.includes(' ') && actsAsSubject(paragraph.tokens, phrase)) {
        // "Property developer Victor Amsel presented his plan": a full name doing something.
        people.add(phrase.name, null);
      }
    }
  }
  for (const paragraph of paragraphs) learnGenders(paragraph, people);
  return people;
}

/**
 * Gender from the words around a person: "Ms. Clark", "the spokeswoman, Ana
 * Ruiz", and a sentence whose only person is followed by "he" or "his" and
 * never "she" or "her" (or the other way round).
 */
function learnGenders(paragraph: Paragraph, people: PeopleRegister): void {
  const { tokens } = paragraph;
  for (const phrase of paragraph.names) {
    if (!people.isPerson(phrase.name)) continue;
    const near = [lower(tokens[phrase.start - 1]), ...(phrase.role ?? '').toLowerCase().split(/\s+/)];
    if (near.some((w) => FEMININE_WORDS.has(w))) people.addGender(phrase.name, 'feminine');
    else if (near.some((w) => MASCULINE_WORDS.has(w))) people.addGender(phrase.name, 'masculine');
  }
  // Names are found in the order they end, and sentences follow each other:
  // each sentence looks only at the names that end inside it.
  let first = 0;
  for (const [start, end] of paragraph.sentences) {
    while ((paragraph.names[first]?.end ?? Infinity) <= start) first += 1;
    let last = first;
    while ((paragraph.names[last]?.end ?? Infinity) <= end) last += 1;
    const named = paragraph.names.slice(first, last).filter((n) => n.start >= start && people.isPerson(n.name));
    const only = named[0];
    if (only === undefined || named.some((n) => people.resolve(n.name) !== people.resolve(only.name))) continue;
    let masculine = false;
    let feminine = false;
    for (let i = only.end; i < end; i += 1) {
      const word = lower(tokens[i]);
      if (word === 'he' || word === 'his' || word === 'him' || word === 'himself') masculine = true;
      if (word === 'she' || word === 'her' || word === 'hers' || word === 'herself') feminine = true;
    }
    if (masculine !== feminine) people.addGender(only.name, masculine ? 'masculine' : 'feminine');
  }
}

/** A description whose head names one person: "the Florida senator", not "officials" or "the campaign". */
export function isPersonNoun(description: string): boolean {
  return PERSON_NOUNS.has(headOf(description));
}

/** The noun a description is about: "spokesperson" of "a spokesperson for the county". */
function headOf(description: string): string {
  const words = description.toLowerCase().split(/\s+/);
  const link = words.findIndex((word, i) => i > 0 && ['for', 'of', 'at', 'from'].includes(word));
  return (link === -1 ? words : words.slice(0, link)).at(-1) ?? '';
}

/**
 * A lower-case word that can describe a person's role between a qualifying
 * name and the person ("constituent", "party boss", "top foreign policy
 * aide"), and not a verb: "Schlafly endorsed Donald J. Trump" is two people.
 */
function isRoleNoun(token: Token | undefined): boolean {
  if (token?.kind !== 'word' || !/^\p{Ll}/u.test(token.text) || isFunctionWord(token)) return false;
  const word = token.text.toLowerCase();
  return !/(?:ed|ing)$/u.test(word) && !SUBJECT_FIRST_VERBS.has(word) && !ADVERBS.has(word);
}

/** Lower-case words between a qualifying name and the person: "Republican party boss Reince Priebus". */
const MAX_QUALIFIED_ROLE_WORDS = 4;

/**
 * A description that can stand for a speaker no name is given for: one
 * person ("a Trump spokesman"), people ("officials", "aides") or a body
 * ("the newspaper", "the committee"); not "the plan" or "the money".
 */
export function isSpeakerDescription(description: string): boolean {
  const head = headOf(description);
  return PERSON_NOUNS.has(head) || PERSON_NOUNS.has(head.replace(/s$/u, '')) || ORGANISATION_WORDS.has(head) || SPEAKING_BODIES.has(head);
}

const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'his', 'her', 'their', 'its', 'our', 'another']);
/** Most words in a description: "the 2016 GOP presidential frontrunner". */
const MAX_DESCRIPTION_WORDS = 6;

/** "the Florida senator", "a Trump spokesman", "officials": the noun phrase ending at `at`, lower-case head. */
export function descriptionEndingAt(paragraph: Paragraph, at: number): { start: number; text: string } | null {
  const { tokens, text } = paragraph;
  const head = tokens[at];
  if (head === undefined || head.kind !== 'word') return null;
  // "a spokeswoman for Apple": a description of someone who speaks for a body named after it.
  if (isCapitalised(head)) {
    let run = at;
    while (run > 0 && at - run < MAX_NAME_TOKENS && isCapitalised(tokens[run - 1])) run -= 1;
    const speaksFor = ['for', 'of', 'at', 'from'].includes(lower(tokens[run - 1])) ? descriptionEndingAt(paragraph, run - 2) : null;
    if (speaksFor !== null && isPersonNoun(speaksFor.text)) return { start: speaksFor.start, text: text.slice(tokens[speaksFor.start]?.start ?? 0, head.end) };
  }
  const headWord = head.text.toLowerCase();
  if (STOPWORDS.has(headWord) || SPEECH_VERBS.has(headWord) || ADVERBS.has(headWord)) return null;
  let start = at;
  while (start > 0 && at - start < MAX_DESCRIPTION_WORDS) {
    const before = tokens[start - 1];
    if (before === undefined || before.kind !== 'word') break;
    const word = before.text.toLowerCase();
    if (DETERMINERS.has(word)) {
      start -= 1;
      break;
    }
    if (STOPWORDS.has(word) || SPEECH_VERBS.has(word) || SUBJECT_FIRST_VERBS.has(word) || CONNECTORS.has(word)) break;
    start -= 1;
  }
  const first = tokens[start];
  // A capitalised head is a description only after a determiner: "the Wisconsin Republican".
  if (first === undefined || (!DETERMINERS.has(first.text.toLowerCase()) && !/^\p{Ll}/u.test(head.text))) return null;
  // "a spokeswoman for the transport authority": the person the body is attached to.
  const link = lower(tokens[start - 1]);
  const owner = ['for', 'of', 'at', 'from'].includes(link) && DETERMINERS.has(first.text.toLowerCase()) ? descriptionEndingAt(paragraph, start - 2) : null;
  const from = owner !== null && isPersonNoun(owner.text) ? owner.start : start;
  return { start: from, text: text.slice(tokens[from]?.start ?? first.start, head.end) };
}

/**
 * The organisation named by capitalised words ending at `at`, with an
 * acronym or an organisation word among them: "the DNC", "The New York
 * Times", "Freedom Partners Action Fund". A leading "the" is not part of the name.
 */
export function organisationEndingAt(paragraph: Paragraph, at: number): { start: number; name: string } | null {
  const { tokens, text } = paragraph;
  const last = tokens[at];
  if (!isCapitalised(last) || last === undefined) return null;
  let start = at;
  let organisational = false;
  for (let i = at; i >= 0 && at - i < MAX_PHRASE_TOKENS; i -= 1) {
    const token = tokens[i];
    if (token === undefined || (token.kind !== 'word' && token.text !== '&')) break;
    const word = token.text.toLowerCase();
    const joins = (word === 'of' || word === 'for' || word === 'and' || word === '&') && isCapitalised(tokens[i - 1]);
    if (!(isCapitalised(token) && !STOPWORDS.has(word)) && !joins) break;
    if (isAcronym(token) || ORGANISATION_WORDS.has(word)) organisational = true;
    start = i;
  }
  if (!organisational || (start === at && NOT_NAMES.has(last.text.toLowerCase()))) return null;
  const first = tokens[start];
  if (first === undefined) return null;
  const subjectStart = lower(tokens[start - 1]) === 'the' ? start - 1 : start;
  return { start: subjectStart, name: text.slice(first.start, last.end) };
}

/**
 * The name-and-role phrase that starts at `first`: the run of role words,
 * names and connectors from there, read back from its last name, so "Sen.
 * Sherrod Brown of Ohio" is Sherrod Brown and "Atlantic City Mayor Don
 * Guardian" is Don Guardian.
 */
export function namePhraseStartingAt(paragraph: Paragraph, start: number, ceiling: number): NamePhrase | null {
  let first = start;
  const { tokens } = paragraph;
  // "Clinton’s top foreign policy aide Jake Sullivan": the possessor qualifies the role of the person named after it.
  if (isCapitalised(tokens[first]) && /[’']s$/u.test(tokens[first]?.text ?? '')) {
    let after = first + 1;
    while (after < ceiling && after - first <= MAX_QUALIFIED_ROLE_WORDS && isRoleNoun(tokens[after])) after += 1;
    const later = after > first + 1 && isCapitalisedName(tokens[after]) ? namePhraseStartingAt(paragraph, after, ceiling) : null;
    return later === null ? null : { ...later, start: first };
  }
  if (HONORIFICS.has(lower(tokens[first])) && isCapitalised(tokens[first + 1])) first += 1;
  // "retired neurosurgeon Ben Carson", "host Bill Maher": lower-case words of a role before the name.
  let roleWords = first;
  while (roleWords < ceiling && roleWords - first < MAX_QUALIFIED_ROLE_WORDS && isRoleNoun(tokens[roleWords])) roleWords += 1;
  if (roleWords > first + 1 && isPhraseWord(tokens[roleWords])) {
    const named = namePhraseStartingAt(paragraph, roleWords, ceiling);
    return named === null ? null : { ...named, start };
  }
  let end = first;
  const lowerQualifier = tokens[first]?.kind === 'word' && /^\p{Ll}/u.test(tokens[first]?.text ?? '') && !isFunctionWord(tokens[first]);
  if (lowerQualifier) end += 1;
  while (end < ceiling && end - first < MAX_PHRASE_TOKENS) {
    const token = tokens[end];
    const joins = (CONNECTORS.has(lower(token)) || NAME_PARTICLES.has(lower(token))) && end > first && isPhraseWord(tokens[end + 1]);
    if (!(isPhraseWord(token) || joins)) break;
    end += 1;
  }
  let last = end - 1;
  while (last >= first && !isCapitalisedName(tokens[last])) last -= 1;
  if (last < first) return null;
  // "Cruz constituent Dan Golvach", "Virginia delegate Beau Correll": the first name qualifies a role; the person follows it.
  let after = end;
  while (after < ceiling && after - end < MAX_QUALIFIED_ROLE_WORDS && isRoleNoun(tokens[after])) after += 1;
  if (after > end && after < ceiling && isPhraseWord(tokens[after])) {
    const later = namePhraseStartingAt(paragraph, after, ceiling);
    if (later !== null) return { ...later, start: first };
  }
  const phrase = namePhraseEndingAt(paragraph, last);
  return phrase !== null && phrase.start <= first + 1 ? phrase : null;
}

/** The description a name stands in apposition to, when it names one person: "the city’s budget chief" of "…, Oscar Lind,". */
function describedBefore(paragraph: Paragraph, phrase: NamePhrase): string | null {
  if (paragraph.tokens[phrase.start - 1]?.text !== ',') return null;
  const description = descriptionEndingAt(paragraph, phrase.start - 2);
  return description !== null && isPersonNoun(description.text) ? description.text : null;
}

/** A full name followed by what it did ("Victor Amsel presented", "Amsel has since withdrawn"), not by "is" or a place's "of". */
function actsAsSubject(tokens: readonly Token[], phrase: NamePhrase): boolean {
  let at = phrase.end;
  while (at < tokens.length && at - phrase.end < MAX_ADVERBS && ADVERBS.has(lower(tokens[at]))) at += 1;
  const next = tokens[at];
  return next?.kind === 'word' && /^\p{Ll}+(?:ed|s)$/u.test(next.text) && !STOPWORDS.has(next.text) && !CONNECTORS.has(next.text);
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
  const verbAfter = lower(tokens[after]);
  if (SPEECH_VERBS.has(verbAfter) || SUBJECT_FIRST_VERBS.has(verbAfter)) return true;
  // "said Maria Lopez." or "said Maria Lopez, the director": not "says Americans are angry".
  const next = tokens[phrase.end];
  const endsClause = next === undefined || next.kind !== 'word' || ['of', 'in', 'on', 'at', 'who', 'when', 'after', 'during'].includes(next.text.toLowerCase());
  return before !== undefined && SPEECH_VERBS.has(lower(before)) && endsClause;
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
export function namePhraseEndingAt(paragraph: Paragraph, last: number): NamePhrase | null {
  const { tokens } = paragraph;
  const lastToken = tokens[last];
  // "Ms. White", "Mr. Major": after an honorific, any capitalised word is a surname.
  if (lastToken !== undefined && !isCapitalisedName(lastToken) && isCapitalised(lastToken) && HONORIFICS.has(lower(tokens[last - 1]))) {
    return { start: last, end: last + 1, name: lastToken.text, role: null };
  }
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
  // A name never opens with a particle or connector, nor with "Democrat" or a sentence's "Geologist" before a full name.
  while (nameStart < end && (!isCapitalisedName(tokens[nameStart]) || (end - nameStart > 2 && isLeadingRole(tokens[nameStart])))) nameStart += 1;
  if (nameStart >= end) return null;
  // "Friday", "Democrats": capitalised, but nobody's name.
  if (tokens.slice(nameStart, end).every((t) => NOT_NAMES.has(t.text.toLowerCase()))) return null;
  // "Sen. Sherrod Brown of Ohio", "Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem":
  // the person comes before the first "of" that follows a name (not "Secretary of State John Kerry").
  // A full name, not "University" of "University of Texas professor John Doe".
  for (let of = start + 1; of < nameStart; of += 1) {
    // "Representative Peter T. King of New York": "King" is a role word elsewhere, a surname here.
    if (lower(tokens[of]) !== 'of' || !isCapitalised(tokens[of - 1]) || STOPWORDS.has(lower(tokens[of - 1]))) continue;
    const person = splitNamePhrase(paragraph, start, of);
    if (person !== null && person.name.includes(' ')) return { ...person, end };
  }
  // "Mayor of London Sadiq Khan": after "<role> of", the first capitalised word is the place the role is of.
  if (lower(tokens[nameStart - 1]) === 'of' && isRoleWord(tokens[nameStart - 2]) && end - nameStart >= 3) nameStart += 1;
  const nameFirst = tokens[nameStart];
  const nameLast = tokens[end - 1];
  if (nameFirst === undefined || nameLast === undefined) return null;

  let roleStart = start;
  // A role never opens with "the", "and", "of": "And NATO Secretary General" → "NATO Secretary General".
  while (roleStart < nameStart && isFunctionWord(tokens[roleStart])) roleStart += 1;
  const roleTokens = tokens.slice(roleStart, nameStart);
  // "spokeswoman for Apple", "spokesman for Pentagon chief Lloyd Austin": the name is whom they speak for, not theirs.
  // ("Secretary of State for Health Jeremy Hunt" is a title: capitalised before "for").
  if (roleTokens.some((t, i) => lower(t) === 'for' && /^\p{Ll}/u.test(roleTokens[i - 1]?.text ?? ''))) return null;
  const hasTitle = roleTokens.some((t) => TITLE_WORDS.has(t.text.toLowerCase()));
  const roleFirst = roleTokens[0];
  const roleLast = roleTokens.at(-1);
  const role =
    hasTitle && roleFirst !== undefined && roleLast !== undefined ? text.slice(roleFirst.start, roleLast.end) : null;
  return { start: role === null ? nameStart : roleStart, end, name: text.slice(nameFirst.start, nameLast.end), role };
}

/** A capitalised word before a full name that describes rather than names: "Democrat Joan Pruitt", "Geologist Dane Lisser". */
function isLeadingRole(token: Token | undefined): boolean {
  const word = token?.text.toLowerCase() ?? '';
  return NOT_NAMES.has(word) || PERSON_NOUNS.has(word) || /(?:ist|ologist|ician|eer)$/u.test(word);
}

/** Words that cannot be part of a role: articles, prepositions, pronouns, speech verbs. */
function isFunctionWord(token: Token | undefined): boolean {
  const word = token?.text.toLowerCase() ?? '';
  return STOPWORDS.has(word) || CONNECTORS.has(word) || SPEECH_VERBS.has(word) || PRONOUNS.has(word);
}

/** A word token in lower case; '' for punctuation, quotations and past the end. */
export function lower(token: Token | undefined): string {
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
export function isCapitalisedName(token: Token | undefined): boolean {
  if (!isCapitalised(token) || token === undefined) return false;
  const word = token.text.toLowerCase();
  if (STOPWORDS.has(word) || isRoleWord(token) || SPEECH_VERBS.has(word)) return false;
  if (isAcronym(token) && !/^\p{Lu}\.$/u.test(token.text)) return false;
  // "R-S.C.", "D-Nev.": a party label, not a name.
  if (/^\p{Lu}-\p{Lu}/u.test(token.text)) return false;
  return !/[’']s$/u.test(token.text);
}

/** A word that can be part of a role-and-name phrase. */
function isPhraseWord(token: Token | undefined): boolean {
  if (token?.kind !== 'word') return false;
  return isCapitalised(token) ? !STOPWORDS.has(token.text.toLowerCase()) : isRoleWord(token);
}
