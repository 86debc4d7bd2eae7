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
    // One line of furniture, an advertisement or a share button above the prose is no site's menu.
    expect(titleOf('Ferry timetable changes', 'Islanders will reach the mainland before eight', 'Advertisement', prose)).toBe('Ferry timetable changes');
    expect(titleOf('Ferry timetable changes', 'News', 'Jane Smith', prose)).toBe('Ferry timetable changes');
    expect(titleOf('Ferry timetable changes', 'Subscribe', 'A letter from the harbour master', prose)).toBe('Ferry timetable changes');
  });

  it('is the headline below the site’s menus in text copied from a page, past bylines, dates and comment counts', () => {
    expect(titleOf('The Harbour Times', 'Skip to main content', 'News', 'Sport', 'Island ferry gets an earlier crossing', 'By Jo Park', '12 March 2025', '4 comments', prose))
      .toBe('Island ferry gets an earlier crossing');
    expect(titleOf('Zum Inhalt springen', 'Startseite', 'Inselfähre fährt früher', 'Veröffentlicht am 12. März 2025 von Jo Park', prose)).toBe('Inselfähre fährt früher');
    expect(titleOf('Harbour Times', 'Skip to main content', 'Sign in', '5 things to know about the new ferry timetable', '5 min read', prose)).toBe('5 things to know about the new ferry timetable');
    expect(titleOf('Harbour Times', 'Skip to main content', 'Sign in', 'Covid-19 rules for ferry passengers end in June', 'By Jo Park', 'Island Correspondent', prose)).toBe('Covid-19 rules for ferry passengers end in June');
  });

  it('stays the first line when nothing above the copied text’s prose reads as a headline', () => {
    expect(titleOf('The Harbour Times', 'Skip to main content', 'Sections:', prose)).toBe('The Harbour Times');
  });

  it('has a dek from the first paragraph that ends as a sentence, however short', () => {
    const dekOf = (...lines: string[]) => {
      const result = ingestArticle({ path: 'dek.txt', bytes: new TextEncoder().encode(lines.join('\n\n')) });
      return result.ok ? result.value.dek : null;
    };
    expect(dekOf('Ferry timetable changes', 'Nobody saw it coming.', prose)).toBe('Nobody saw it coming.');
    expect(dekOf('Harbour Times', 'Skip to main content', 'Sign in', 'Island ferry gets an earlier crossing', 'Islands', prose)).toBe(prose);
  });
});
