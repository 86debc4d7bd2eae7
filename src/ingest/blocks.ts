// Stage 3: normalised text → blocks. Scraped text puts one paragraph per
// line, usually with blank lines between; a line is its own block unless it
// is plainly a hard-wrapped continuation of the line before (that line ends
// mid-sentence and this one starts in lower case).

export interface Block {
  text: string;
  /** 1-based line in the source where the block starts. */
  line: number;
}

const ENDS_SENTENCE = /[.!?:;"'”’»)\]…]$/;
const STARTS_LOWERCASE = /^\p{Ll}/u;

export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let previousLineBlank = true;
  text.split('\n').forEach((rawLine, index) => {
    const line = collapseSpaces(rawLine);
    if (line === '') {
      previousLineBlank = true;
      return;
    }
    const last = blocks.at(-1);
    if (
      last !== undefined &&
      !previousLineBlank &&
      !ENDS_SENTENCE.test(last.text) &&
      STARTS_LOWERCASE.test(line)
    ) {
      last.text = `${last.text} ${line}`;
    } else {
      blocks.push({ text: line, line: index + 1 });
    }
    previousLineBlank = false;
  });
  return blocks;
}

export function collapseSpaces(text: string): string {
  return text.replace(/ {2,}/g, ' ').trim();
}
