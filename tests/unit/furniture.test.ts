// Scraped text with a site's furniture mixed around the article: whatever
// the furniture and wherever the phrase rules meet it, what comes out is
// exactly the article's paragraphs, and each removed line is reported.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/index.ts';

const RUNS = Number(process.env['PROPERTY_RUNS'] ?? 300);

/** One line of each furniture class the phrase rules know, as sites write them, that a page may put between an article's paragraphs. */
const FURNITURE_LINES = [
  'Skip to main content', 'Subscribe now', 'Sign in', 'Related stories', 'Read more:', 'Copy link', 'Lesen Sie auch', 'Lire aussi',
  '© 2025 The Harbour Times. All rights reserved.', 'Advertisement', 'ANZEIGE', 'Photo: Reuters', '(AP Photo/Jo Park)',
  'Image source, Getty Images', 'We use cookies to improve your experience. Accept', 'Updated 3 hours ago', '5 min read',
  'Reporting by Jo Park; Editing by Sam Lee', 'By Jo Park and Sam Lee',
];
/** Lines that end an article when they come below most of its prose: a comment section, a share bar, the site's links. */
const END_LINES = ['Most read', 'Privacy Policy', 'Terms of Use', 'Share this article', 'Teilen mit:', '12 Comments', 'Leave a Reply'];
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
const anyFurniture = fc.array(fc.constantFrom(...FURNITURE_LINES, ...END_LINES), { maxLength: 3 });

/** Why `line` is removed when it stands between two paragraphs of prose; null when it stays. */
function removedAs(line: string): string | null {
  const prose = 'The society opened its waiting list for the first time in six years after the council added plots.';
  const result = ingestArticle({ path: 'line.txt', bytes: new TextEncoder().encode(`Allotments\n\n${prose}\n\n${line}\n\n${prose.replace('six', 'seven')}`) });
  return result.ok ? (result.value.removed.find((r) => r.text === line)?.reason ?? null) : 'refused';
}

