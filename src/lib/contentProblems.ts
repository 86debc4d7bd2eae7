// Problems with article files, as the author sees them: an error without a
// stack trace (they are the author's mistakes, not the program's; a stack
// would only hide the message). In `astro dev` the content loader keeps them
// here and the pages' queries raise them, so Astro's error overlay names
// every bad file in the browser, and the site comes back by itself once they
// are fixed. The loader and the pages share the process, not a module
// instance, hence the global registry key.
import { AstroError } from 'astro/errors';

const KEY = Symbol.for('broadsheet.contentProblems');
const registry = globalThis as { [KEY]?: readonly string[] };

/** An error for the author: Astro prints its message and hint, and no stack. */
export function authorError(message: string, hint: string): AstroError {
  const error = new AstroError(message, hint);
  error.stack = '';
  return error;
}

/** "1 article file has problems", "3 article files have problems". */
export function problemCount(count: number): string {
  return `${count} article file${count === 1 ? ' has' : 's have'} problems`;
}

/** What the last sync of the content folder found wrong (one line per problem), or nothing. */
export function recordContentProblems(problems: readonly string[]): void {
  registry[KEY] = problems;
}

/** Throws the recorded problems as one error for the overlay; does nothing when there are none. */
export function throwContentProblems(): void {
  const problems = registry[KEY] ?? [];
  if (problems.length === 0) return;
  throw authorError(
    `${problemCount(problems.length)}:\n${problems.join('\n')}`,
    'Fix the files named; the page reloads with the change. `npm run ingest -- FILE` shows what ingestion makes of one.',
  );
}
