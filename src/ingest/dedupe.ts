// Stage 6: drop repeated text. Two kinds of repeat are found:
// - a run-on duplicate: one block that is nothing but other blocks glued
//   together (with no separator or a single space), as scrapers produce when
//   they take a page's text once whole and once paragraph by paragraph;
// - an exact duplicate: the same block again, later in the file.
// A block is only dropped when every character of it survives elsewhere, so
// no sentence is ever lost. The work is linear in the text: blocks are
// indexed by their first few characters and a run-on block is walked once.
import { RUN_ON_PREFIX_CHARS } from './limits.ts';

export type DedupeVerdict = 'keep' | 'run-on-duplicate' | 'duplicate';

/**
 * Decides, for each block, whether to keep it. `extraPieces` are texts that
 * exist elsewhere in the article (the title) and may make up a run-on block.
 */
export function dedupeBlocks(blocks: readonly string[], extraPieces: readonly string[] = []): DedupeVerdict[] {
  const pieces = [...blocks, ...extraPieces];
  const index = new PrefixIndex(pieces);
  const verdicts: DedupeVerdict[] = blocks.map((text, i) =>
    isRunOnOfOthers(text, i, pieces, index) ? 'run-on-duplicate' : 'keep',
  );
  const seen = new Set<string>();
  blocks.forEach((text, i) => {
    if (verdicts[i] !== 'keep') return;
    if (seen.has(text)) verdicts[i] = 'duplicate';
    else seen.add(text);
  });
  return verdicts;
}

/** Maps the first characters of each piece to the pieces that start with them. */
class PrefixIndex {
  private readonly byPrefix = new Map<string, number[]>();
  /** Distinct prefix lengths in use: RUN_ON_PREFIX_CHARS, and shorter for short pieces. */
  readonly lengths: number[];

  constructor(pieces: readonly string[]) {
    const lengths = new Set<number>();
    pieces.forEach((piece, i) => {
      if (piece === '') return;
      const length = Math.min(RUN_ON_PREFIX_CHARS, piece.length);
      lengths.add(length);
      const key = piece.slice(0, length);
      const list = this.byPrefix.get(key);
      if (list === undefined) this.byPrefix.set(key, [i]);
      else list.push(i);
    });
    this.lengths = [...lengths].sort((a, b) => b - a);
  }

  candidatesAt(text: string, position: number, length: number): readonly number[] {
    return this.byPrefix.get(text.slice(position, position + length)) ?? [];
  }
}

/**
 * True when `text` can be cut, from start to end, into two or more other
 * pieces, each followed by nothing or one space. A depth-first walk over cut
 * positions; each position is visited once, so ambiguous prefixes (one
 * paragraph opening with another) cost no more than a second try.
 */
function isRunOnOfOthers(text: string, self: number, pieces: readonly string[], index: PrefixIndex): boolean {
  const pending = [0];
  const visited = new Set<number>([0]);
  while (pending.length > 0) {
    const position = pending.pop() ?? 0;
    for (const length of index.lengths) {
      if (position + length > text.length) continue;
      for (const candidate of index.candidatesAt(text, position, length)) {
        const piece = pieces[candidate] ?? '';
        // A piece as long as the whole block would make it a plain duplicate, not a run-on.
        if (candidate === self || piece.length >= text.length || !text.startsWith(piece, position)) continue;
        let next = position + piece.length;
        if (next === text.length) return true;
        // Blocks are trimmed, so a piece never starts with the separating space.
        if (text[next] === ' ') next += 1;
        if (!visited.has(next)) {
          visited.add(next);
          pending.push(next);
        }
      }
    }
  }
  return false;
}
