// Stage 10: who said each quotation. A clause analysis over the paragraph's
// tokens: speech clauses ("X said", "said X", "X, the role, said", "X (D-Wis.)
// told", "according to X"), their subjects through appositives, brackets and
// coordination ("X arrived and said"), the clause right after a quotation
// even past its full stop, a colon that introduces one, the subject of the
// clause a quoted fragment sits in ("Bush called Trump “unhinged”"), and a
// quotation paragraph carried on from the speaker of the paragraph before.
// Surnames, he/she and descriptions ("the Florida senator") resolve through
// `people.ts`. What the analysis cannot support is `null`, never a guess.
import { findQuotations, type Quotations } from './09-quotes.ts';
import { MAX_ADVERBS, MAX_APPOSITIVE_TOKENS, MAX_APPOSITIVES, MAX_PHRASE_TOKENS } from './limits.ts';
import {
  descriptionEndingAt,
  isCapitalisedName,
  isPersonNoun,
  lower,
  namePhraseEndingAt,
  namePhraseStartingAt,
  organisationEndingAt,
  parseParagraph,
  registerPeople,
  type Paragraph,
  type PeopleRegister,
} from './people.ts';
import type { Quote, Speaker } from './schema.ts';
import type { Token } from './tokens.ts';
import {
  ADVERBS,
  NON_PERSON_PRONOUNS,
  PRONOUNS,
  SPEECH_PARTICIPLES,
  SPEECH_VERBS,
  STOPWORDS,
  SUBJECT_FIRST_VERBS,
  TIME_WORDS,
} from './vocabulary.ts';

type Subject =
  | { kind: 'name'; name: string }
  | { kind: 'organisation'; name: string }
  | { kind: 'pronoun'; at: number; word: string }
  | { kind: 'description'; at: number; text: string }
  | { kind: 'nobody' };

interface Attribution {
  /** Token index where the clause starts (the subject, or the verb when inverted). */
  start: number;
  verb: number;
  subject: Subject;
}

interface QuotesAndSpeakers {
  quotes: Quote[];
  speakers: Speaker[];
}

/** The context a subject is resolved in: who was named before each token. */
interface Context {
  paragraph: Paragraph;
  people: PeopleRegister;
  /** Every person named in the article so far, in order, outside quotations. */
  mentions: readonly string[];
  /** For each token (and one past the last): how many of `mentions` come before it. */
  mentionsBefore: readonly number[];
}

/** How far back a pronoun looks for a person of its gender: the last few people named. */
const PRONOUN_REACH = 4;

/**
 * Each quotation's speaker, and everyone quoted with the role the article
 * first gives them. The clause that governs a quotation is the one right
 * after it ("…,” Hegseth said), else the nearest before it in the same
 * sentence (Rutte said … that he “agrees”), else one after it.
 */
export function attributeQuotes(paragraphTexts: readonly string[], quoted: Quotations = findQuotations(paragraphTexts)): QuotesAndSpeakers {
  const paragraphs = paragraphTexts.map((text, i) => parseParagraph(text, quoted.spans[i] ?? []));
  const people = registerPeople(paragraphs);
  const quotes: Quote[] = quoted.quotations.map(({ text, paragraph }) => ({ text, speaker: null, paragraph }));
  const owners = spanOwners(quoted);

  const mentions: string[] = [];
  /** The speaker of the last speech clause of the paragraph before: a paragraph that is only a quotation continues it. */
  let speakerBefore: string | null = null;
  paragraphs.forEach((paragraph, index) => {
    const context: Context = { paragraph, people, mentions, mentionsBefore: recordMentions(paragraph, people, mentions) };
    let previousSpeaker: string | null = speakerBefore;
    owners[index]?.forEach((owner, spanIndex) => {
      const quote = quotes[owner.quote];
      if (quote === undefined) return;
      const tokenIndex = paragraph.tokens.findIndex((t) => t.kind === 'quote' && t.quote === spanIndex);
      const sentenceIndex = paragraph.sentences.findIndex(([start, end]) => tokenIndex >= start && tokenIndex < end);
      const found = speakerForQuote(context, sentenceIndex, tokenIndex);
      const standalone = isStandaloneQuote(paragraph, paragraph.sentences[sentenceIndex], tokenIndex);
      if (owner.opens) {
        // A quotation standing alone as a sentence continues the speaker of the one before it.
        quote.speaker = found ?? (standalone ? previousSpeaker : null);
      } else if (quote.speaker === null) {
        // A quotation carried over from the paragraph before may be attributed only in this one.
        quote.speaker = found;
      }
      previousSpeaker = quote.speaker;
    });
    speakerBefore = lastClauseSpeaker(context) ?? (paragraph.tokens.length > 0 && paragraph.tokens.every((t) => t.kind !== 'word') ? previousSpeaker : null);
  });

  const speakerNames = [...new Set(quotes.map((q) => q.speaker).filter((s): s is string => s !== null))];
  const speakers = speakerNames.map((name) => ({ name, role: people.roleOf(name) }));
  return { quotes, speakers };
}

