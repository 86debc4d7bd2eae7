// A problem with one input file, carried as a value until the edge (the CLI
// or the Astro loader) prints it. Every problem names the file, where in it
// when that is known, and what the author should do about it.

export interface IngestProblem {
  file: string;
  line?: number;
  field?: string;
  /** What is wrong, in one sentence. */
  message: string;
  /** What to do about it. */
  hint: string;
}

export function formatProblem(problem: IngestProblem): string {
  const where = [
    problem.file + (problem.line === undefined ? '' : `:${problem.line}`),
    problem.field === undefined ? '' : ` (field "${problem.field}")`,
  ].join('');
  return `${where}: ${problem.message}. ${problem.hint}`;
}

/** Thrown only across the pure core's boundary by `ingestArticle`; carries every problem found. */
export class IngestError extends Error {
  readonly problems: IngestProblem[];
  constructor(problems: IngestProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'IngestError';
    this.problems = problems;
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; problems: IngestProblem[] };
