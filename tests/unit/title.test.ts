// The title of a plain-text article: its first line, unless the text was
// copied from a whole page, whose first lines are the site's.
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/index.ts';

const prose = 'The harbour board approved a new ferry timetable on Monday after a six-week public consultation.';
const titleOf = (...lines: string[]) => {
  const result = ingestArticle({ path: 'copied.txt', bytes: new TextEncoder().encode(lines.join('\n\n')) });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.value.title;
};

describe('the title of a plain-text article', () => {
  it('is the first line of a file written with its headline first, whatever lines follow it', () => {
    expect(titleOf('Ferry timetable changes', 'Island news', prose)).toBe('Ferry timetable changes');
    expect(titleOf('Ferry timetable changes', 'By Jo Park', '12 March 2025', prose)).toBe('Ferry timetable changes');
  });

  it('is the headline below the site’s menus in text copied from a page, past bylines, dates and comment counts', () => {
    expect(titleOf('The Harbour Times', 'Skip to main content', 'News', 'Sport', 'Island ferry gets an earlier crossing', 'By Jo Park', '12 March 2025', '4 comments', prose))
      .toBe('Island ferry gets an earlier crossing');
    expect(titleOf('Zum Inhalt springen', 'Inselfähre fährt früher', 'Veröffentlicht am 12. März 2025 von Jo Park', prose)).toBe('Inselfähre fährt früher');
  });

  it('stays the first line when nothing above the copied text’s prose reads as a headline', () => {
    expect(titleOf('The Harbour Times', 'Skip to main content', 'Sections:', prose)).toBe('The Harbour Times');
  });
});