/** For each paragraph's spans, in order: the quotation each belongs to, and whether it opens it. */
function spanOwners({ spans, quotations }: Quotations): Array<Array<{ quote: number; opens: boolean }>> {
  const owners = spans.map(() => new Array<{ quote: number; opens: boolean }>());
  quotations.forEach((quotation, quote) => {
    quotation.parts.forEach((part, i) => {
      const row = owners[part.paragraph];
      if (row !== undefined) row[part.span] = { quote, opens: i === 0 };
    });
  });
  return owners;
}

function speakerForQuote(context: Context, sentenceIndex: number, quoteToken: number): string | null {
  const { paragraph } = context;
  const sentence = paragraph.sentences[sentenceIndex] ?? [quoteToken, quoteToken + 1];
  const attributions = findAttributions(context, sentence);
  const commaAfter = paragraph.tokens[quoteToken + 1]?.text === ',' ? 1 : 0;
  const rightAfter = quoteToken + 1 + commaAfter;
  const chosen =
    attributions.find((a) => a.start === rightAfter) ??
    clauseOpeningNextSentence(context, sentenceIndex, quoteToken) ??
    attributions.filter((a) => a.verb < quoteToken).at(-1) ??
    attributions.find((a) => a.start > quoteToken) ??
    colonIntroduction(context, sentence, quoteToken) ??
    fragmentSubject(context, sentence, quoteToken);
  return chosen === undefined || chosen === null ? null : resolveSubject(context, chosen.subject);
}

function resolveSubject({ people, mentions, mentionsBefore }: Context, subject: Subject): string | null {
  switch (subject.kind) {
    case 'name':
      return people.resolve(subject.name);
    case 'organisation':
      return subject.name;
    case 'pronoun': {
      // The last person named whose gender the article does not contradict.
      const before = mentionsBefore[subject.at] ?? 0;
      for (let i = before - 1; i >= 0 && before - i <= PRONOUN_REACH; i -= 1) {
        const name = mentions[i];
        if (name !== undefined && people.fits(name, subject.word)) return name;
      }
      return null;
    }
    case 'description':
      // "the Florida senator": the person last named, when the article has named one.
      return isPersonNoun(subject.text) ? (mentions[(mentionsBefore[subject.at] ?? 0) - 1] ?? null) : null;
    case 'nobody':
      return null;
  }
}

/** "“…!” Sessions said as he launched the process.": a quotation that ends its sentence, attributed by the next. */
function clauseOpeningNextSentence(context: Context, sentenceIndex: number, quoteToken: number): Attribution | undefined {
  const { sentences } = context.paragraph;
  const [, end] = sentences[sentenceIndex] ?? [0, 0];
  const next = sentences[sentenceIndex + 1];
  if (end !== quoteToken + 1 || next === undefined) return undefined;
  return findAttributions(context, next).find((a) => a.start === next[0] && a.verb - a.start <= MAX_PHRASE_TOKENS);
}

/** "Here’s Clinton in December 1992: “…”", "…doesn’t surprise pollster Daron Shaw: “…”". */
function colonIntroduction(context: Context, [start]: [number, number], quoteToken: number): Attribution | undefined {
  const { tokens } = context.paragraph;
  if (tokens[quoteToken - 1]?.text !== ':') return undefined;
  for (let at = quoteToken - 2; at >= start && quoteToken - at <= MAX_APPOSITIVE_TOKENS; at -= 1) {
    const subject = subjectEndingAt(context, at);
    if (subject !== null && subject.subject.kind !== 'nobody' && subject.subject.kind !== 'description') return { start: subject.start, verb: quoteToken - 1, subject: subject.subject };
  }
  return undefined;
}

