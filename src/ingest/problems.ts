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

export type Result<T> = { ok: true; value: T } | { ok: false; problems: IngestProblem[] };