describe('property: furniture mixed around article prose', () => {
  it('comes out as exactly the prose, every furniture line reported', () => {
    fc.assert(
      fc.property(prose, anyFurniture, fc.array(furniture, { minLength: 8, maxLength: 8 }), anyFurniture, fc.array(fc.constantFrom(...MENU_LINES), { minLength: 0, maxLength: 7 }), (paragraphs, top, between, bottom, menu) => {
        // Above the article and below it, any furniture; between its paragraphs, what a page puts there.
        const around = [top, ...between.slice(0, paragraphs.length - 1), bottom];
        const lines = ['Harbour ferry timetable changes', ...top];
        paragraphs.forEach((paragraph, i) => lines.push(paragraph, ...(around[i + 1] ?? [])));
        // A menu below the article: three or more of its lines make one.
        if (menu.length >= 3) lines.push(...menu);
        const result = ingestArticle({ path: 'scraped.txt', bytes: new TextEncoder().encode(lines.join('\n\n')) });
        if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
        expect(result.value.paragraphs).toEqual(paragraphs);
        const reported = result.value.removed.map((r) => r.text);
        const inserted = around.flat();
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
    expect(removedAs('12 February 2025, 9.40pm')).toBe('dateline');
    expect(removedAs('Updated 12/02/2025 09:40')).toBe('dateline');
    expect(removedAs('A — —. (1)')).toBe(null);
    expect(removedAs('A (1)')).toBe(null);
    expect(removedAs('A — Monday. (1)')).toBe(null);
    expect(removedAs('May (2)')).toBe(null);
    expect(removedAs('Monday, 12 March')).toBe('dateline');
    expect(removedAs('Updated Monday 9am')).toBe('dateline');
    expect(removedAs('Publié le 3 mars à 10h')).toBe('dateline');
    expect(removedAs('Montag, 21 Uhr')).toBe('dateline');
    // A time alone heads a live blog's entry.
    expect(removedAs('9am')).toBe(null);
    expect(removedAs('At 9pm')).toBe(null);
    expect(removedAs('19:05')).toBe(null);
    expect(removedAs('21.30 Uhr')).toBe(null);
    expect(removedAs('Updated 19:05')).toBe('dateline');
  });

  it('knows a blog’s comment notices, follow-by-email box, post footer and credit line, and leaves sentences like them', () => {
    for (const line of ['Es gibt noch keine Kommentare', 'No responses yet', 'Comments are closed', 'Hinterlasse jetzt einen Kommentar', 'Aucun commentaire',
      'Enter your email address to follow this blog and receive notifications of new posts by email.',
      'Gib deine E-Mail-Adresse ein, um diesem Blog zu folgen und per E-Mail Benachrichtigungen über neue Beiträge zu erhalten.',
      'This entry was posted in Allotments, News. Bookmark the permalink.', 'Powered by WordPress', 'Bloggen auf WordPress.com.']) {
      expect(removedAs(line), line).toBe('boilerplate');
    }
    for (const line of ['No comments were received before the deadline, the council said.', 'This entry was posted in 1998 and never answered, he says, and so the plot stayed empty.']) {
      expect(removedAs(line), line).toBe(null);
    }
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

  describe('the end of the article', () => {
    const paragraphs = [
      'The harbour board approved the new ferry timetable on Monday after a long public consultation.',
      'Residents of the island had asked for an earlier morning crossing for workers and school pupils.',
      'The first boat will now leave at six, half an hour earlier than before, from the second of June.',
      'The board said fares would stay the same for at least another year, whatever fuel prices do.',
      'A review of the winter timetable is planned for the autumn, the board said in a statement.',
    ];
    const ingestLines = (lines: string[]) => {
      const result = ingestArticle({ path: 'scraped.txt', bytes: new TextEncoder().encode(['Ferry timetable changes', ...lines].join('\n\n')) });
      if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
      return result.value;
    };

    it('is a comment section below most of the prose: the comments go, however much they read as prose', () => {
      const comments = [
        'About time too. I have been late for work every week this winter because of the old timetable.',
        'Will the earlier boat also run on Saturdays? The notice at the terminal does not say anything.',
      ];
      const article = ingestLines([...paragraphs, '2 Comments', 'Jo Park', comments[0]!, 'Reply', 'Sam Lee', comments[1]!, 'Reply']);
      expect(article.paragraphs).toEqual(paragraphs);
      const afterArticle = article.removed.filter((r) => r.reason === 'after-article').map((r) => r.text);
      expect(afterArticle).toEqual(expect.arrayContaining(comments));
    });

    it('is a share bar or the site’s links below four fifths of the prose: teasers after them go', () => {
      const teaser = 'Council votes to close the old library and move its books to the new school building next year.';
      expect(ingestLines([...paragraphs, 'Most read', teaser, 'Bridge repairs to start in May']).paragraphs).toEqual(paragraphs);
      expect(ingestLines([...paragraphs, 'Share this article', teaser]).paragraphs).toEqual(paragraphs);
    });

    it('is never a box of links a page puts inside its articles, nor a line above most of the prose', () => {
      const teaser = 'Bridge repairs to start in May';
      const last = paragraphs.length - 1;
      // "Read more" inside the last fifth; "Most read" and a comment count above half the prose.
      expect(ingestLines([...paragraphs.slice(0, last), 'Read more:', teaser, paragraphs[last]!]).paragraphs).toEqual([...paragraphs.slice(0, last), teaser, paragraphs[last]]);
      expect(ingestLines([...paragraphs.slice(0, 2), 'Most read', ...paragraphs.slice(2)]).paragraphs).toEqual(paragraphs);
      expect(ingestLines(['12 Comments', ...paragraphs.slice(0, 2), 'Leave a Reply', ...paragraphs.slice(2)]).paragraphs).toEqual(paragraphs);
      // One word is a button or a subheading ("Email" in a guide to scams); two in a row are a share bar.
      for (const line of ['Email', 'Print', 'Share', 'Back to top', 'Noticias relacionadas', 'Articles liés', 'Ähnliche Artikel']) {
        expect(ingestLines([...paragraphs.slice(0, last), line, paragraphs[last]!]).paragraphs).toEqual(paragraphs);
      }
      expect(ingestLines([...paragraphs.slice(0, last), 'Facebook', 'Twitter', teaser]).paragraphs).toEqual(paragraphs.slice(0, last));
    });

    it('is where the body ends and the site’s furniture begins, when little prose is left below', () => {
      const teasers = [
        'Council votes to close the old library and move its books into the new school building next year.',
        'Three new bus routes for the north of the city will start running in the spring, the operator says.',
      ];
      const sources = ['Sources:', 'Harbour board minutes', 'Island residents’ association'];
      const footer = ['Sign in', 'Latest', 'Weather', '© 2025 The Harbour Times', teasers[0]!, 'Subscribe now', teasers[1]!];
      // A long article; below its body, a list of sources, then the site's links, teasers and copyright.
      const body = [0, 1, 2, 3].flatMap((round) => paragraphs.map((p) => `${p} (${round})`));
      const article = ingestLines([...body, ...sources, ...footer]);
      expect(article.paragraphs).toEqual([...body, ...sources]);
      expect(article.removed.filter((r) => r.reason === 'after-article').map((r) => r.text)).toEqual(['Latest', 'Weather', ...teasers]);
    });

    it('is never inside the body: a list or a break without furniture, or a short break, keeps the closing paragraph', () => {
      const body = [0, 1, 2].flatMap((round) => paragraphs.map((p) => `${p} (${round})`));
      const closing = 'The board meets again in March.';
      const list = ['Monday to Friday', 'Saturdays', 'Sundays', 'Bank holidays', 'School holidays', 'Festival days', 'Race days'];
      expect(ingestLines([...body, ...list, `${closing} Tickets go on sale next week at the harbour office.`]).paragraphs).toHaveLength(body.length + list.length + 1);
      // Below the body without prose after it, or after what articles hold too (a rule, an advertisement, a date, one button), nothing goes.
      expect(ingestLines([...body, '—', 'Jane Smith', 'Chair, Mill Lane Residents’ Association', 'Harwich']).paragraphs).toEqual([...body, 'Jane Smith', 'Chair, Mill Lane Residents’ Association', 'Harwich']);
      expect(ingestLines([...body, 'Advertisement', 'Key facts', 'Population 2,300', 'Area 12 km']).paragraphs).toEqual([...body, 'Key facts', 'Population 2,300', 'Area 12 km']);
      expect(ingestLines([...body, 'Share', 'Key facts', 'Population 2,300', 'Area 12 km']).paragraphs).toEqual([...body, 'Key facts', 'Population 2,300', 'Area 12 km']);
      const box = ['Timetable', 'Early boat', 'Late boat', 'School boat', 'Freight boat', 'Night boat'];
      expect(ingestLines([...body, 'Advertisement', ...box, `${closing} Tickets go on sale next week at the harbour office.`]).paragraphs).toEqual([...body, ...box, `${closing} Tickets go on sale next week at the harbour office.`]);
      const shortBreak = ['Advertisement', 'Story continues below'];
      expect(ingestLines([...body, ...shortBreak, `${closing} Tickets go on sale next week at the harbour office.`]).paragraphs).toEqual([...body, 'Story continues below', `${closing} Tickets go on sale next week at the harbour office.`]);
    });

    it('is found in scraped text only: a Markdown article’s own heading "Comments" ends nothing', () => {
      const markdown = ['# Ferry timetable changes', ...paragraphs.slice(0, 4), '## Comments', paragraphs[4]!].join('\n\n');
      const result = ingestArticle({ path: 'ferry.md', bytes: new TextEncoder().encode(markdown) });
      if (!result.ok) throw new Error('refused');
      expect(result.value.paragraphs.filter((p) => p === paragraphs[4])).toHaveLength(1);
    });
  });
});