/**
 * A quoted fragment inside a clause ("Sanders has pushed his promise of “free
 * college”", "Bush called Trump “unhinged”") is the words of that clause's
 * subject, when the sentence opens with a person followed by their verb.
 */
function fragmentSubject(context: Context, [start]: [number, number], quoteToken: number): Attribution | undefined {
  const subject = sentenceSubject(context, start, quoteToken);
  return subject === null ? undefined : { start: subject.start, verb: subject.start, subject: subject.subject };
}

/** The speaker of the paragraph's last speech clause, quoted or not: "Carter said he would welcome…". */
function lastClauseSpeaker(context: Context): string | null {
  const { sentences, tokens } = context.paragraph;
  const lastSentence = sentences.at(-1);
  if (lastSentence === undefined) return null;
  const attribution = findAttributions(context, lastSentence).at(-1);
  if (attribution !== undefined) return resolveSubject(context, attribution.subject);
  // "…Dane Lisser wrote:" or "Here’s Clinton:" with the quotation as the next paragraph.
  if (tokens.at(-1)?.text !== ':') return null;
  const introduced = colonIntroduction(context, lastSentence, tokens.length);
  return introduced === undefined ? null : resolveSubject(context, introduced.subject);
}

/** Every speech clause in the sentence [start, end), with its subject. */
function findAttributions(context: Context, [start, end]: [number, number]): Attribution[] {
  const { tokens } = context.paragraph;
  const found: Attribution[] = [];
  for (let verb = start; verb < end; verb += 1) {
    const word = lower(tokens[verb]);
    if (word === '') continue;
    if (SPEECH_VERBS.has(word) || SUBJECT_FIRST_VERBS.has(word)) {
      const subject = subjectBefore(context, verb, start) ?? (SUBJECT_FIRST_VERBS.has(word) ? null : subjectAfter(context, verb, end));
      if (subject !== null) found.push({ start: subject.start, verb, subject: subject.subject });
    } else if (SPEECH_PARTICIPLES.has(word) || (word === 'according' && lower(tokens[verb + 1]) === 'to')) {
      const subject = word === 'according' ? subjectAfter(context, verb + 1, end) : sentenceSubject(context, start, verb);
      if (subject !== null) found.push({ start: verb, verb, subject: subject.subject });
    }
  }
  return found;
}

type Found = { start: number; subject: Subject } | null;

/**
 * "Hegseth also said", "he said", "Maria Lopez, the city’s transport
 * director, said", "Rep. Gwen Moore (D-Wis.) said", "the DNC said",
 * "Wilson praised Rubio and said".
 */
function subjectBefore(context: Context, verb: number, floor: number): Found {
  const { tokens } = context.paragraph;
  let at = skipAdverbsBack(tokens, verb - 1, floor);
  if (at < floor) return null;
  // Coordination: "McConnell embraced the mogul and said": the sentence's subject.
  if (['and', 'but'].includes(lower(tokens[at]))) return sentenceSubject(context, floor, at);
  for (let groups = 0; groups <= MAX_APPOSITIVES; groups += 1) {
    const found = subjectEndingAt(context, at);
    if (found !== null && found.start >= floor) return found;
    const before = groupOpening(tokens, at, floor);
    if (before === null) break;
    // "Its chair, Tom Hale, said": the name in apposition to a description.
    const named = tokens[at]?.text === ',' ? namePhraseEndingAt(context.paragraph, at - 1) : null;
    if (named !== null && named.start === before + 1) {
      const description = descriptionEndingAt(context.paragraph, before - 1);
      return { start: description !== null && description.start >= floor ? description.start : named.start, subject: { kind: 'name', name: named.name } };
    }
    at = skipAdverbsBack(tokens, before - 1, floor);
  }
  return null;
}

function skipAdverbsBack(tokens: readonly Token[], from: number, floor: number): number {
  let at = from;
  let adverbs = 0;
  while (at >= floor && adverbs < MAX_ADVERBS && ADVERBS.has(lower(tokens[at]))) {
    at -= 1;
    adverbs += 1;
  }
  return at;
}

/**
 * The token that opens the appositive or bracket ending at `at` (", the
 * role," or "(D-Wis.)"), or null when `at` ends none. An appositive does not
 * reach past a long quotation: that is what is being attributed.
 */
