import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle, type Article } from '../../src/ingest/index.ts';
import { MAX_PULL_QUOTES, MIN_READING_MINUTES, WORDS_PER_MINUTE } from '../../src/ingest/limits.ts';
import { FIXTURE_ROOT } from '../helpers/fixtures.ts';
import { SEED_PATH, seedGolden, seedSource } from '../helpers/seed.ts';

function ingestSeed(): Article {
  const result = ingestArticle(seedSource());
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

describe('the seed article', () => {
  const article = ingestSeed();

  it('is kept byte-identical to the shared seed', () => {
    // The seed's SHA-256 was recorded from ../shared/seeds/000_6c9dad5aa87dc804.txt.
    const expected = readFileSync(join(FIXTURE_ROOT, 'seed.sha256'), 'utf8').trim();
    expect(createHash('sha256').update(readFileSync(SEED_PATH)).digest('hex')).toBe(expected);
  });

  it('has the golden title', () => {
    expect(article.title).toBe(seedGolden.title);
  });

  it('keeps exactly the 13 golden paragraphs, in order', () => {
    expect(article.paragraphs).toEqual(seedGolden.paragraphs);
  });

  it('takes the golden tags from the hashtag line, in order', () => {
    expect(article.tags.map((t) => t.slug)).toEqual(seedGolden.tags);
    expect(article.tags[0]).toEqual({ name: 'Hegseth', slug: 'hegseth' });
  });

  it('finds every golden quotation with its speaker, and no others', () => {
    expect(article.quotes).toHaveLength(seedGolden.quotes_min.length);
    seedGolden.quotes_min.forEach((expected, i) => {
      const quote = article.quotes[i];
      expect(quote?.text.startsWith(expected.starts), `quote ${i}: ${quote?.text}`).toBe(true);
      expect(quote?.speaker).toBe(expected.speakerName);
      expect(quote?.speaker).toContain(expected.speaker);
    });
  });

  it('points each quotation at the paragraph it stands in', () => {
    for (const quote of article.quotes) {
      expect(article.paragraphs[quote.paragraph]).toContain(quote.text.slice(0, 30));
    }
  });

  it('names the three speakers with the role the article first gives them', () => {
    expect(Object.fromEntries(article.speakers.map((s) => [s.name, s.role]))).toEqual(seedGolden.speakers);
  });

  it('reports every removed block by reason', () => {
    const counts: Record<string, number> = {};
    for (const block of article.removed) counts[block.reason] = (counts[block.reason] ?? 0) + 1;
    expect(counts).toEqual(seedGolden.removed);
  });

  it('contains none of the page furniture', () => {
    const all = [article.title, ...article.paragraphs, ...article.quotes.map((q) => q.text)].join('\n');
    for (const text of seedGolden.must_not_contain) expect(all).not.toContain(text);
  });

  it('takes its date from the sidecar', () => {
    expect(article.date).toBe('2025-02-12');
  });

  it('chooses 1–3 attributed pull-quotes that are complete sentences', () => {
    expect(article.pullQuotes.length).toBeGreaterThanOrEqual(1);
    expect(article.pullQuotes.length).toBeLessThanOrEqual(MAX_PULL_QUOTES);
    for (const pull of article.pullQuotes) {
      expect(pull.text).toMatch(/^\p{Lu}.*[.!?]$/u);
      expect(article.speakers.map((s) => s.name)).toContain(pull.speaker);
      expect(article.paragraphs[pull.paragraph]).toContain(pull.text.slice(0, 40));
    }
  });

  it('counts words and reading time', () => {
    const words = seedGolden.paragraphs.join(' ').split(/\s+/).length;
    expect(Math.abs(article.wordCount - words)).toBeLessThan(words * 0.05);
    expect(article.readingMinutes).toBe(Math.max(MIN_READING_MINUTES, Math.round(article.wordCount / WORDS_PER_MINUTE)));
  });
});
