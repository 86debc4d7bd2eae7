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
  isSpeakerDescription,
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
  HONORIFICS,
  NON_PERSON_PRONOUNS,
  PHRASAL_SPEECH_VERBS,
  PRONOUNS,
  SPEECH_NOUNS,
  SPEECH_PARTICIPLES,
  SPEECH_VERBS,
  STOPWORDS,
  SUBJECT_FIRST_VERBS,
  TIME_WORDS,
} from './vocabulary.ts';

type Subject =
  | { kind: 'name'; name: string }
  /** Someone already found to speak: the speaker of the quotation before. */
  | { kind: 'spoken'; name: string }
  | { kind: 'organisation'; name: string }
  | { kind: 'pronoun'; at: number; word: string }
  | { kind: 'description'; at: number; text: string }
  | { kind: 'nobody' };

interface Attribution {
  /** Token index where the clause starts (the subject, or the verb when inverted). */
  start: number;
  verb: number;
  subject: Subject;
  /** Attributed by a speech noun ("Trump's assertion that …"), weaker than a verb. */
  byNoun?: boolean;
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
  mentions: readonly Mention[];
  /** For each token (and one past the last): how many of `mentions` come before it. */
  mentionsBefore: readonly number[];
  /** Speakers that are not people: organisations, and descriptions no named person stands behind. */
  notPeople: Map<string, 'organisation' | 'description'>;
  /** Each sentence's speech clauses, by its first token, found once however many quotations it holds. */
  clauses: Map<number, SentenceClauses>;
}

/** A sentence's speech clauses in verb order: all of them, and those made by a verb rather than a noun. */
interface SentenceClauses {
  all: Attribution[];
  verbs: Attribution[];
}

/** A person named, and whether as the subject that opens a sentence or clause. */
interface Mention {
  name: string;
  subject: boolean;
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

  const mentions: Mention[] = [];
  const notPeople = new Map<string, 'organisation' | 'description'>();
  /** The speaker of the last speech clause of the paragraph before: a paragraph that is only a quotation continues it. */
  let speakerBefore: string | null = null;
  paragraphs.forEach((paragraph, index) => {
    /** The token after the carried speaker's last quotation in this paragraph: someone else opening a sentence after it takes the floor. */
    let spokeAt = 0;
    const context: Context = { paragraph, people, mentions, mentionsBefore: recordMentions(paragraph, people, mentions), notPeople, clauses: new Map() };
    const { quoteTokens, sentenceOf } = quotePositions(paragraph);
    // Names that open a sentence, in the order they end, read once each as the quotations pass them.
    const sentenceStarts = new Set(paragraph.sentences.map(([start]) => start));
    const openers = paragraph.names.filter((name) => sentenceStarts.has(name.start));
    let nextOpener = 0;
    let previousSpeaker: string | null = speakerBefore;
    owners[index]?.forEach((owner, spanIndex) => {
      const quote = quotes[owner.quote];
      if (quote === undefined) return;
      const tokenIndex = quoteTokens[spanIndex] ?? -1;
      const sentenceIndex = sentenceOf[tokenIndex] ?? -1;
      const found = speakerForQuote(context, sentenceIndex, tokenIndex, previousSpeaker);
      const standalone = isStandaloneQuote(paragraph, paragraph.sentences[sentenceIndex], tokenIndex);
      // "Ruiz took the stage. “We won.”": a sentence about someone else since the last speaker spoke.
      let someoneElse = false;
      for (let name = openers[nextOpener]; name !== undefined && name.end <= tokenIndex; name = openers[++nextOpener]) {
        if (name.start >= spokeAt && people.resolve(name.name) !== previousSpeaker) someoneElse = true;
      }
      const carried = someoneElse ? null : previousSpeaker;
      if (owner.opens) {
        // A quotation standing alone as a sentence continues the speaker of the one before it, unless someone else was named since.
        quote.speaker = found ?? (standalone ? carried : null);
      } else if (quote.speaker === null) {
        // A quotation carried over from the paragraph before may be attributed only in this one.
        quote.speaker = found;
      }
      previousSpeaker = quote.speaker;
      spokeAt = tokenIndex + 1;
    });
    // The next paragraph, if only a quotation, goes on in the voice of this one's last speech clause or quotation.
    speakerBefore = lastClauseSpeaker(context) ?? (endsWithQuotation(paragraph) ? previousSpeaker : null);
  });
  attributeFromAfter(paragraphs, owners, quotes);

