// Correct text is never changed. The corpus (tests/fixtures/correct-text/
// <language>.txt: a headline, then paragraphs) is ordinary writing in many
// languages and scripts, with the capitals-before-punctuation that look like
// mojibake ("PELÉ’S", "“OLÉ”", "RÉSUMÉ…", "«IRMÃ»"). It must come through the
// repair, normalisation and the whole ingest byte for byte; and the same
// text misread as Windows-1252, wholly or in a few places, must come back.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode as decodeWindows1252 } from 'windows-1252';
import { normalizeText } from '../../src/ingest/03-normalize.ts';
import { formatProblem, ingestArticle, type Article } from '../../src/ingest/index.ts';
import { repairMojibake } from '../../src/ingest/mojibake.ts';
import { FIXTURE_ROOT } from '../helpers/fixtures.ts';

const CORPUS_DIR = join(FIXTURE_ROOT, 'correct-text');
const corpus = readdirSync(CORPUS_DIR)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => {
    const text = readFileSync(join(CORPUS_DIR, file), 'utf8');
    return { file, text, lines: text.split('\n').filter((line) => line !== '') };
  });

/** What a scraper makes of UTF-8 it reads as Windows-1252. */
function misread(text: string): string {
  return decodeWindows1252(new TextEncoder().encode(text));
}

function ingest(path: string, text: string): Article {
  const result = ingestArticle({ path, bytes: new TextEncoder().encode(text) });
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.value;
}

it('the corpus covers many languages', () => {
  expect(corpus.length).toBeGreaterThanOrEqual(20);
});

describe.each(corpus)('correct text: $file', ({ file, text, lines }) => {
  it('is left byte-identical by the mojibake repair', () => {
    expect(repairMojibake(text)).toBe(text);
  });

  it('is left byte-identical by normalisation', () => {
    expect(normalizeText(text)).toBe(text);
  });

  it('ingests to its own lines: the headline, then each paragraph', () => {
    const article = ingest(file, text);
    expect([article.title, ...article.paragraphs]).toEqual(lines);
  });

  it('keeps its headline and first paragraph when they are metadata', () => {
    const [title = '', description = '', ...rest] = lines;
    const markdown = `---\ntitle: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(description)}\n---\n\n${rest.join('\n\n')}\n`;
    const article = ingest(file.replace(/\.txt$/, '.md'), markdown);
    expect([article.title, article.description]).toEqual([title, description]);
  });

  it('is left alone beside a scraper’s mojibake, in the same text and on the same line', () => {
    expect(repairMojibake(`${text}\nHeâ€™s back at the cafÃ©.\n`)).toBe(`${text}\nHe’s back at the café.\n`);
    for (const line of lines) expect(repairMojibake(`${line} Heâ€™s back.`)).toBe(`${line} He’s back.`);
  });
});

// IPA letters cannot come back: "ʔ" misread is "Ê”", a capital before a
// closing quote, which is left as written. Their lines stay out of these tests.
const IPA_LETTER = /[\u0250-\u02af]/;
const restorable = corpus.map(({ file, lines }) => {
  const kept = lines.filter((line) => !IPA_LETTER.test(line));
  return { file, lines: kept, text: `${kept.join('\n\n')}\n` };
});

describe.each(restorable)('mojibake of correct text: $file', ({ file, text, lines }) => {
  it('is repaired exactly when the whole text was misread', () => {
    expect(repairMojibake(misread(text))).toBe(text);
  });

  it('is repaired exactly when it was misread twice', () => {
    expect(repairMojibake(misread(misread(text)))).toBe(text);
  });

  it('ingests like the correct text', () => {
    const article = ingest(file, misread(text));
    expect([article.title, ...article.paragraphs]).toEqual(lines);
  });

  it('is repaired where a scraper misread only a few characters', () => {
    // Each paragraph gets one misread character, the first of those whose mojibake is unmistakable.
    const mixed = lines.map((line) => line.replace(/[’“”–—…éèçüöäñáê]/u, (character) => misread(character)));
    expect(repairMojibake(mixed.join('\n\n'))).toBe(lines.join('\n\n'));
  });
});

// Every capital of U+00C0–U+00DE before each mark that misreads as a UTF-8
// continuation byte: alone it is not evidence, wherever it stands.
const CAPITALS = Array.from({ length: 0xde - 0xc0 + 1 }, (_, i) => String.fromCharCode(0xc0 + i));
const MARKS = [...'’”»…–—‚„†‡‰‹›•˜™€œšžŸ'];
const SETTINGS: Array<(pair: string) => string> = [
  (pair) => `THE SIGN OVER THE DOOR READ CAF${pair}S IN RED LETTERS.`,
  (pair) => `The sign over the door read CAF${pair}s in red letters.`,
  (pair) => `The sign over the door read CAF${pair} in red letters.`,
  (pair) => `The sign over the door read ${pair} and nothing else.`,
  (pair) => `THE LAST WORD WAS CAF${pair}`,
  (pair) => `« CAF${pair}S » : l’été à Paris, déjà.`,
  (pair) => `“SÃO ${pair}” — dijo la señora Muñoz.`,
];

describe('a capital accented letter before a closing mark', () => {
  const sentences = CAPITALS.flatMap((capital) => MARKS.flatMap((mark) => SETTINGS.map((setting) => setting(capital + mark))));

  it(`is left alone in ${sentences.length} otherwise correct sentences`, () => {
    const changed = sentences.filter((sentence) => repairMojibake(sentence) !== sentence || normalizeText(sentence) !== sentence);
    expect(changed).toEqual([]);
  });

  it('is left alone when the text has a stray mojibake sequence elsewhere', () => {
    const changed = sentences.filter((sentence) => {
      const text = `Heâ€™s back.\n${sentence}`;
      return repairMojibake(text) !== `He’s back.\n${sentence}`;
    });
    expect(changed).toEqual([]);
  });
});
