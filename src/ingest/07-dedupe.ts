// Stage 7: drop the repeats scraping leaves, and only those. Two kinds:
// - a run-on duplicate: one block that is nothing but other blocks glued
//   together (with no separator or a single space, and where glued without
//   one, at a sentence's end), as scrapers produce when they take a page's
//   text once whole and once paragraph by paragraph;
// - an exact duplicate that is an artefact: the block right after itself,
//   part of a run of blocks repeated in order that holds a sentence's worth
//   of words (a repeated body), or a long paragraph. Short lines that recur
//   between different content, alone or together (an interview's question,
//   a table header, a recipe's "Serves 4" and "Ingredients"), are the
//   article's own and stay where they are.
// A block is only dropped when every character of it survives elsewhere, so
// no sentence is ever lost. The work is linear in the text: blocks are
// indexed by their first few characters and a run-on block is walked once.
import { removal, type ArticleBlock, type Removal } from './04-blocks.ts';
import { MIN_WORDS_LONE_DUPLICATE, MIN_WORDS_REPEATED_RUN, RUN_ON_PREFIX_CHARS } from './limits.ts';
import { countWords } from './tokens.ts';
import type { Result } from './problems.ts';

type DedupeVerdict = 'keep' | 'run-on-duplicate' | 'duplicate';

interface Deduped {
  /** The article's paragraphs, in order. */
  kept: ArticleBlock[];
  removed: Removal[];
}

/**
 * Drops the repeats among the body's blocks. What is left is the article's
 * text; a file with nothing left has no article, and that is a problem.
 */
export function dropRepeats(file: string, body: readonly ArticleBlock[], title: string): Result<Deduped> {
  const verdicts = dedupeBlocks(body.map((block) => block.text), [title]);
  const kept: ArticleBlock[] = [];
  const removed: Removal[] = [];
  body.forEach((block, i) => {
    const verdict = verdicts[i] ?? 'keep';
    if (verdict === 'keep') kept.push(block);
    else removed.push(removal(verdict, block));
  });
  if (kept.length === 0) {
    return {
      ok: false,
      problems: [
        {
          file,
          message: 'no article text: after the title, every block was a repeat, a hashtag line or page furniture',
          hint: 'Check that the file holds the article body; run `npm run ingest -- FILE` to see what was removed',
        },
      ],
    };
  }
  return { ok: true, value: { kept, removed } };
}

/**
 * Decides, for each block, whether to keep it. `extraPieces` are texts that
 * exist elsewhere in the article (the title) and may make up a run-on block.
 */
export function dedupeBlocks(blocks: readonly string[], extraPieces: readonly string[] = []): DedupeVerdict[] {
  const pieces = [...blocks, ...extraPieces];
  const index = new PrefixIndex(pieces);
  const verdicts: DedupeVerdict[] = blocks.map((text, i) =>
    isRunOnOfOthers(text, i, index) ? 'run-on-duplicate' : 'keep',
  );
  // Where each kept block's text first appears.
  const first = new Map<string, number>();
  const earlier = blocks.map((text, i) => {
    if (verdicts[i] !== 'keep') return -1;
    const at = first.get(text);
    if (at === undefined) first.set(text, i);
    return at ?? -1;
  });
  // The kept blocks in order, so that "right after" and "in order" skip what is already gone.
  const order = blocks.map((_, i) => i).filter((i) => verdicts[i] === 'keep');
  const rank = new Map(order.map((i, k) => [i, k]));
  const copyAt = (k: number) => earlier[order[k] ?? -1] ?? -1;
  // A copy that continues the run of the copy before it: their originals follow each other too.
  const continuesRun = (k: number) => k > 0 && copyAt(k) !== -1 && copyAt(k - 1) !== -1 && order[(rank.get(copyAt(k - 1)) ?? -2) + 1] === copyAt(k);
  for (let k = 0; k < order.length; k += 1) {
    if (copyAt(k) === -1) continue;
    // The run of copies, in order, that starts here.
    let end = k + 1;
    while (end < order.length && continuesRun(end)) end += 1;
    const run = order.slice(k, end);
    // A repeated run of paragraphs (a repeated body) is an artefact; a few
    // short lines that recur together between different content ("Serves 4",
    // "Ingredients") are the article's, like a single such line.
    const words = run.reduce((sum, i) => sum + countWords(blocks[i] ?? '', MIN_WORDS_REPEATED_RUN), 0);
    const repeatedRun = run.length > 1 && words >= MIN_WORDS_REPEATED_RUN;
    for (const i of run) {
      const rightAfterItself = order[(rank.get(i) ?? 0) - 1] === earlier[i];
      if (repeatedRun || rightAfterItself || countWords(blocks[i] ?? '', MIN_WORDS_LONE_DUPLICATE) >= MIN_WORDS_LONE_DUPLICATE) verdicts[i] = 'duplicate';
    }
    k = end - 1;
  }
  return verdicts;
}