function groupOpening(tokens: readonly Token[], at: number, floor: number): number | null {
  const closer = tokens[at]?.text;
  if (closer !== ',' && closer !== ')') return null;
  const opener = closer === ')' ? '(' : ',';
  for (let i = at - 1; i > floor && at - i <= MAX_APPOSITIVE_TOKENS; i -= 1) {
    const token = tokens[i];
    if (token === undefined) return null;
    if (token.text === opener) return i;
    if (token.kind === 'quote' && token.text.split(' ').length > MAX_QUOTED_WORDS_IN_APPOSITIVE) return null;
    if (token.kind === 'punct' && ['.', ';', '!', '?'].includes(token.text)) return null;
  }
  return null;
}

/** A quoted name inside an appositive ("wearing “Ted Cruz” pins") is short; a longer one is the quotation itself. */
const MAX_QUOTED_WORDS_IN_APPOSITIVE = 4;

/** The subject whose last token is `at`: a pronoun, an organisation, a name, or a description. */
function subjectEndingAt(context: Context, at: number): Found {
  const { paragraph, people } = context;
  const token = paragraph.tokens[at];
  if (token === undefined || token.kind !== 'word') return null;
  const word = token.text.toLowerCase();
  if (PRONOUNS.has(word)) return { start: at, subject: { kind: 'pronoun', at, word } };
  if (NON_PERSON_PRONOUNS.has(word)) return { start: at, subject: { kind: 'nobody' } };
  const phrase = namePhraseEndingAt(paragraph, at);
  const organisation = organisationEndingAt(paragraph, at);
  if (organisation !== null && (phrase === null || !people.isPerson(phrase.name) || organisation.start < phrase.start)) {
    return { start: organisation.start, subject: { kind: 'organisation', name: organisation.name } };
  }
  if (phrase !== null) return { start: phrase.start, subject: { kind: 'name', name: phrase.name } };
  // "the Florida senator said", "officials said": a description; a person only when one is clearly meant.
  const description = descriptionEndingAt(paragraph, at);
  if (description !== null) return { start: description.start, subject: { kind: 'description', at: description.start, text: description.text } };
  if (/^\p{Ll}/u.test(token.text)) return { start: at, subject: { kind: 'nobody' } };
  return null;
}

/** "said Maria Lopez", "said Sen. Sherrod Brown of Ohio", "said Friday", "said the spokesman", "according to Reuters". */
function subjectAfter(context: Context, verb: number, ceiling: number): Found {
  const { paragraph } = context;
  const { tokens } = paragraph;
  let first = verb + 1;
  // "said Friday", "said on Monday", "said recently": time, not the speaker.
  while (first < ceiling && (TIME_WORDS.has(lower(tokens[first])) || (lower(tokens[first]) === 'on' && TIME_WORDS.has(lower(tokens[first + 1]))))) first += 1;
  const token = tokens[first];
  if (first >= ceiling || token === undefined || token.kind !== 'word') return null;
  const word = token.text.toLowerCase();
  if (PRONOUNS.has(word)) return { start: verb, subject: { kind: 'pronoun', at: first, word } };
  if (NON_PERSON_PRONOUNS.has(word)) return { start: verb, subject: { kind: 'nobody' } };
  if (word === 'the' || word === 'a' || word === 'an' || !isCapitalisedName(token)) {
    const description = descriptionStartingAt(context, first, ceiling);
    if (description !== null) return { start: verb, subject: description };
  }
  const organisation = organisationStartingAt(paragraph, first, ceiling);
  const phrase = namePhraseStartingAt(paragraph, first, ceiling);
  if (phrase !== null && (organisation === null || context.people.isPerson(phrase.name))) return { start: verb, subject: { kind: 'name', name: phrase.name } };
  if (organisation !== null) return { start: verb, subject: { kind: 'organisation', name: organisation } };
  return STOPWORDS.has(word) ? { start: verb, subject: { kind: 'nobody' } } : null;
}

/** "said the spokesman, John Smith": the name in apposition; "said the Florida senator": the description. */
function descriptionStartingAt(context: Context, first: number, ceiling: number): Subject | null {
  const { paragraph } = context;
  const { tokens } = paragraph;
  let end = first;
  while (end < ceiling && end - first < MAX_PHRASE_TOKENS && tokens[end]?.kind === 'word' && !['who', 'that', 'which', 'of', 'in', 'at', 'on', 'to', 'for', 'as', 'when', 'after', 'before', 'while'].includes(lower(tokens[end]))) end += 1;
  if (end === first) return null;
  if (tokens[end]?.text === ',') {
    const named = namePhraseStartingAt(paragraph, end + 1, ceiling);
    if (named !== null) return { kind: 'name', name: named.name };
  }
  const description = descriptionEndingAt(paragraph, end - 1);
  if (description === null || description.start !== first) return null;
  return { kind: 'description', at: first, text: description.text };
}

