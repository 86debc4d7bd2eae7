// Stage 10: who said each quotation: the speech clause right after it, else
// the nearest before it in its sentence, else after it; surnames and he/she
// resolve through `people.ts`. Otherwise `null`, never a guessed speaker.
import { findQuotations, type Quotations } from './09-quotes.ts';
import { MAX_ADVERBS, MAX_PHRASE_TOKENS } from './limits.ts';
import {
  isCapitalisedName,
  isPhraseWord,
  lower,
  namePhraseEndingAt,
  parseParagraph,
  registerPeople,
  type Paragraph,
  type PeopleRegister,
} from './people.ts';
import type { Quote, Speaker } from './schema.ts';
import { ADVERBS, CONNECTORS, NAME_PARTICLES, NON_PERSON_PRONOUNS, PRONOUNS, SPEECH_PARTICIPLES, SPEECH_VERBS, STOPWORDS } from './vocabulary.ts';

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

interface QuotesAndSpeakers {
  quotes: Quote[];
  speakers: Speaker[];
}

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

  let lastPerson: string | null = null;
  paragraphs.forEach((paragraph, index) => {
    const personBefore = peopleBeforeEachToken(paragraph, people, lastPerson);
    lastPerson = personBefore.at(-1) ?? lastPerson;
    let previousSpeaker: string | null = null;
    owners[index]?.forEach((owner, spanIndex) => {
      const quote = quotes[owner.quote];
      if (quote === undefined) return;
      const tokenIndex = paragraph.tokens.findIndex((t) => t.kind === 'quote' && t.quote === spanIndex);
      const sentence = paragraph.sentences.find(([start, end]) => tokenIndex >= start && tokenIndex < end) ?? [tokenIndex, tokenIndex + 1];
      const found = speakerForQuote(paragraph, sentence, tokenIndex, people, personBefore);
      if (owner.opens) {
        // A quotation standing alone as a sentence continues the speaker of the one before it.
        quote.speaker = found ?? (isStandaloneQuote(paragraph, sentence, tokenIndex) ? previousSpeaker : null);
      } else if (quote.speaker === null) {
        // A quotation carried over from the paragraph before may be attributed only in this one.
        quote.speaker = found;
      }
      previousSpeaker = quote.speaker;
    });
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
