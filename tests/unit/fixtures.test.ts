// One case per messy-input pattern: tests/fixtures/articles/<case>/.
// `npm run fixture:expected` writes expected.json for a new case, for review.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, ingestArticle } from '../../src/ingest/index.ts';
import { fixtureCases } from '../helpers/fixtures.ts';

describe.each(fixtureCases())('fixture $name', (fixture) => {
  it('ingests to its expected.json', () => {
    expect(existsSync(fixture.expectedPath), `${fixture.name} has no expected.json`).toBe(true);
    const result = ingestArticle(fixture.source);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.value).toEqual(JSON.parse(readFileSync(fixture.expectedPath, 'utf8')));
  });
});