function organisationStartingAt(paragraph: Paragraph, first: number, ceiling: number): string | null {
  let best: string | null = null;
  for (let end = first; end < ceiling && end - first < MAX_PHRASE_TOKENS; end += 1) {
    const organisation = organisationEndingAt(paragraph, end);
    if (organisation !== null && organisation.start <= first + 1) best = organisation.name;
    if (paragraph.tokens[end]?.kind !== 'word') break;
  }
  return best;
}

/**
 * The subject of the clause the token at `before` sits in: the sentence's
 * first name or pronoun, when a verb follows it ("Cruz has railed against
 * …"), after an opening phrase that ends in a comma ("On Twitter, Bush called …").
 */
function sentenceSubject(context: Context, start: number, before: number): Found {
  const { paragraph, people } = context;
  const { tokens } = paragraph;
  let first = start;
  // An opening phrase: "On Twitter, …", "In a statement Monday, …".
  for (let i = start; i < before && i - start <= MAX_PHRASE_TOKENS; i += 1) {
    if (tokens[i]?.text === ',') {
      first = i + 1;
      break;
    }
    if (tokens[i]?.kind !== 'word') break;
  }
  for (const candidate of first === start ? [start] : [first, start]) {
    const token = tokens[candidate];
    if (token === undefined || token.kind !== 'word' || candidate >= before) continue;
    const word = token.text.toLowerCase();
    if (PRONOUNS.has(word)) return { start: candidate, subject: { kind: 'pronoun', at: candidate, word } };
    const phrase = namePhraseStartingAt(paragraph, candidate, before);
    if (phrase === null) continue;
    let verb = phrase.end;
    if (tokens[verb]?.text === ',' || tokens[verb]?.text === '(') {
      const close = closingOf(tokens, verb, before);
      if (close === null) continue;
      verb = close + 1;
    }
    verb = skipAdverbsForward(tokens, verb, before);
    const next = tokens[verb];
    if (next?.kind === 'word' && /^\p{Ll}/u.test(next.text) && !STOPWORDS.has(next.text.toLowerCase()) && people.isPerson(phrase.name)) {
      return { start: phrase.start, subject: { kind: 'name', name: phrase.name } };
    }
  }
  return null;
}

function skipAdverbsForward(tokens: readonly Token[], from: number, ceiling: number): number {
  let at = from;
  let adverbs = 0;
  while (at < ceiling && adverbs < MAX_ADVERBS && ADVERBS.has(lower(tokens[at]))) {
    at += 1;
    adverbs += 1;
  }
  return at;
}

/** The token closing the appositive or bracket opened at `open`. */
function closingOf(tokens: readonly Token[], open: number, ceiling: number): number | null {
  const closer = tokens[open]?.text === '(' ? ')' : ',';
  for (let i = open + 1; i < ceiling && i - open <= MAX_APPOSITIVE_TOKENS; i += 1) {
    if (tokens[i]?.text === closer) return i;
    if (tokens[i]?.kind === 'quote') return null;
  }
  return null;
}

/**
 * Adds the paragraph's people to `mentions` and returns, for each token (and
 * one past the last), how many mentions come before it. Words inside
 * quotations do not count: they are the speaker's, not the narrator's.
 */
function recordMentions(paragraph: Paragraph, people: PeopleRegister, mentions: string[]): number[] {
  const result: number[] = [];
  let next = 0;
  for (let i = 0; i < paragraph.tokens.length; i += 1) {
    result.push(mentions.length);
    const phrase = paragraph.names[next];
    if (phrase?.end === i + 1) {
      next += 1;
      if (people.isPerson(phrase.name)) mentions.push(people.resolve(phrase.name));
    }
  }
  result.push(mentions.length);
  return result;
}

/** A quotation that is a whole sentence on its own, with no clause around it. */
function isStandaloneQuote(paragraph: Paragraph, range: [number, number] | undefined, quoteToken: number): boolean {
  const [start, end] = range ?? [quoteToken, quoteToken + 1];
  return paragraph.tokens.slice(start, end).every((t, i) => start + i === quoteToken || t.kind === 'punct');
}
