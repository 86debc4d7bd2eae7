// The extraction metric on hand-made pages: what counts as found, and how
// page counts become precision, recall and F1 (tooling/extractionScore.ts).
import { describe, expect, it } from 'vitest';
import { addCounts, collapseWhitespace, NO_SEGMENTS, scorePage, scoresOf } from '../../tooling/extractionScore.ts';

const annotation = {
  with: ['The council approved the harbour plan', 'on Tuesday evening'],
  without: ['Share this article', 'Related stories'],
};

describe('scorePage', () => {
  it('counts each wanted segment found as a true positive and each unwanted one found as a false positive', () => {
    const output = 'Harbour plan\nThe council approved the harbour plan on Tuesday evening.\nShare this article';
    expect(scorePage(output, annotation)).toEqual({ truePositives: 2, falseNegatives: 0, falsePositives: 1, trueNegatives: 1 });
  });

  it('counts what is missing as false negatives and true negatives', () => {
    expect(scorePage('Harbour plan\nThe council met.', annotation)).toEqual({
      truePositives: 0,
      falseNegatives: 2,
      falsePositives: 0,
      trueNegatives: 2,
    });
  });

  it('scores a failed extraction as empty output', () => {
    expect(scorePage(null, annotation)).toEqual(scorePage('', annotation));
    expect(scorePage(null, annotation)).toEqual({ truePositives: 0, falseNegatives: 2, falsePositives: 0, trueNegatives: 2 });
  });

  it('matches across line breaks, tabs and no-break spaces in the output, and runs of spaces in the segment', () => {
    const output = 'The council\napproved the\u00a0harbour\t\tplan on  Tuesday\r\nevening';
    expect(scorePage(output, { with: ['The council approved  the harbour plan', 'on Tuesday evening'], without: [] }).truePositives).toBe(2);
  });

  it('looks for the segment as written: case counts, and a segment may end inside a word', () => {
    const output = 'the council approved the harbour plan; Related storiesXYZ';
    expect(scorePage(output, annotation)).toEqual({ truePositives: 0, falseNegatives: 2, falsePositives: 1, trueNegatives: 1 });
  });

  it("keeps a segment's edge spaces, as trafilatura's evaluation does", () => {
    expect(scorePage('Warenkorb leer', { with: [' Warenkorb'], without: [] }).truePositives).toBe(0);
    expect(scorePage('Ihr Warenkorb', { with: [' Warenkorb'], without: [] }).truePositives).toBe(1);
  });

  it('scores a page with no annotations as nothing', () => {
    expect(scorePage('anything', { with: [], without: [] })).toEqual(NO_SEGMENTS);
  });
});

describe('collapseWhitespace', () => {
  it('turns every run of whitespace into one space and keeps the ends', () => {
    expect(collapseWhitespace(' a\n\n b\u2003\u00a0c\t')).toBe(' a b c ');
  });
});

describe('scoresOf', () => {
  it('takes precision and recall from the counts summed over pages, not page by page', () => {
    const long = { truePositives: 9, falseNegatives: 1, falsePositives: 0, trueNegatives: 10 };
    const short = { truePositives: 0, falseNegatives: 1, falsePositives: 1, trueNegatives: 0 };
    const total = addCounts(long, short);
    expect(total).toEqual({ truePositives: 9, falseNegatives: 2, falsePositives: 1, trueNegatives: 10 });
    const { precision, recall, f1 } = scoresOf(total);
    expect(precision).toBeCloseTo(0.9, 10);
    expect(recall).toBeCloseTo(9 / 11, 10);
    expect(f1).toBeCloseTo((2 * 0.9 * (9 / 11)) / (0.9 + 9 / 11), 10);
  });

  it('gives 0, never NaN, to a system that output nothing', () => {
    expect(scoresOf({ truePositives: 0, falseNegatives: 5, falsePositives: 0, trueNegatives: 5 })).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(scoresOf(NO_SEGMENTS)).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('gives 1 throughout to a perfect extraction', () => {
    expect(scoresOf({ truePositives: 3, falseNegatives: 0, falsePositives: 0, trueNegatives: 3 })).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});
