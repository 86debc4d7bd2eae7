// In `astro dev`, problems with article files are kept here by the content
// loader and raised by the pages' queries, so Astro's error overlay names
// every bad file in the browser, and the site comes back by itself once they
// are fixed. The loader and the pages share the process, not a module
// instance, hence the global registry key.
import { AstroError } from 'astro/errors';

const KEY = Symbol.for('broadsheet.contentProblems');
const registry = globalThis as { [KEY]?: readonly string[] };

/** What the last sync of the content folder found wrong (one line per problem), or nothing. */
export function recordContentProblems(problems: readonly string[]): void {
  registry[KEY] = problems;
}

/** Throws the recorded problems as one error for the overlay; does nothing when there are none. */
export function throwContentProblems(): void {
  const problems = registry[KEY] ?? [];
  if (problems.length === 0) return;
  const error = new AstroError(
    `${problems.length} article file${problems.length === 1 ? ' has' : 's have'} problems:\n${problems.join('\n')}`,
    'Fix the files named; the page reloads with the change. `npm run ingest -- FILE` shows what ingestion makes of one.',
  );
  error.stack = '';
  throw error;
}