/**
 * Finds the pieces that a text holds at a given position. Pieces are indexed
 * by their first characters, and under that by length, so a lookup costs one
 * hash probe per distinct length, however many pieces share an opening (news
 * copy repeats openings: "The council said…").
 */
class PrefixIndex {
  private readonly lengthsByPrefix = new Map<string, Set<number>>();
  private readonly idsByText = new Map<string, number[]>();
  /** Distinct prefix lengths in use: RUN_ON_PREFIX_CHARS, and shorter for short pieces. */
  private readonly prefixLengths: number[];

  constructor(pieces: readonly string[]) {
    const prefixLengths = new Set<number>();
    pieces.forEach((piece, i) => {
      if (piece === '') return;
      const prefixLength = Math.min(RUN_ON_PREFIX_CHARS, piece.length);
      prefixLengths.add(prefixLength);
      const prefix = piece.slice(0, prefixLength);
      const lengths = this.lengthsByPrefix.get(prefix) ?? new Set<number>();
      lengths.add(piece.length);
      this.lengthsByPrefix.set(prefix, lengths);
      const ids = this.idsByText.get(piece);
      if (ids === undefined) this.idsByText.set(piece, [i]);
      else ids.push(i);
    });
    this.prefixLengths = [...prefixLengths];
  }

  /** Lengths of the pieces, other than `self` and shorter than `text`, that `text` holds at `position`. */
  *matchesAt(text: string, position: number, self: number): Generator<number> {
    for (const prefixLength of this.prefixLengths) {
      if (position + prefixLength > text.length) continue;
      const lengths = this.lengthsByPrefix.get(text.slice(position, position + prefixLength));
      if (lengths === undefined) continue;
      for (const length of lengths) {
        // A piece as long as the whole block would make it a plain duplicate, not a run-on.
        if (length >= text.length || position + length > text.length) continue;
        const ids = this.idsByText.get(text.slice(position, position + length));
        if (ids !== undefined && ids.some((id) => id !== self)) yield length;
      }
    }
  }
}

const SENTENCE_END = /[.!?:;"'”’»)\]…]/;
const SENTENCE_START = /[\p{Lu}\p{N}"“‘«(\[]/u;

/**
 * True when `text` can be cut, from start to end, into two or more other
 * pieces, each followed by nothing or one space. A depth-first walk over cut
 * positions; each position is visited once, so ambiguous prefixes (one
 * paragraph opening with another) cost no more than a second try.
 */
function isRunOnOfOthers(text: string, self: number, index: PrefixIndex): boolean {
  const pending = [0];
  const visited = new Set<number>([0]);
  while (pending.length > 0) {
    const position = pending.pop() ?? 0;
    for (const length of index.matchesAt(text, position, self)) {
      let next = position + length;
      if (next === text.length) return true;
      // Blocks are trimmed, so a piece never starts with the separating space.
      if (text[next] === ' ') next += 1;
      // Glued without a space, pieces meet where a sentence ends: "…with China.In remarks…", not "In" + "to the harbour".
      else if (!SENTENCE_END.test(text[next - 1] ?? '') && !SENTENCE_START.test(text[next] ?? '')) continue;
      if (!visited.has(next)) {
        visited.add(next);
        pending.push(next);
      }
    }
  }
  return false;
}
