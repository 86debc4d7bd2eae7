// What the content store keeps of an article, and the module that carries the
// store into the build (src/loader/storedArticle.ts,
// src/integrations/dataStoreModule.ts).
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/index.ts';
import { dataStoreModuleCode } from '../../src/integrations/dataStoreModule.ts';
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

describe('dataStoreModuleCode', () => {
  // The shape Astro writes (devalue's flattened form: values, and indexes into them), with text any article may hold.
  const json = JSON.stringify([['Map', 1, 2], 'articles', { title: 3, n: -1 }, 'He said “no” — 😀 café \\ "quoted" </script> \u2028 <!--']);

  it('is ASCII only, so V8 keeps it at one byte per character', () => {
    expect(json).toMatch(/[^\x00-\x7f]/);
    expect(dataStoreModuleCode(json)).toMatch(/^[\x00-\x7f]*$/);
  });

  it('evaluates to exactly the JSON it was given', () => {
    const code = dataStoreModuleCode(json);
    expect(code.startsWith('export default JSON.parse(')).toBe(true);
    const value: unknown = new Function(code.replace(/^export default /, 'return '))();
    expect(value).toEqual(JSON.parse(json));
  });

  it('refuses a damaged store', () => {
    expect(() => dataStoreModuleCode(json.slice(0, -3))).toThrow(SyntaxError);
  });
});
