import { describe, expect, it } from 'vitest';
import { normalizeText, repairMojibake } from '../../src/ingest/03-normalize.ts';

describe('normalizeText', () => {
  it('unifies CRLF, CR and Unicode line separators', () => {
    expect(normalizeText('a\r\nb\rc\u2028d')).toBe('a\nb\nc\nd');
  });

  it('turns odd spaces into plain spaces and drops zero-width ones, keeping ZWJ', () => {
    expect(normalizeText('a\u00a0b\u2009c\u3000d\u200be\ufefff\t g')).toBe('a b c def  g');
    expect(normalizeText('👩\u200d💻')).toBe('👩\u200d💻');
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
  ])('repairs %s → %s', (broken, fixed) => {
    expect(repairMojibake(broken)).toBe(fixed);
  });

  it.each(['café', 'é ’', 'naïve', 'Ö’', 'Façade «quoted»', '東京', 'Ärger—über'])('leaves genuine text alone: %s', (text) => {
    expect(repairMojibake(text)).toBe(text);
  });

  // A regex that backtracks on this would not return within the test's time limit.
  it('returns on 400,000 characters of hostile input, leaving a run of lone Ã as written', () => {
    const text = 'Ã'.repeat(200_000) + 'â€'.repeat(100_000);
    expect(repairMojibake(text).startsWith('Ã'.repeat(200_000))).toBe(true);
  });
});
