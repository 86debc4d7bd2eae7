import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/ingest/03-normalize.ts';
import { repairMojibake } from '../../src/ingest/mojibake.ts';
import { ingestArticle } from '../../src/ingest/index.ts';
import { balanceBidi } from '../../src/ingest/text.ts';

describe('normalizeText', () => {
  it('unifies CRLF, CR and Unicode line separators', () => {
    expect(normalizeText('a\r\nb\rc\u2028d')).toBe('a\nb\nc\nd');
  });

  it('turns odd spaces into plain spaces and drops zero-width ones, keeping ZWJ', () => {
    expect(normalizeText('a\u00a0b\u2009c\u3000d\u200be\ufefff\t g')).toBe('a b c def  g');
    expect(normalizeText('👩\u200d💻')).toBe('👩\u200d💻');
  });

  it('drops a byte-order mark, misread or not', () => {
    expect(normalizeText('ï»¿Hello \ufeffworld')).toBe('Hello world');
  });

  it('keeps markup-like characters and straight quotes exactly', () => {
    const text = '<script>alert("x")</script> &amp; [x](javascript:alert(1)) "quoted"';
    expect(normalizeText(text)).toBe(text);
  });
});

describe('repairMojibake', () => {
  it.each([
    ['â€™', '’'],
    ['â€œ', '“'],
    ['â€\u009d', '”'],
    ['â€ said', '” said'],
    ['â€”', '—'],
    ['â€“', '–'],
    ['â€¦', '…'],
    ['cafÃ©', 'café'],
    ['Ã¼ber', 'über'],
    ['Â£5', '£5'],
    ['Å¡koda', 'škoda'],
    ['ðŸ™‚', '🙂'],
    ['NoÃ«l', 'Noël'],
    ['informaciÃ³n', 'información'],
    ['StraÃŸe', 'Straße'],
    ['10Â\u00a0km', '10\u00a0km'],
    ['ÐŸÑ€Ð¸Ð²ÐµÑ‚', 'Привет'],
    ['æ—¥æœ¬èªž', '日本語'],
    ['âœ… done', '✅ done'],
    ['ï»¿Hello', '\ufeffHello'],
    ['Ã¢â‚¬â„¢ (misread twice)', '’ (misread twice)'],
  ])('repairs %s → %s', (broken, fixed) => {
    expect(repairMojibake(broken)).toBe(fixed);
  });

  it.each([
    'café', 'é ’', 'naïve', 'Ö’', 'Façade «quoted»', '東京', 'Ärger—über',
    'PELÉ’S', '“OLÉ”', 'RÉSUMÉ…', 'ÉTÉ»', 'CAFÉ’S', 'NÃO', 'ÂME', 'Ä…', '«IRMÃ»', 'Â»', 'Gruß“', '„Café‘“', 'café’”',
  ])('leaves genuine text alone: %s', (text) => {
    expect(repairMojibake(text)).toBe(text);
  });

  it.each([
    ['PELÉ’S donâ€™t', 'PELÉ’S don’t'],
    ['RÉSUMÉ… cafÃ©', 'RÉSUMÉ… café'],
    ['«IRMÃ» donâ€™t', '«IRMÃ» don’t'],
    // Repaired, "û" would end a word in capitals; "Д" would sit in a Latin word.
    ['IRMÃ» donâ€™t', 'IRMÃ» don’t'],
    ['GUÐ” donâ€™t', 'GUÐ” don’t'],
  ])('repairs only the clear mojibake of a line that is partly correct: %s', (mixed, fixed) => {
    expect(repairMojibake(mixed)).toBe(fixed);
  });

  it('re-decodes a line of unlikely sequences only in a text that is plainly mojibake', () => {
    expect(repairMojibake('Ã‰TÃ‰ 2024')).toBe('Ã‰TÃ‰ 2024');
    expect(repairMojibake('Ã‰TÃ‰ 2024\nHeâ€™s back.')).toBe('Ã‰TÃ‰ 2024\nHe’s back.');
    expect(repairMojibake('Ã‰TÃ‰ 2024\nLâ€™Ã©tÃ© fut chaud.')).toBe('ÉTÉ 2024\nL’été fut chaud.');
  });

  // A regex that backtracks on this would not return within the test's time limit.
  it('returns on 400,000 characters of hostile input, leaving a run of lone Ã as written', () => {
    const text = 'Ã'.repeat(200_000) + 'â€'.repeat(100_000);
    expect(repairMojibake(text).startsWith('Ã'.repeat(200_000))).toBe(true);
  });

  it('returns on a 600,000-character line that is re-decoded whole', () => {
    expect(repairMojibake(`${'ABÃ»'.repeat(100_000)}â€™`)).toBe(`${'ABÃ»'.repeat(100_000)}’`);
    expect(repairMojibake(`${'Ã‰T'.repeat(200_000)}â€™`)).toBe(`${'ÉT'.repeat(200_000)}’`);
  });
});