  // Everyone quoted, with a page each: people and organisations; a description ("a spokesperson") is shown but has no page.
  const speakerNames = [...new Set(quotes.map((q) => q.speaker).filter((s): s is string => s !== null && notPeople.get(s) !== 'description'))];
  const speakers = speakerNames.map((name) => ({ name, role: people.roleOf(name), kind: notPeople.get(name) === 'organisation' ? ('organisation' as const) : ('person' as const) }));
  return { quotes, speakers };
}

/** A paragraph whose last words are a quotation's: "… Barkley said. “And it’s become sad.”" */
function endsWithQuotation(paragraph: Paragraph): boolean {
  for (let i = paragraph.tokens.length - 1; i >= 0; i -= 1) {
    const token = paragraph.tokens[i];
    if (token?.kind === 'quote') return true;
    if (token?.kind === 'word') return false;
  }
  return false;
}

/** A paragraph that is quotations and punctuation only: “Not only can Ted Cruz win in November.” */
function isQuotationOnly(paragraph: Paragraph): boolean {
  return paragraph.tokens.length > 0 && paragraph.tokens.every((t) => t.kind !== 'word');
}

/**
 * Quotation-only paragraphs nobody was found for, before a paragraph that
 * opens with a quotation and names its speaker ("“…,” Viguerie adds."): the
 * same voice, the attribution held back to the end of the run.
 */
