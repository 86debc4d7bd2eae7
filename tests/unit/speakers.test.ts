import { describe, expect, it } from 'vitest';
import { attributeQuotes } from '../../src/ingest/10-speakers.ts';

const speakersOf = (...paragraphs: string[]) => attributeQuotes(paragraphs).quotes.map((q) => q.speaker);

describe('attributeQuotes', () => {
  it('resolves a surname to the full name the article gave', () => {
    expect(speakersOf('Finance Minister Ana Ruiz spoke on Monday.', '“We will cut taxes,” Ruiz said.')).toEqual(['Ana Ruiz']);
  });

  it('resolves he/she to the nearest person named before', () => {
    expect(speakersOf('Mayor Tom Hale opened the bridge.', '“It took ten years,” he said.')).toEqual(['Tom Hale']);
  });

  it('reads inverted attribution with an appositive role', () => {
    const { quotes, speakers } = attributeQuotes(['“Buses will run all night,” said Maria Lopez, the city’s transport director.']);
    expect(quotes[0]?.speaker).toBe('Maria Lopez');
    expect(speakers).toEqual([{ name: 'Maria Lopez', role: 'the city’s transport director', kind: 'person' }]);
  });

  it('reads "according to"', () => {
    expect(speakersOf('The plan is “dead on arrival,” according to Senator Lisa Park.')).toEqual(['Lisa Park']);
  });

  it('gives null, not a guess, when nobody is named', () => {
    expect(speakersOf('The sign read “Closed for repairs.”')).toEqual([null]);
    expect(speakersOf('“It is over,” he said.')).toEqual([null]);
    expect(speakersOf('“We will appeal,” they said.')).toEqual([null]);
    expect(speakersOf('Councillors opposed to the plan said the money was “for the roads.”')).toEqual([null]);
  });

  it('keeps a description as the speaker when no named person stands behind it, and gives it no page', () => {
    const { quotes, speakers } = attributeQuotes(['“We are monitoring the situation,” a spokesperson said.']);
    expect(quotes.map((q) => q.speaker)).toEqual(['a spokesperson']);
    expect(speakers).toEqual([]);
  });

  it('does not take a place for a person', () => {
    expect(speakersOf('In Ukraine, “the mood is grim,” officials said.')).toEqual(['officials']);
    expect(speakersOf('“It will hold,” said Sen. Sherrod Brown of Ohio.')).toEqual(['Sherrod Brown']);
    expect(speakersOf('Anna Berg opened the bridge. “It is safe,” Berg said Friday.')).toEqual(['Anna Berg']);
  });

  it('reads a name ending in -ly as a name, not an adverb, and "one …" as a description', () => {
    expect(speakersOf('“Elections matter,” Kelly said.')).toEqual(['Kelly']);
    expect(speakersOf('“It will be close,” said one New Hampshire Democrat.')).toEqual(['one New Hampshire Democrat']);
  });

  it('reads roles, titles and organisations around a name in either order', () => {
    expect(speakersOf('“It is new,” said University of Texas professor John Doe.')).toEqual(['John Doe']);
    expect(speakersOf('“We are sure,” Mayor of London Sadiq Khan said.')).toEqual(['Sadiq Khan']);
    expect(speakersOf('“No comment,” a spokeswoman for Apple said.')).toEqual(['a spokeswoman for Apple']);
    expect(speakersOf('“Yes,” Prime Minister Theresa May said.')).toEqual(['Theresa May']);
    expect(speakersOf('“We won,” said the Justice Department.', '“We won,” the Justice Department said.')).toEqual(['Justice Department', 'Justice Department']);
    expect(speakersOf('“Fine,” said New York Times columnist Maureen Dowd.')).toEqual(['Maureen Dowd']);
    expect(speakersOf('“Good,” Dr. Anthony Fauci said.', '“Sure,” Ohio Gov. John Kasich said.', '“Later,” Fauci said.')).toEqual(['Anthony Fauci', 'John Kasich', 'Anthony Fauci']);
  });

  it('does not carry a speaker past someone else, nor a description to someone it does not fit', () => {
    expect(speakersOf('“We lost,” Hale said.', 'Ruiz took the stage an hour later. “We won, and we deserved it.”')).toEqual(['Hale', null]);
    expect(speakersOf('Tom Hale, the governor, spoke.', '“It is sound,” the mayor said.')).toEqual(['the mayor']);
    expect(speakersOf('Officials said the bridge was “unsafe.”')).toEqual(['Officials']);
  });

  it('tells organisations from people', () => {
    const { speakers } = attributeQuotes(['“We were not consulted,” the DNC said.', '“We were,” said union leader Tom Hale.']);
    expect(speakers).toEqual([
      { name: 'DNC', role: null, kind: 'organisation' },
      { name: 'Tom Hale', role: 'union leader', kind: 'person' },
    ]);
  });

  it('resolves he and she by the gender the article gives, preferring the subject', () => {
    expect(
      speakersOf('Sen. Anna Berg met Mayor Tom Hale on Monday, and she told him the plan was dead.', '“I did not put down conditions,” she said.'),
    ).toEqual(['Anna Berg']);
    expect(speakersOf('Ms. Berg spoke after Mr. Hale.', '“No,” he said.')).toEqual(['Hale']);
  });

  it('joins a quotation that runs over paragraphs into one', () => {
    const { quotes } = attributeQuotes(['“First part of the speech,” Hale said. “Second part', '“Third part and the end.”', 'Then he left.']);
    expect(quotes.map((q) => [q.text, q.speaker, q.paragraph])).toEqual([
      ['First part of the speech', 'Hale', 0],
      ['Second part Third part and the end.', 'Hale', 0],
    ]);
  });

  it('keeps the speaker as written when a surname is ambiguous', () => {
    expect(speakersOf('Anna Berg and Olof Berg both spoke.', '“We agree,” Berg said.')).toEqual(['Berg']);
  });

  it('handles long hostile input quickly and without throwing', () => {
    const hostile = [
      '“'.repeat(50_000),
      `${'Aa '.repeat(30_000)}said`,
      `“${'x'.repeat(100_000)}`,
      '"'.repeat(20_001),
      // One sentence of 5,000 attributed quotations: each clause is found once, not once per quotation.
      '“Word,” said Tom Hale, the chair, and '.repeat(5_000),
      `${"''Yes,'' Mr. Lee said, ".repeat(5_000)}and he left.`,
      // One paragraph of 10,000 sentences, each opened by a name: each name is read once per pass, not once per sentence or quotation.
      'Ana Ruiz spoke. “We won.” Tom Hale spoke. “We lost.” '.repeat(5_000),
    ];
    expect(() => attributeQuotes(hostile)).not.toThrow();
  });
});
