// Scraped text with a site's furniture mixed around the article: whatever
// the furniture and wherever the phrase rules meet it, what comes out is
// exactly the article's paragraphs, and each removed line is reported.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/index.ts';

const RUNS = Number(process.env['PROPERTY_RUNS'] ?? 300);

/** One line of each furniture class the phrase rules know, as sites write them. */
const FURNITURE_LINES = [
  'Skip to main content', 'Subscribe now', 'Sign in', 'Privacy Policy', 'Terms of Use', 'Most read', 'Related stories',
  'Read more:', 'Share this article', 'Copy link', 'Lesen Sie auch', 'Lire aussi', 'Teilen mit:', '12 Comments', 'Leave a Reply',
  '© 2025 The Harbour Times. All rights reserved.', 'Advertisement', 'ANZEIGE', 'Photo: Reuters', '(AP Photo/Jo Park)',
  'Image source, Getty Images', 'We use cookies to improve your experience. Accept', 'Updated 3 hours ago', '5 min read',
  'Reporting by Jo Park; Editing by Sam Lee', 'By Jo Park and Sam Lee',
];
const MENU_LINES = ['News', 'Sport', 'Business', 'Culture', 'Weather', 'Opinion', 'Travel'];
const WORDS = ['council', 'harbour', 'ferry', 'budget', 'residents', 'the', 'new', 'plan', 'river', 'vote', 'school', 'bridge', 'a', 'for', 'on'];

const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 9, maxLength: 20 })
  .map((words) => `${words.join(' ').replace(/^./u, (first) => first.toUpperCase())}.`);
/** Prose paragraphs, each made distinct so none is a repeat of another. */
const prose = fc
  .array(fc.array(sentence, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 })
  .map((paragraphs) => paragraphs.map((sentences, i) => `${sentences.join(' ')} (${i + 1})`));
const furniture = fc.array(fc.constantFrom(...FURNITURE_LINES), { maxLength: 3 });

describe('property: furniture mixed around article prose', () => {
  it('comes out as exactly the prose, every furniture line reported', () => {
    fc.assert(
      fc.property(prose, fc.array(furniture, { minLength: 8, maxLength: 8 }), fc.array(fc.constantFrom(...MENU_LINES), { minLength: 0, maxLength: 7 }), (paragraphs, around, menu) => {
        const lines = ['Harbour ferry timetable changes', ...(around[0] ?? [])];
        paragraphs.forEach((paragraph, i) => lines.push(paragraph, ...(around[i + 1] ?? [])));
        // A menu below the article: three or more of its lines make one.
        if (menu.length >= 3) lines.push(...menu);
        const result = ingestArticle({ path: 'scraped.txt', bytes: new TextEncoder().encode(lines.join('\n\n')) });
        if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
        expect(result.value.paragraphs).toEqual(paragraphs);
        const reported = result.value.removed.map((r) => r.text);
        const inserted = around.slice(0, paragraphs.length + 1).flat();
        for (const line of [...inserted, ...(menu.length >= 3 ? menu : [])]) expect(reported).toContain(line);
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps what is the article’s own: one-word subheadings and lists inside it, lists, addresses and signatures below it', () => {
    const ingest = (...lines: string[]) => {
      const result = ingestArticle({ path: 'own.txt', bytes: new TextEncoder().encode(['Allotments', ...lines].join('\n\n')) });
      if (!result.ok) throw new Error('refused');
      return result.value.paragraphs;
    };
    const prose = 'The society opened its waiting list for the first time in six years after the council added plots.';
    const more = 'Plots cost forty pounds a year and come with a shed, a water butt and a compost bay.';
    expect(ingest(prose, 'Contact', more, 'Menu', more.replace('forty', 'fifty'))).toHaveLength(5);
    expect(ingest(prose, 'What changes for renters:', 'Higher fees', 'No paper forms', 'A new office')).toHaveLength(5);
    expect(ingest(prose, 'Jane Smith', 'Chair, Mill Lane Residents', 'Harwich')).toHaveLength(4);
    expect(ingest(prose, 'Hamlet – Paapa Essiedu', 'Ophelia – Mimi Ndiweni', 'Claudius – Clarence Smith')).toHaveLength(4);
    expect(ingest(prose, 'Home.', more)).toHaveLength(3);
    const oneWordTitle = ingestArticle({ path: 'weather.txt', bytes: new TextEncoder().encode(`Weather\n\n${prose}`) });
    expect(oneWordTitle.ok && oneWordTitle.value.title).toBe('Weather');
    expect(ingest(prose, 'Reuters/Ipsos polling shows a narrow lead for the mayor', 'Editing by AI: is it the end of the copy desk?', more)).toHaveLength(4);
    expect(ingest(prose, '(c) any person who knowingly sells a firearm to a minor;', 'Copyright law has not kept pace with AI, the judge wrote.', more)).toHaveLength(4);
    expect(ingest(prose, 'We use cookies to make bread rise faster, the baker said.', more)).toHaveLength(3);
  });

  it('takes a line for a date stamp only when something in it dates it', () => {
    const removedAs = (line: string) => {
      const result = ingestArticle({ path: 'stamp.txt', bytes: new TextEncoder().encode(`Title\n\n${line}\n\nThe council approved the harbour plan on a narrow vote after a long debate.`) });
      return result.ok ? (result.value.removed.find((r) => r.text === line)?.reason ?? null) : 'refused';
    };
    expect(removedAs('12 February 2025, 9.40pm')).toBe('dateline');
    expect(removedAs('Updated 12/02/2025 09:40')).toBe('dateline');
    expect(removedAs('A — —. (1)')).toBe(null);
    expect(removedAs('A (1)')).toBe(null);
    expect(removedAs('A — Monday. (1)')).toBe(null);
    expect(removedAs('May (2)')).toBe(null);
    expect(removedAs('Monday, 12 March')).toBe('dateline');
    expect(removedAs('Updated Monday 9am')).toBe('dateline');
    expect(removedAs('Publié le 3 mars à 10h')).toBe('dateline');
  });

  it('reads hostile long lines in linear time', () => {
    for (const line of ['. '.repeat(50_000), ':*!?'.repeat(25_000), '…'.repeat(50_000), `${'©'.repeat(50_000)}x`, 'subscribe '.repeat(20_000)]) {
      expect(ingestArticle({ path: 'long.txt', bytes: new TextEncoder().encode(`Title\n\n${line}x`) }).ok).toBe(true);
    }
  });

  it('keeps a line between paragraphs that looks like a menu, and a recipe’s figures after them', () => {
    const text = ['Allotments', 'The society opened its list for the first time in six years after the council added plots.', 'Proof of address', 'A short note', 'The yearly fee', 'Plots cost forty pounds a year and come with a shed and a water butt.', '390 kcal', '12 g protein', '8 g fat'].join('\n\n');
    const result = ingestArticle({ path: 'list.txt', bytes: new TextEncoder().encode(text) });
    if (!result.ok) throw new Error('refused');
    expect(result.value.paragraphs).toHaveLength(8);
  });
});