function attributeFromAfter(paragraphs: readonly Paragraph[], owners: ReturnType<typeof spanOwners>, quotes: Quote[]): void {
  let speakerAfter: string | null = null;
  for (let index = paragraphs.length - 1; index >= 0; index -= 1) {
    const paragraph = paragraphs[index];
    const paragraphQuotes = (owners[index] ?? []).map((owner) => quotes[owner.quote]).filter((q): q is Quote => q !== undefined);
    if (paragraph === undefined) continue;
    if (isQuotationOnly(paragraph) && speakerAfter !== null) {
      for (const quote of paragraphQuotes) quote.speaker ??= speakerAfter;
      continue;
    }
    const opening = paragraph.tokens[0]?.kind === 'quote' ? paragraphQuotes[0] : undefined;
    speakerAfter = opening?.speaker ?? null;
  }
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

function speakerForQuote(context: Context, sentenceIndex: number, quoteToken: number, previousSpeaker: string | null): string | null {
  const { paragraph } = context;
  const sentence = paragraph.sentences[sentenceIndex] ?? [quoteToken, quoteToken + 1];
  const { all: attributions, verbs } = clausesOf(context, sentence);
  // "“…,” she said", and in dialogue "— …? — a reporter asked".
  const commaAfter = [',', '—', '–'].includes(paragraph.tokens[quoteToken + 1]?.text ?? '') ? 1 : 0;
  const rightAfter = quoteToken + 1 + commaAfter;
  const chosen =
    firstFrom(verbs, rightAfter, (a) => a.start === rightAfter) ??
    (verbs.length === 0 ? quotedSpeakerBefore(context, sentenceIndex, quoteToken, previousSpeaker) : undefined) ??
    clauseOpeningNextSentence(context, sentenceIndex, quoteToken) ??
    lastBefore(verbs, quoteToken) ??
    firstFrom(verbs, quoteToken + 1, (a) => a.start > quoteToken) ??
    colonIntroduction(context, sentence, quoteToken) ??
    lastBefore(attributions, quoteToken) ??
    fragmentSubject(context, sentence, quoteToken) ??
    speechBefore(context, sentenceIndex, quoteToken);
  return chosen === undefined || chosen === null ? null : resolveSubject(context, chosen.subject);
}

function resolveSubject({ people, mentions, mentionsBefore, notPeople }: Context, subject: Subject): string | null {
  switch (subject.kind) {
    case 'name':
      return people.resolve(subject.name);
    case 'spoken':
      return subject.name;
    case 'organisation':
      if (!people.isPerson(subject.name)) notPeople.set(subject.name, 'organisation');
      return subject.name;
    case 'pronoun': {
      // The last person named as a subject whose gender the article does not contradict, else the last person named.
      const before = mentionsBefore[subject.at] ?? 0;
      let nearest: string | null = null;
      for (let i = before - 1; i >= 0 && before - i <= PRONOUN_REACH; i -= 1) {
        const mention = mentions[i];
        if (mention === undefined || !people.fits(mention.name, subject.word)) continue;
        if (mention.subject) return mention.name;
        nearest ??= mention.name;
      }
      return nearest;
    }
    case 'description': {
      // "the Florida senator": the person last named, when the article has named one; else the description as written.
      // Only a definite description points back ("the businessman"); "a reporter" is someone new.
      const definite = /^(?:the|this|that)\s/iu.test(subject.text);
      const named = definite && isPersonNoun(subject.text) ? describedPerson(people, mentions, mentionsBefore[subject.at] ?? 0, subject.text) : null;
      if (named !== null) return named;
      if (!isSpeakerDescription(subject.text)) return null;
      if (!notPeople.has(subject.text)) notPeople.set(subject.text, 'description');
      return subject.text;
    }
    case 'nobody':
      return null;
  }
}

/**
 * Who "the mayor" is: among the last people named, the one whose role has
 * that word; else the last one named without a role (a role that says
 * otherwise — "Tom Hale, the governor" — rules them out).
 */
function describedPerson(people: PeopleRegister, mentions: readonly Mention[], before: number, description: string): string | null {
  const head = description.toLowerCase().split(/\s+/).at(-1) ?? '';
  let roleless: string | null = null;
  for (let i = before - 1; i >= 0 && before - i <= PRONOUN_REACH; i -= 1) {
    const name = mentions[i]?.name;
    if (name === undefined) continue;
    const role = people.roleOf(name)?.toLowerCase() ?? null;
    if (role?.split(/\s+/).includes(head) === true) return name;
    if (role === null) roleless ??= name;
  }
  return roleless;
}

/** "“…!” Sessions said as he launched the process.": a quotation that ends its sentence, attributed by the next. */
function clauseOpeningNextSentence(context: Context, sentenceIndex: number, quoteToken: number): Attribution | undefined {
  const { sentences } = context.paragraph;
  const [, end] = sentences[sentenceIndex] ?? [0, 0];
  const next = sentences[sentenceIndex + 1];
  if (end !== quoteToken + 1 || next === undefined) return undefined;
  if (!isStandaloneQuote(context.paragraph, sentences[sentenceIndex], quoteToken)) return undefined;
  const { tokens } = context.paragraph;
  return clausesOf(context, next).all.find(
    (a) => a.start === next[0] && a.verb - a.start <= MAX_PHRASE_TOKENS && SPEECH_VERBS.has(lower(tokens[a.verb])) && lower(tokens[a.verb + 1]) !== 'that',
  );
}

/**
 * A quotation that is a sentence of its own, after a sentence whose speech
 * clause names who speaks: "Iowa State's Dianne Bystrom agreed. “Mainstream
 * Republicans are running out of time.”"
 */
function speechBefore(context: Context, sentenceIndex: number, quoteToken: number): Attribution | undefined {
  const { sentences } = context.paragraph;
  const previous = sentences[sentenceIndex - 1];
  if (previous === undefined || !isStandaloneQuote(context.paragraph, sentences[sentenceIndex], quoteToken)) return undefined;
  const clauses = clausesOf(context, previous).verbs;
  // "said" over "a group called …": a speech verb's clause first.
  return clauses.filter((a) => SPEECH_VERBS.has(lower(context.paragraph.tokens[a.verb]))).at(-1) ?? clauses.at(-1);
}

/**
 * "“…,” Cruz told reporters. “This is the consequence.”": a sentence that
 * opens with a quotation, after a sentence with a quotation, goes on in the
 * voice of that quotation's speaker.
 */
function quotedSpeakerBefore(context: Context, sentenceIndex: number, quoteToken: number, previousSpeaker: string | null): Attribution | undefined {
  const { sentences, tokens } = context.paragraph;
  const previous = sentences[sentenceIndex - 1];
  if (previousSpeaker === null || previous === undefined || sentences[sentenceIndex]?.[0] !== quoteToken) return undefined;
  for (let i = previous[0]; i < previous[1]; i += 1) {
    if (tokens[i]?.kind === 'quote') return { start: quoteToken, verb: quoteToken, subject: { kind: 'spoken', name: previousSpeaker } };
  }
  return undefined;
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
  // "“…,” Le Pen told CNN when asked which candidate she backed": the last clause that has a subject.
  const attribution = clausesOf(context, lastSentence).verbs.findLast((clause) => clause.subject.kind !== 'nobody');
  if (attribution !== undefined) return resolveSubject(context, attribution.subject);
  // "…Dane Lisser wrote:" or "Here’s Clinton:" with the quotation as the next paragraph.
  if (tokens.at(-1)?.text !== ':') return null;
  const introduced = colonIntroduction(context, lastSentence, tokens.length);
  return introduced === undefined ? null : resolveSubject(context, introduced.subject);
}

/** For each quotation span of the paragraph, its token; for each token, its sentence: one pass, not one per quotation. */
function quotePositions(paragraph: Paragraph): { quoteTokens: number[]; sentenceOf: number[] } {
  const quoteTokens: number[] = [];
  paragraph.tokens.forEach((token, i) => {
    if (token.kind === 'quote') quoteTokens[token.quote] = i;
  });
  const sentenceOf: number[] = [];
  paragraph.sentences.forEach(([start, end], sentence) => {
    for (let i = start; i < end; i += 1) sentenceOf[i] = sentence;
  });
  return { quoteTokens, sentenceOf };
}

function clausesOf(context: Context, sentence: [number, number]): SentenceClauses {
  const known = context.clauses.get(sentence[0]);
  if (known !== undefined) return known;
  const all = findAttributions(context, sentence);
  const found = { all, verbs: all.filter((a) => !a.byNoun) };
  context.clauses.set(sentence[0], found);
  return found;
}

/** The first clause index of the first clause whose verb is at or after `token`: clauses are in verb order. */
function firstVerbFrom(clauses: readonly Attribution[], token: number): number {
  let low = 0;
  let high = clauses.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((clauses[middle]?.verb ?? 0) < token) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The nearest clause whose verb comes before `token`. */
function lastBefore(clauses: readonly Attribution[], token: number): Attribution | undefined {
  return clauses[firstVerbFrom(clauses, token) - 1];
}

/**
 * The first clause with its verb at or after `token` that `accept`s. A
 * clause's subject reaches back from its verb at most through its
 * appositives, so clauses whose verbs lie further off are never looked at.
 */
function firstFrom(clauses: readonly Attribution[], token: number, accept: (clause: Attribution) => boolean): Attribution | undefined {
  for (let i = Math.max(0, firstVerbFrom(clauses, token - MAX_APPOSITIVE_TOKENS)); i < clauses.length; i += 1) {
    const clause = clauses[i];
    if (clause === undefined || clause.verb > token + MAX_APPOSITIVE_TOKENS * MAX_APPOSITIVES) return undefined;
    if (accept(clause)) return clause;
  }
  return undefined;
}

/** Every speech clause in the sentence [start, end), with its subject. */
function findAttributions(context: Context, [start, end]: [number, number]): Attribution[] {
  const { tokens } = context.paragraph;
  const found: Attribution[] = [];
  for (let verb = start; verb < end; verb += 1) {
    const word = lower(tokens[verb]);
    // A capitalised verb is a name's word ("United States") unless it opens the sentence.
    if (word === '' || (verb > start && !/^\p{Ll}/u.test(tokens[verb]?.text ?? ''))) continue;
    // "his remarks", "the claims": after a determiner the word is a noun.
    const asNoun = NOUN_MARKERS.has(lower(tokens[verb - 1]));
    const phrasal = PHRASAL_SPEECH_VERBS.get(word) === lower(tokens[verb + 1]);
    if (!asNoun && (SPEECH_VERBS.has(word) || SUBJECT_FIRST_VERBS.has(word) || phrasal)) {
      const subject = subjectBefore(context, verb, start) ?? (SUBJECT_FIRST_VERBS.has(word) || phrasal ? null : subjectAfter(context, verb, end));
      // "a group called Citizens for Trump": a thing being named, not someone speaking.
      const naming = SUBJECT_FIRST_VERBS.has(word) && subject?.subject.kind === 'description' && subject.start < verb;
      if (subject !== null && !naming) found.push({ start: subject.start, verb, subject: subject.subject });
    } else if (SPEECH_NOUNS.has(word)) {
      // "Trump's assertion that “thousands” …", "Rubio’s catchphrase": the possessor spoke.
      const possessor = possessorBefore(context, verb, start);
      if (possessor !== null) found.push({ start: possessor.start, verb, subject: possessor.subject, byNoun: true });
    } else if (!asNoun && (SPEECH_PARTICIPLES.has(word) || (word === 'according' && lower(tokens[verb + 1]) === 'to'))) {
      // "Nefzi said, adding, …": the participle goes on from the speech clause right before it.
      const clauseBefore = found.at(-1);
      const continues = clauseBefore !== undefined && verb - clauseBefore.verb <= MAX_ADVERBS && tokens[verb - 1]?.text === ',';
      const subject = word === 'according' ? subjectAfter(context, verb + 1, end) : continues ? { start: verb, subject: clauseBefore.subject } : sentenceSubject(context, start, verb);
      if (subject !== null) found.push({ start: verb, verb, subject: subject.subject });
    }
  }
  return found;
}

type Found = { start: number; subject: Subject } | null;

/**
 * "Hegseth also said", "he said", "Maria Lopez, the city’s transport
 * director, said", "Rep. Gwen Moore (D-Wis.) said", "the DNC said",
 * "Wilson praised Rubio and said". Through a chain of appositives the
 * subject is the phrase that opens the clause: "Dean Johnson, a salesman
 * from Sumter, South Carolina, says" is Dean Johnson's.
 */
function subjectBefore(context: Context, verb: number, floor: number): Found {
  const { paragraph } = context;
  const { tokens } = paragraph;
  let at = skipAdverbsBack(tokens, verb - 1, floor);
  if (at < floor) return null;
  // Coordination: "McConnell embraced the mogul and said": the sentence's subject.
  if (['and', 'but'].includes(lower(tokens[at]))) return sentenceSubject(context, floor, at) ?? conjunctSubject(context, floor, at) ?? { start: verb, subject: { kind: 'nobody' } };
  let fallback: Found = null;
  for (let groups = 0; groups <= MAX_APPOSITIVES && at >= floor; groups += 1) {
    const closer = tokens[at]?.text;
    if (closer === ',' || closer === ')' || closer === '—' || closer === '–') {
      const opening = groupOpening(tokens, at, floor);
      if (opening === null) break;
      const named = closer === ',' ? namePhraseEndingAt(paragraph, at - 1) : null;
      if (named !== null && named.start === opening + 1) {
        // "Its chair, Tom Hale, said", "the director of the F.B.I., James B. Comey, said": the name in apposition to what they are.
        const before = subjectEndingAt(context, opening - 1);
        if (before === null || (before.subject.kind !== 'name' && before.subject.kind !== 'pronoun')) {
          const start = before !== null && before.start >= floor ? before.start : named.start;
          return { start, subject: { kind: 'name', name: named.name } };
        }
      }
      at = skipAdverbsBack(tokens, opening - 1, floor);
      continue;
    }
    const found = subjectEndingAt(context, at);
    if (found !== null && found.start < floor) break;
    if (found !== null && (groups === 0 || found.subject.kind === 'pronoun' || opensClause(tokens, found.start, floor))) return found;
    if (found === null && groups === 0) break;
    if (found !== null) fallback ??= found;
    // Inside an appositive ("from Sumter", "30"): the subject is further back, before the comma that opened it.
    let comma = (found?.start ?? at + 1) - 1;
    while (comma > floor && verb - comma <= MAX_APPOSITIVE_TOKENS && tokens[comma]?.text !== ',' && tokens[comma]?.kind !== 'quote') comma -= 1;
    if (tokens[comma]?.text !== ',' || comma <= floor) break;
    at = comma - 1;
  }
  return fallback;
}

/** Whether a subject starting at `start` opens its clause: the sentence's start, or right after the quotation it attributes. */
function opensClause(tokens: readonly Token[], start: number, floor: number): boolean {
  if (start <= floor) return true;
  const before = tokens[start - 1];
  if (before?.kind === 'quote' || ['—', '–', ':', ';'].includes(before?.text ?? '')) return true;
  return before?.text === ',' && tokens[start - 2]?.kind === 'quote';
}

/** The name whose possessive stands before a speech noun, up to two words back: "Trump's recent assertion". */
function possessorBefore(context: Context, noun: number, floor: number): Found {
  const { tokens } = context.paragraph;
  for (let at = noun - 1; at >= floor && noun - at <= MAX_ADJECTIVES + 1; at -= 1) {
    const token = tokens[at];
    if (token === undefined) return null;
    // "Trump's" is one token; "Sanders’" is the word and a closing apostrophe.
    const possessive = token.kind === 'word' && /[’']s$/u.test(token.text);
    const apostrophe = token.kind === 'punct' && (token.text === '’' || token.text === "'");
    if (possessive || apostrophe) {
      const nameEnd = possessive ? at : at - 1;
      const owner = possessive ? stripPossessive(context, at) : subjectEndingAt(context, nameEnd);
      return owner !== null && (owner.subject.kind === 'name' || owner.subject.kind === 'organisation') ? owner : null;
    }
    if (token.kind !== 'word' || !/^\p{Ll}/u.test(token.text)) return null;
  }
  return null;
}

/** The name of "Trump's" or "Clinton’s campaign’s": the phrase ending at a possessive token, without the 's. */
function stripPossessive(context: Context, at: number): Found {
  const { paragraph } = context;
  const token = paragraph.tokens[at];
  if (token === undefined) return null;
  // The phrase is read backwards from `at`, so only that token changes; swapped for the reading, not copied with the paragraph.
  paragraph.tokens[at] = { ...token, text: token.text.replace(/[’']s$/u, ''), end: token.end - 2 };
  let phrase: ReturnType<typeof namePhraseEndingAt>;
  try {
    phrase = namePhraseEndingAt(paragraph, at);
  } finally {
    paragraph.tokens[at] = token;
  }
  if (phrase === null) return null;
  return { start: phrase.start, subject: { kind: 'name', name: phrase.name } };
}

/** Adjectives between a possessive and its speech noun: "Trump's recent evidence-free assertion". */
const MAX_ADJECTIVES = 2;

/** "also", "had", "emphatically": words that stand between a subject and its verb. */
function isAdverb(token: Token | undefined): boolean {
  // Lower-case only: "Theresa May", "Lisa Still" and "Kelly" are names.
  if (!/^\p{Ll}/u.test(token?.text ?? '')) return false;
  const word = lower(token);
  return ADVERBS.has(word) || (word.length > 4 && word.endsWith('ly') && !STOPWORDS.has(word));
}

function skipAdverbsBack(tokens: readonly Token[], from: number, floor: number): number {
  let at = from;
  let adverbs = 0;
  while (at >= floor && adverbs < MAX_ADVERBS && isAdverb(tokens[at])) {
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
  if (closer !== ',' && closer !== ')' && closer !== '—' && closer !== '–') return null;
  const opener = closer === ')' ? '(' : closer;
  for (let i = at - 1; i > floor && at - i <= MAX_APPOSITIVE_TOKENS; i -= 1) {
    const token = tokens[i];
    if (token === undefined) return null;
    if (token.text === opener) return i;
    if (token.kind === 'quote' && token.text.split(' ').length > MAX_QUOTED_WORDS_IN_APPOSITIVE) return null;
    if (token.kind === 'punct' && ['.', ';', '!', '?'].includes(token.text)) return null;
  }
  return null;
}

/** Words after which a speech verb's form is a noun: "his remarks were", "the reports say". */
const NOUN_MARKERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'these', 'those', 'this', 'that', 'such', 'whose']);

/** A quoted name inside an appositive ("wearing “Ted Cruz” pins") is short; a longer one is the quotation itself. */
const MAX_QUOTED_WORDS_IN_APPOSITIVE = 4;

/** The subject whose last token is `at`: a pronoun, an organisation, a name, or a description. */
function subjectEndingAt(context: Context, at: number): Found {
  const { paragraph, people } = context;
  const token = paragraph.tokens[at];
  if (token === undefined || token.kind !== 'word') return null;
  const word = token.text.toLowerCase();
  if (PRONOUNS.has(word)) return { start: at, subject: { kind: 'pronoun', at, word } };
  // "Mr. Ekovich, who noted …": the person the relative clause hangs on.
  if ((word === 'who' || word === 'which') && paragraph.tokens[at - 1]?.text === ',') {
    const antecedent = subjectEndingAt(context, at - 2);
    if (antecedent !== null && (antecedent.subject.kind === 'name' || antecedent.subject.kind === 'organisation')) return { start: at, subject: antecedent.subject };
  }
  if (NON_PERSON_PRONOUNS.has(word)) return { start: at, subject: { kind: 'nobody' } };
  const phrase = namePhraseEndingAt(paragraph, at);
  const organisation = organisationEndingAt(paragraph, at);
  if (organisation !== null && (phrase === null || !people.isPerson(phrase.name) || organisation.start < phrase.start)) {
    // "James Pethokoukis of the American Enterprise Institute wrote": the person who belongs to it.
    const link = lower(paragraph.tokens[organisation.start - 1]);
    const member = link === 'of' || link === 'at' || link === 'from' ? namePhraseEndingAt(paragraph, organisation.start - 2) : null;
    if (member !== null) return { start: member.start, subject: { kind: 'name', name: member.name } };
    return { start: organisation.start, subject: { kind: 'organisation', name: organisation.name } };
  }
  // "Officials said", "Residents called": a capitalised noun for people opening a sentence describes, it does not name.
  if (phrase !== null && !phrase.name.includes(' ') && isSpeakerDescription(phrase.name) && phrase.role === null) {
    return { start: phrase.start, subject: { kind: 'description', at: phrase.start, text: phrase.name } };
  }
  // "Mrs. Clinton said": the honorific opens the subject.
  if (phrase !== null) return { start: HONORIFICS.has(lower(paragraph.tokens[phrase.start - 1])) ? phrase.start - 1 : phrase.start, subject: { kind: 'name', name: phrase.name } };
  // "the Florida senator said", "officials said": a description; a person only when one is clearly meant.
  const description = descriptionEndingAt(paragraph, at);
  if (description !== null) return { start: description.start, subject: { kind: 'description', at: description.start, text: description.text } };
  // "by calling", "to say": a verb after a function word has no subject here.
  if (/^\p{Ll}/u.test(token.text) && !STOPWORDS.has(word)) return { start: at, subject: { kind: 'nobody' } };
  return null;
}

/** "said Maria Lopez", "said Sen. Sherrod Brown of Ohio", "said Friday", "said the spokesman", "according to Reuters". */
function subjectAfter(context: Context, verb: number, ceiling: number): Found {
  const { paragraph } = context;
  const { tokens } = paragraph;
  let first = verb + 1;
  // "said Friday", "said on Monday", "said recently": time, not the speaker.
  while (first < ceiling && (TIME_WORDS.has(lower(tokens[first])) || (lower(tokens[first]) === 'on' && TIME_WORDS.has(lower(tokens[first + 1]))))) first += 1;
  // "said Mr. Brown", "said Ms. Acosta": the honorific is not the name.
  if (HONORIFICS.has(lower(tokens[first])) && isCapitalisedName(tokens[first + 1])) first += 1;
  const token = tokens[first];
  if (first >= ceiling || token === undefined || token.kind !== 'word') return null;
  const word = token.text.toLowerCase();
  if (PRONOUNS.has(word)) return { start: verb, subject: { kind: 'pronoun', at: first, word } };
  const organisation = organisationStartingAt(paragraph, word === 'the' ? first + 1 : first, ceiling);
  const phrase = namePhraseStartingAt(paragraph, first, ceiling);
  // "said the Justice Department", "said the DNC": an organisation, as "the DNC said" is; but
  // "said New York Times columnist Maureen Dowd": a person the organisation's name qualifies.
  if (organisation !== null && (phrase === null || phrase.end <= organisation.end) && !(phrase !== null && context.people.isPerson(phrase.name))) {
    return { start: verb, subject: { kind: 'organisation', name: organisation.name } };
  }
  // "said one New Hampshire Democrat": "one" opens a description here, it is not the pronoun.
  const description = /^\p{Ll}/u.test(token.text) || word === 'the' ? descriptionStartingAt(context, first, ceiling) : null;
  if (description !== null && (word === 'one' || !NON_PERSON_PRONOUNS.has(word))) return { start: verb, subject: description };
  if (NON_PERSON_PRONOUNS.has(word)) return { start: verb, subject: { kind: 'nobody' } };
  if (phrase !== null) return { start: verb, subject: { kind: 'name', name: phrase.name } };
  return STOPWORDS.has(word) ? { start: verb, subject: { kind: 'nobody' } } : null;
}

/** Words that end a description read forward: "said the spokesman who …", "said the senator in a statement". */
const DESCRIPTION_ENDS = new Set(['who', 'that', 'which', 'of', 'in', 'at', 'on', 'to', 'for', 'as', 'when', 'after', 'before', 'while']);

/** "said the spokesman, John Smith": the name in apposition; "said the Florida senator": the description. */
function descriptionStartingAt(context: Context, first: number, ceiling: number): Subject | null {
  const { paragraph } = context;
  const { tokens } = paragraph;
  let end = first;
  while (end < ceiling && end - first < MAX_PHRASE_TOKENS && tokens[end]?.kind === 'word' && !DESCRIPTION_ENDS.has(lower(tokens[end]))) end += 1;
  if (end === first) return null;
  if (tokens[end]?.text === ',') {
    const named = namePhraseStartingAt(paragraph, end + 1, ceiling);
    if (named !== null) return { kind: 'name', name: named.name };
  }
  const description = descriptionEndingAt(paragraph, end - 1);
  if (description === null || description.start !== first) return null;
  return { kind: 'description', at: first, text: description.text };
}

/** The longest organisation's name that starts at `first`, and the token after it. */
function organisationStartingAt(paragraph: Paragraph, first: number, ceiling: number): { name: string; end: number } | null {
  let best: { name: string; end: number } | null = null;
  for (let end = first; end < ceiling && end - first < MAX_PHRASE_TOKENS; end += 1) {
    const organisation = organisationEndingAt(paragraph, end);
    if (organisation !== null && organisation.start <= first + 1) best = { name: organisation.name, end: end + 1 };
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
  const { paragraph } = context;
  const { tokens } = paragraph;
  // The clause may follow an opening phrase: "On Twitter, …", "Speaking in Salem, New Hampshire, …".
  const candidates = [start];
  const opener = tokens[start];
  // A pronoun is a stop word but opens the clause itself: "He smiled and said".
  if (opener?.kind === 'word' && lower(opener) !== 'the' && !PRONOUNS.has(lower(opener)) && (STOPWORDS.has(opener.text.toLowerCase()) || /(?:ing|ly)$/u.test(opener.text))) {
    candidates.pop();
    for (let i = start; i < before && i - start <= MAX_APPOSITIVE_TOKENS; i += 1) {
      if (tokens[i]?.text === ',') candidates.push(i + 1);
      else if (tokens[i]?.kind !== 'word' && tokens[i]?.kind !== 'punct') break;
    }
  }
  for (const candidate of candidates) {
    const token = tokens[candidate];
    if (token === undefined || token.kind !== 'word' || candidate >= before) continue;
    const word = token.text.toLowerCase();
    if (PRONOUNS.has(word)) return { start: candidate, subject: { kind: 'pronoun', at: candidate, word } };
    const phrase = namePhraseStartingAt(paragraph, candidate, before);
    if (phrase === null) {
      const organisation = organisationClauseSubject(context, candidate, before);
      if (organisation !== null) return organisation;
      continue;
    }
    let verb = phrase.end;
    if (tokens[verb]?.text === ',' || tokens[verb]?.text === '(') {
      const close = closingOf(tokens, verb, before);
      if (close === null) continue;
      verb = close + 1;
    }
    verb = skipAdverbsForward(tokens, verb, before);
    const next = tokens[verb];
    if (next?.kind === 'word' && /^\p{Ll}/u.test(next.text) && !STOPWORDS.has(next.text.toLowerCase())) {
      return { start: phrase.start, subject: { kind: 'name', name: phrase.name } };
    }
  }
  return null;
}

/** "The American Bar Association completed its review and deemed him “well qualified”": an organisation opening the clause. */
function organisationClauseSubject(context: Context, candidate: number, before: number): Found {
  const { tokens, text } = context.paragraph;
  const the = lower(tokens[candidate]) === 'the';
  const first = the ? candidate + 1 : candidate;
  for (let end = first; end < before && end - first < MAX_PHRASE_TOKENS; end += 1) {
    const next = tokens[skipAdverbsForward(tokens, end + 1, before)];
    const verbFollows = next?.kind === 'word' && /^\p{Ll}/u.test(next.text) && !STOPWORDS.has(next.text.toLowerCase());
    const organisation = organisationEndingAt(context.paragraph, end);
    if (organisation !== null && organisation.start <= first && verbFollows) return { start: candidate, subject: { kind: 'organisation', name: organisation.name } };
    // "The Democratic National Convention released …": capitalised words after "the" name a body, not a person.
    const run = tokens.slice(first, end + 1);
    if (the && verbFollows && run.length >= 2 && run.every((t) => t.kind === 'word' && /^\p{Lu}/u.test(t.text))) {
      return { start: candidate, subject: { kind: 'organisation', name: text.slice(run[0]?.start ?? 0, run.at(-1)?.end ?? 0) } };
    }
    if (tokens[end]?.kind !== 'word') break;
  }
  return null;
}

/** "…such as when Cruz knocked Rubio on trade and called him …": the nearest name followed by its verb before the "and". */
function conjunctSubject(context: Context, floor: number, conjunction: number): Found {
  const { paragraph } = context;
  const { tokens } = paragraph;
  for (let at = conjunction - 1; at >= floor && conjunction - at <= MAX_APPOSITIVE_TOKENS; at -= 1) {
    if (!isCapitalisedName(tokens[at]) || isCapitalisedName(tokens[at + 1])) continue;
    const phrase = namePhraseEndingAt(paragraph, at);
    const next = tokens[skipAdverbsForward(tokens, at + 1, conjunction)];
    if (phrase !== null && phrase.start >= floor && next?.kind === 'word' && /^\p{Ll}/u.test(next.text) && !STOPWORDS.has(next.text.toLowerCase())) {
      return { start: phrase.start, subject: { kind: 'name', name: phrase.name } };
    }
  }
  return null;
}

function skipAdverbsForward(tokens: readonly Token[], from: number, ceiling: number): number {
  let at = from;
  let adverbs = 0;
  while (at < ceiling && adverbs < MAX_ADVERBS && isAdverb(tokens[at])) {
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
function recordMentions(paragraph: Paragraph, people: PeopleRegister, mentions: Mention[]): number[] {
  const result: number[] = [];
  const sentenceStarts = new Set(paragraph.sentences.map(([start]) => start));
  let next = 0;
  for (let i = 0; i < paragraph.tokens.length; i += 1) {
    result.push(mentions.length);
    const phrase = paragraph.names[next];
    if (phrase?.end === i + 1) {
      next += 1;
      const subject = sentenceStarts.has(phrase.start) || opensClause(paragraph.tokens, phrase.start, 0);
      if (people.isPerson(phrase.name)) mentions.push({ name: people.resolve(phrase.name), subject });
    }
  }
  result.push(mentions.length);
  return result;
}

/** A quotation that is a whole sentence on its own, with no clause around it. */
function isStandaloneQuote(paragraph: Paragraph, range: [number, number] | undefined, quoteToken: number): boolean {
  const [start, end] = range ?? [quoteToken, quoteToken + 1];
  for (let i = start; i < end; i += 1) if (i !== quoteToken && paragraph.tokens[i]?.kind !== 'punct') return false;
  return true;
}
