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

  it('marks a block repeated right after itself as a duplicate', () => {
    expect(dedupeBlocks(['A b c.', 'A b c.', 'D e f.'])).toEqual(['keep', 'duplicate', 'keep']);
  });

  it('marks a repeated run of blocks, in order, as duplicates', () => {
    const body = ['The ferry sails at six.', 'It was late on Monday.', 'Nobody was hurt.'];
    expect(dedupeBlocks([...body, ...body.slice(0, 2)])).toEqual(['keep', 'keep', 'keep', 'duplicate', 'duplicate']);
  });

  it('marks a long paragraph repeated on its own as a duplicate', () => {
    const long = 'The council met on Tuesday night and voted by eleven to four to keep the harbour ferry running until next spring, after a long campaign by residents.';
    expect(dedupeBlocks([long, 'D e f.', long])).toEqual(['keep', 'keep', 'duplicate']);
  });

  it.each([
    ['an interview question asked of each guest', ['What did you vote for?', 'Ana: the ferry.', 'What did you vote for?', 'Tom: the bridge.', 'What did you vote for?', 'Lea: neither.']],
    ['a recipe’s repeated portion', ['Monday', 'Serves 4', 'Soup with bread.', 'Tuesday', 'Serves 4', 'Rice with beans.']],
    ['a table header before each table', ['Name Votes', 'Ana 12', 'Tom 9', 'Later, the second round.', 'Name Votes', 'Ana 15', 'Tom 7']],
    ['labels that recur together', ['Monday', 'Serves 4', 'Ingredients', 'Leeks and stock.', 'Tuesday', 'Serves 4', 'Ingredients', 'Rice and sage.']],
    ['a table header over three lines', ['Candidate', 'Party', 'Votes', 'Ana Ruiz', 'Round two', 'Candidate', 'Party', 'Votes', 'Tom Hale']],
  ])('keeps a short line that recurs between different content: %s', (_, blocks) => {
    expect(dedupeBlocks(blocks)).toEqual(blocks.map(() => 'keep'));
  });

  it('never drops a paragraph because shorter ones happen to spell it', () => {
    expect(dedupeBlocks(['In', 'to the harbour sailed the old ferry.', 'Into the harbour sailed the old ferry.'])).toEqual(['keep', 'keep', 'keep']);
    expect(dedupeBlocks(['The war', 'ended.', 'The warended.'])).toEqual(['keep', 'keep', 'keep']);
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
