// The metric of trafilatura's evaluation corpus, so our figures compare with
// its published ones: a page is annotated with text segments a good
// extraction must contain (`with`) and segments it must not (`without`), and
// each is looked up as a plain substring of the output once whitespace runs
// are collapsed to one space in both. Counts are summed over pages before
// precision and recall are taken, so long and short pages weigh the same per
// segment. Shared by `npm run eval:extraction` and its tests.

export interface SegmentAnnotation {
  /** Segments the main text contains: each found is a true positive, each missing a false negative. */
  with: readonly string[];
  /** Segments of boilerplate (menus, footers, share buttons): each found is a false positive. */
  without: readonly string[];
}

export interface SegmentCounts {
  truePositives: number;
  falseNegatives: number;
  falsePositives: number;
  trueNegatives: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export const NO_SEGMENTS: SegmentCounts = { truePositives: 0, falseNegatives: 0, falsePositives: 0, trueNegatives: 0 };

/** Every run of whitespace (Unicode's, as Python's `str.split()` sees it) as one space; the ends are kept. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** One page's counts. `null` is a failed extraction and counts as empty output, as in trafilatura's evaluation. */
export function scorePage(output: string | null, annotation: SegmentAnnotation): SegmentCounts {
  const text = collapseWhitespace(output ?? '');
  const found = (segment: string): boolean => text.includes(collapseWhitespace(segment));
  const kept = annotation.with.filter(found).length;
  const leaked = annotation.without.filter(found).length;
  return {
    truePositives: kept,
    falseNegatives: annotation.with.length - kept,
    falsePositives: leaked,
    trueNegatives: annotation.without.length - leaked,
  };
}

export function addCounts(a: SegmentCounts, b: SegmentCounts): SegmentCounts {
  return {
    truePositives: a.truePositives + b.truePositives,
    falseNegatives: a.falseNegatives + b.falseNegatives,
    falsePositives: a.falsePositives + b.falsePositives,
    trueNegatives: a.trueNegatives + b.trueNegatives,
  };
}

/**
 * Precision, recall and their harmonic mean. A ratio with nothing to count
 * (no output at all, so no positives) is 0, not NaN: a system that returns
 * nothing has earned no credit, and JSON has no NaN.
 */
export function scoresOf(counts: SegmentCounts): Scores {
  const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);
  const precision = ratio(counts.truePositives, counts.truePositives + counts.falsePositives);
  const recall = ratio(counts.truePositives, counts.truePositives + counts.falseNegatives);
  return { precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
}