describe('bidi controls and noncharacters', () => {
  const RLO = '\u202e';
  const PDF = '\u202c';
  it.each([
    ['an unclosed override is closed at the end of its line', `Headline ${RLO}reversed\nNext line`, `Headline ${RLO}reversed${PDF}\nNext line`],
    ['a closed one is left as written', `a ${RLO}b${PDF} c`, `a ${RLO}b${PDF} c`],
    ['an isolate closes what was opened inside it', '\u2067a\u202eb\u2069c', '\u2067a\u202eb\u202c\u2069c'],
    ['a closer with nothing to close is dropped (bidi ignores it)', `x${PDF}y\u2069z`, 'xyz'],
    ['isolates left open are closed in order', '\u2066a\u2067b', '\u2066a\u2067b\u2069\u2069'],
  ])('%s', (_, input, output) => {
    expect(normalizeText(input)).toBe(output);
  });

  it('keeps marks that bidi text needs (LRM, RLM, ALM) as they are', () => {
    const text = 'שלום\u200f world \u200e ok \u061c';
    expect(normalizeText(text)).toBe(text);
  });

  it('shows each noncharacter as U+FFFD, which XML feeds can carry', () => {
    expect(normalizeText('a\ufdd0b\uffffc\u{1fffe}d\u{10ffff}e\u{1f600}')).toBe('a\ufffdb\ufffdc\ufffdd\ufffde\u{1f600}');
  });

  it('balances metadata values too, so a title cannot reverse the site name after it', () => {
    const result = ingestArticle({
      path: 'a.txt',
      bytes: new TextEncoder().encode('Body headline\n\nThe body.\n'),
      sidecar: { path: 'a.yml', bytes: new TextEncoder().encode(`title: "Evil ${RLO}title"\nauthor: "${RLO}Someone"\ntags: ["${RLO}tag"]\n`) },
    });
    if (!result.ok) throw new Error('refused');
    expect([result.value.title, result.value.author, result.value.tags[0]?.name]).toEqual([`Evil ${RLO}title${PDF}`, `${RLO}Someone${PDF}`, `${RLO}tag${PDF}`]);
  });
});

describe('every string of an Article is readable anywhere', () => {
  const RLO = '\u202e';
  const ingest = (path: string, text: string) => {
    const result = ingestArticle({ path, bytes: new TextEncoder().encode(text) });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result.value;
  };
  /** Every string in a value, however deep. */
  const strings = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : typeof value === 'object' && value !== null ? Object.values(value).flatMap(strings) : [];
  const isBalanced = (text: string) => balanceBidi(text) === text;

  it.each([
    ['character references in Markdown', 'refs.md', '# Title &#x202E;open &#xFDD0; &#1;x\n\nBody &#x2066;text. “Quote &#x202E;here and more words,” said Ann Lee.\n'],
    ['an override cut by the dek', 'dek.txt', `Headline\n\nThe mayor spoke ${RLO}evil words. Then the rest went on.\u202c Yes.\n`],
    ['an override cut by a quotation', 'quote.txt', `Headline\n\n“${RLO}We will build the bridge,” said Ann Lee, the mayor. More text\u202c here.\n`],
    ['controls in a saved page', 'page.html', `<html><head><title>T&#x202E;itle</title></head><body><article><h1>T&#x202E;itle</h1><p>${'Long enough paragraph of article text. '.repeat(8)}&#xFFFF; and &#x202E;open</p></article></body></html>`],
  ])('%s', (_, path, text) => {
    for (const value of strings(ingest(path, text))) {
      expect(isBalanced(value), JSON.stringify(value)).toBe(true);
      expect(value).not.toMatch(/[\ufdd0-\ufdef\ufffe\uffff\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
    }
  });
});

describe('code is quoted, not repaired', () => {
  const ingest = (path: string, text: string) => {
    const result = ingestArticle({ path, bytes: new TextEncoder().encode(text) });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result.value;
  };

  it('leaves mojibake in Markdown code spans and fenced blocks as written, and repairs it elsewhere', () => {
    const article = ingest('code.md', '# Why `Ã©` shows instead of é\n\nThe page said donâ€™t, and the source held:\n\n```\nCafÃ© â€” Â©\n```\n\nAnd ``CafÃ© `quoted` â€”`` too.\n');
    expect(article.title).toBe('Why Ã© shows instead of é');
    expect(article.paragraphs).toEqual(['The page said don’t, and the source held:', 'CafÃ© â€” Â©', 'And CafÃ© `quoted` â€” too.']);
  });

  it('leaves mojibake in a saved page’s <pre> and <code> as written', () => {
    const words = 'A long enough paragraph of article text about encodings. '.repeat(6);
    const article = ingest('page.html', `<html><body><article><h1>Encodings</h1><p>${words} It read donâ€™t.</p><pre>CafÃ© â€” Â©</pre><p>${words} The bytes <code>Ã©</code> were é.</p></article></body></html>`);
    expect(article.paragraphs.join('\n')).toContain('It read don’t.');
    expect(article.paragraphs).toContain('CafÃ© â€” Â©');
    expect(article.paragraphs.join('\n')).toContain('The bytes Ã© were é.');
  });
});
