// Quotations and speakers: one fixture folder per failure class
// (tests/fixtures/attribution/, laid out like the development corpus so
// `npm run eval:quotes` reads them), the scoring rules of that command, and a
// property over generated articles: a speaker is always words of the text
// that name someone, never a place, a day or words from inside a quotation.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../src/ingest/09-quotes.ts';
import { ingestArticle } from '../../src/ingest/index.ts';
import { evaluateQuotes, formatQuoteReport, readQuoteFolder } from '../../tooling/quoteEval.ts';
import { matchQuotes, overlap, quoteScores, sameSpeaker, scoreArticle, words } from '../../tooling/quoteScore.ts';
import { PROJECT_ROOT } from '../../tooling/project.ts';

const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/attribution');
const CLASSES = readdirSync(FIXTURES).sort();
const RUNS = Number(process.env['PROPERTY_RUNS'] ?? 300);

describe('attribution fixtures', () => {
  it('cover every failure class', () => {
    expect(CLASSES).toEqual([
      'colon-and-neighbours',
      'descriptions-between',
      'not-names',
      'organisations',
      'pronouns',
      'quotation-styles',
      'role-only',
      'speech-verbs',
      'titles-and-scare-quotes',
    ]);
  });

  describe.each(CLASSES)('%s', (name) => {
    const folder = join(FIXTURES, name);
    it.each(readQuoteFolder(folder).map((article) => [article.id, article] as const))('%s: every quotation, with its speaker, and nothing else', (_, article) => {
      const result = ingestArticle({ path: article.file, bytes: new Uint8Array(readFileSync(join(folder, article.file))) });
      if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
      expect(result.value.quotes.map((q) => [q.text, q.speaker])).toEqual(article.quotes.map((q) => [q.text, q.speaker]));
    });
  });

  it('score 1.000 through npm run eval:quotes', () => {
    for (const name of CLASSES) {
      const folder = join(FIXTURES, name);
      const report = evaluateQuotes(folder, readQuoteFolder(folder));
      expect(report.scores.detection.f1, name).toBe(1);
      expect(report.scores.endToEnd.f1, name).toBe(1);
      expect(formatQuoteReport(report)).toContain('| all ');
    }
  });
});

describe('quotation marks', () => {
  const quotations = (...paragraphs: string[]) => findQuotations(paragraphs).quotations.map((q) => q.text);

  it('never take an apostrophe for a quotation mark', () => {
    expect(quotations("'Bama fans cheered. “We won,” said coach Nick Saban, praising the players' effort.")).toEqual(['We won']);
    expect(quotations("'The teachers' union is wrong,' Hale said.")).toEqual(["The teachers' union is wrong"]);
    expect(quotations("In the '90s rock 'n' roll was everywhere.")).toEqual([]);
  });

  it('read a dash as dialogue only where lines are spoken, not in a list', () => {
    expect(quotations('Key dates:', '— March 3: consultation opens', '— April 9: vote')).toEqual([]);
    expect(quotations('— Not yet — she said.', '— Why not?', '— Because.')).toEqual(['Not yet', 'Why not?', 'Because.']);
  });

  it('stay linear on thousands of unclosed single quotes', () => {
    expect(quotations("'Nam ".repeat(20_000))).toEqual([]);
  });
});

describe('the scoring rules', () => {
  it('match by shared words over the longer quotation, one to one, best first', () => {
    expect(words('It’s “over,” he said.')).toEqual(['it’s', 'over', 'he', 'said']);
    expect(overlap(['a', 'b', 'c', 'd'], ['a', 'b'])).toBe(0.5);
    expect(overlap(['a', 'a'], ['a'])).toBe(0.5);
    expect(matchQuotes(['we will win the vote', 'we will win'], ['we will win the vote'])).toEqual([[0, 0]]);
    expect(matchQuotes(['one two three four five'], ['one two'])).toEqual([]);
  });

  it('take a speaker as right when either surname is a word of the other name', () => {
    expect(sameSpeaker('Sen. Ron Johnson', 'Ron Johnson')).toBe(true);
    expect(sameSpeaker('Johnson', 'Ron Johnson')).toBe(true);
    expect(sameSpeaker('Robert F. Kennedy Jr.', 'Kennedy')).toBe(true);
    expect(sameSpeaker('Ron Johnson', 'Ron Paul')).toBe(false);
    expect(sameSpeaker('Ron Johnson', null)).toBe(false);
  });

  it('leave ignored text out, count titles as false finds and score speakers only where annotators named them', () => {
    const gold = {
      quotes: [
        { text: 'We will win', speaker: 'Ana Ruiz', speaker_kind: 'name' as const },
        { text: 'It is over', speaker: 'Tom Hale', speaker_kind: 'coref' as const },
      ],
      ignore: [{ text: 'Headline words here' }],
    };
    const { counts } = scoreArticle(gold, [
      { text: 'We will win', speaker: 'Ruiz' },
      { text: 'It is over', speaker: null },
      { text: 'Headline words here', speaker: null },
      { text: 'Fox News Sunday', speaker: null },
    ]);
    expect(counts).toMatchObject({ gold: 2, predicted: 3, matched: 2, named: 1, namedRight: 1, goldNamed: 1, matchedUnnamed: 1 });
    expect(quoteScores(counts).endToEnd).toEqual({ precision: 0.5, recall: 1, f1: 2 / 3 });
  });
});

