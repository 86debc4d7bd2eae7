// What the content store keeps of an article, and the module that carries the
// store into the build (src/loader/storedArticle.ts,
// src/integrations/dataStoreModule.ts).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/index.ts';
import { fileStoreCode, inlineStoreCode, storeModuleCode } from '../../src/integrations/dataStoreModule.ts';
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

describe('the content store module', () => {
  // The shape Astro writes (devalue's flattened form: values, and indexes into them), with text any article may hold.
  const json = JSON.stringify([['Map', 1, 2], 'articles', { title: 3, n: -1 }, 'He said “no” — 😀 café \\ "quoted" </script> \u2028 <!--']);
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-store-'));

  async function evaluate(code: string, name: string): Promise<unknown> {
    const file = join(dir, name);
    writeFileSync(file, code);
    return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
  }

  it('reads the store file when it runs, in a static build: no copy of it in the module', async () => {
    const store = join(dir, 'data store “1”.json');
    writeFileSync(store, json);
    const code = fileStoreCode(store);
    expect(code).not.toContain('articles');
    expect(await evaluate(code, 'file.mjs')).toEqual(JSON.parse(json));
  });

  it('otherwise inlines it as ASCII only, so V8 keeps it at one byte per character', async () => {
    expect(json).toMatch(/[^\x00-\x7f]/);
    const code = inlineStoreCode(json);
    expect(code).toMatch(/^[\x00-\x7f]*$/);
    expect(code.startsWith('export default JSON.parse(')).toBe(true);
    expect(await evaluate(code, 'inline.mjs')).toEqual(JSON.parse(json));
  });

  it('names a damaged store and says what to do', () => {
    const store = join(dir, 'damaged.json');
    writeFileSync(store, json.slice(0, -3));
    expect(() => storeModuleCode(store, true)).toThrow(`Could not read the content store ${store}`);
    expect(() => storeModuleCode(store, true)).toThrow(/Delete it and build again/);
  });
});
