// What the content store keeps of an article (src/loader/storedArticle.ts).
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/index.ts';
import { STORED_REMOVED_TEXT, storedArticleSchema, toStoredArticle } from '../../src/loader/storedArticle.ts';
import { seedSource } from '../helpers/seed.ts';

function seedArticle() {
  const result = ingestArticle(seedSource());
  if (!result.ok) throw new Error('the seed was rejected');
  return result.value;
}

describe('toStoredArticle', () => {
  const article = seedArticle();
  const stored = toStoredArticle(article);

  it('keeps every field the pages read exactly as ingested', () => {
    const { removed: _storedRemoved, ...rest } = stored;
    const { removed: _removed, ...expected } = article;
    expect(rest).toEqual(expected);
    expect(storedArticleSchema.parse(stored)).toEqual(stored);
  });

  it('keeps every removed block, in order, with its reason and full length', () => {
    expect(stored.removed.map((block) => block.reason)).toEqual(article.removed.map((block) => block.reason));
    expect(stored.removed.map((block) => block.length)).toEqual(article.removed.map((block) => [...block.text].length));
  });

  it("cuts only long blocks' text, to their opening words", () => {
    const runOn = article.removed.findIndex((block) => block.reason === 'run-on-duplicate');
    expect(runOn).toBeGreaterThanOrEqual(0);
    const full = article.removed[runOn]?.text ?? '';
    const kept = stored.removed[runOn]?.text ?? '';
    expect([...full].length).toBeGreaterThan(STORED_REMOVED_TEXT);
    expect([...kept].length).toBeLessThanOrEqual(STORED_REMOVED_TEXT);
    expect(kept.endsWith('…')).toBe(true);
    expect(full.startsWith(kept.slice(0, -1))).toBe(true);
    for (const [i, block] of article.removed.entries()) {
      if ([...block.text].length <= STORED_REMOVED_TEXT) expect(stored.removed[i]?.text).toBe(block.text);
    }
  });
});