const PEOPLE = ['Ana Ruiz', 'Tom Hale', 'Sofia Marsh', 'Sen. Robert Kline', 'Mayor Alan Ward', 'Dr. Priya Nair'];
const PLACES = ['Ohio', 'Paris', 'Sumter, South Carolina', 'New York'];
const DAYS = ['Friday', 'Monday', 'March', 'last week'];
const QUOTED = ['We will win', 'Ohio is ours', 'Friday was a disaster', 'Tell Tom Hale to go home', 'never again', 'Paris, then Berlin'];
/** The person a clause names, as a speaker: without the title. */
const nameOf = (person: string) => person.replace(/^(?:Sen\.|Mayor|Dr\.) /u, '');
/** Each shape, and who it says spoke: a name, a description, or `undefined` where the text alone does not settle it. */
const CLAUSES: Array<(q: string, p: string, place: string, day: string) => [string, string | undefined]> = [
  (q, p) => [`“${q},” ${p} said.`, nameOf(p)],
  (q, p) => [`“${q},” said ${p} of Ohio.`, nameOf(p)],
  (q, p, place, day) => [`${p}, who lives in ${place}, said on ${day} that it was “${q}.”`, nameOf(p)],
  (q, p, _place, day) => [`“${q},” ${p} told reporters ${day}.`, nameOf(p)],
  (q, _p, place) => [`In ${place}, “${q},” officials said.`, 'officials'],
  (q, _p, _place, day) => [`“${q},” she said ${day}.`, undefined],
  (q, p) => [`${p} called the plan “${q}.”`, nameOf(p)],
  (q, _p, place, day) => [`On ${day}, the ${place} council voted. “${q}.”`, undefined],
  (q, p, place) => [`“${q},” ${p} (D-${place.slice(0, 3)}.) said in ${place}.`, nameOf(p)],
];

describe('property: a speaker is the person the clause names, never a place or a day', () => {
  it('holds over generated articles', () => {
    const paragraph = fc
      .tuple(fc.integer({ min: 0, max: CLAUSES.length - 1 }), fc.constantFrom(...QUOTED), fc.constantFrom(...PEOPLE), fc.constantFrom(...PLACES), fc.constantFrom(...DAYS))
      .map(([clause, quote, person, place, day]) => CLAUSES[clause]?.(quote, person, place, day) ?? ['', undefined]);
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 8 }), (generated) => {
        const text = `Council votes on the plan\n\n${generated.map(([p], i) => `${p} (${i + 1})`).join('\n\n')}\n`;
        const result = ingestArticle({ path: 'generated.txt', bytes: new TextEncoder().encode(text) });
        if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
        expect(result.value.quotes).toHaveLength(generated.length);
        const narration = result.value.paragraphs.map((p) => p.replace(/“[^”]*”/gu, ' ')).join('\n');
        result.value.quotes.forEach((quote, i) => {
          const expected = generated[i]?.[1];
          if (expected !== undefined) expect(quote.speaker).toBe(expected);
          if (quote.speaker === null) return;
          // Words of the text outside quotations, and never a place or a day.
          expect(narration).toContain(quote.speaker);
          for (const notAName of [...PLACES.flatMap((p) => p.split(', ')), ...DAYS]) expect(quote.speaker).not.toBe(notAName);
        });
        for (const speaker of result.value.speakers) expect(speaker.name).toMatch(/^\p{Lu}/u);
      }),
      { numRuns: RUNS },
    );
  });
});
