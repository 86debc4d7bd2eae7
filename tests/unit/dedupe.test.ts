import { describe, expect, it } from 'vitest';
import { dedupeBlocks } from '../../src/ingest/07-dedupe.ts';

describe('dedupeBlocks', () => {
  const paragraphs = ['First paragraph ends here.', 'Second one follows.', 'Third and last.'];

  it.each([
    ['no separator', ''],
    ['single spaces', ' '],
  ])('finds a run-on copy glued with %s, before or after the paragraphs', (_, glue) => {
    const runOn = paragraphs.join(glue);
    expect(dedupeBlocks([runOn, ...paragraphs])).toEqual(['run-on-duplicate', 'keep', 'keep', 'keep']);
    expect(dedupeBlocks([...paragraphs, runOn])).toEqual(['keep', 'keep', 'keep', 'run-on-duplicate']);
  });

  it('marks later exact repeats as duplicates', () => {
    expect(dedupeBlocks(['A b c.', 'D e f.', 'A b c.'])).toEqual(['keep', 'keep', 'duplicate']);
  });

  it('keeps a long block that only partly repeats others: its new text would be lost', () => {
    const partial = `${paragraphs[0]}${paragraphs[1]} And one sentence found nowhere else.`;
    expect(dedupeBlocks([...paragraphs, partial])).toEqual(['keep', 'keep', 'keep', 'keep']);
  });

  it('backtracks when one paragraph opens with another', () => {
    const blocks = ['Prices rose.', 'Prices rose. Then they fell sharply.', 'Markets closed.'];
    const runOn = `${blocks[1]}${blocks[2]}`;
    expect(dedupeBlocks([...blocks, runOn])).toEqual(['keep', 'keep', 'keep', 'run-on-duplicate']);
  });

  it('uses the title as a piece of a run-on block', () => {
    expect(dedupeBlocks([`Headline${paragraphs[0]}`, paragraphs[0] ?? ''], ['Headline'])).toEqual(['run-on-duplicate', 'keep']);
  });

  it('finds the run-on copy of 3,000 paragraphs that share their first 30 characters', () => {
    const many = Array.from({ length: 3000 }, (_, i) => `${'x'.repeat(30)} ${i}.`);
    const verdicts = dedupeBlocks([...many, many.join(' ')]);
    expect(verdicts.at(-1)).toBe('run-on-duplicate');
  });
});
