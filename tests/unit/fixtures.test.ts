// One case per messy-input pattern (tests/fixtures/articles/<case>/) and
// per shape of saved page (tests/fixtures/pages/<case>/).
// `npm run fixture:expected` writes expected.json for a new case, for review.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, ingestArticle } from '../../src/ingest/index.ts';
import { fixtureCases, PAGE_CASES } from '../helpers/fixtures.ts';

describe.each([...fixtureCases(), ...fixtureCases(PAGE_CASES)])('fixture $name', (fixture) => {
  if (existsSync(fixture.problemsPath)) {
    it('is refused with its expected-problems.txt', () => {
      const result = ingestArticle(fixture.source);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problems.map(formatProblem).join('\n')).toBe(readFileSync(fixture.problemsPath, 'utf8').trim());
    });
    return;
  }
  it('ingests to its expected.json', () => {
    expect(existsSync(fixture.expectedPath), `${fixture.name} has no expected.json`).toBe(true);
    const result = ingestArticle(fixture.source);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.value).toEqual(JSON.parse(readFileSync(fixture.expectedPath, 'utf8')));
  });
});
