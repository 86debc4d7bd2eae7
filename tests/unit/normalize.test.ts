import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/ingest/03-normalize.ts';
import { repairMojibake } from '../../src/ingest/mojibake.ts';

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
