// Slugs: one URL per tag whatever its case, in every script; different
// names keep different pages; nothing longer than a file name may be.
import { describe, expect, it } from 'vitest';
import { collectTags } from '../../src/ingest/08-tags.ts';
import { MAX_SLUG_BYTES } from '../../src/ingest/limits.ts';
import { paragraphIds, personSlugs, slugify } from '../../src/ingest/slug.ts';

describe('tags', () => {
  it.each([
    ['Cyrillic', ['Москва', 'москва', 'МОСКВА']],
    ['Greek', ['Αθήνα', 'αθήνα', 'ΑΘΉΝΑ', 'ΑΘΗΝΑ']],
    ['Latin with accents', ['Café', 'cafe', 'CAFÉ']],
    ['Latin', ['NATO', 'Nato', 'nato']],
    ['Armenian', ['Հայաստան', 'ՀԱՅԱՍՏԱՆ']],
  ])('fold case in %s: one tag, first spelling kept', (_, names) => {
    expect(collectTags(names)).toEqual([{ name: names[0], slug: slugify(names[0] ?? '') }]);
  });

  it('keeps apart tags that differ only in letters with no ASCII form', () => {
    const slugs = collectTags(['Москва 2024', 'Київ 2024', '2024', '東京 2024']).map((tag) => tag.slug);
    expect(new Set(slugs).size).toBe(4);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('keeps letters that are letters of their own (й is not и)', () => {
    expect(slugify('Бий')).not.toBe(slugify('Бии'));
  });

  it.each([
    ['a long hashtag', 'b'.repeat(256)],
    ['a long sentence', 'word '.repeat(100)],
    ['long wide characters', 'ж'.repeat(200)],
    ['long mixed text', `${'Слово '.repeat(40)}${'word '.repeat(40)}`],
  ])('never grows past MAX_SLUG_BYTES, and stays distinct (%s)', (_, text) => {
    const slug = slugify(text);
    expect(Buffer.byteLength(slug)).toBeLessThanOrEqual(MAX_SLUG_BYTES);
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(slugify(`${text}x`)).not.toBe(slug);
  });
});

describe('person pages', () => {
  it('give two people whose names fold alike two pages, whichever article comes first', () => {
    const slugs = personSlugs(['José García', 'Jose Garcia', 'Ana Ruiz', 'José García']);
    expect(Object.fromEntries(slugs)).toEqual({ 'Jose Garcia': 'jose-garcia', 'José García': 'jose-garcia-2', 'Ana Ruiz': 'ana-ruiz' });
    expect(personSlugs(['Jose Garcia', 'José García'])).toEqual(personSlugs(['José García', 'Jose Garcia']));
  });

  it('keep one page for one name in any Unicode composition', () => {
    expect([...personSlugs(['José García'.normalize('NFC'), 'José García'.normalize('NFD')]).values()]).toEqual(['jose-garcia']);
  });

  it('never give a numbered slug that is another person’s', () => {
    const slugs = [...personSlugs(['José García', 'Jose Garcia', 'Jose Garcia 2', 'José Garcia 2']).values()];
    expect(new Set(slugs).size).toBe(4);
  });
});

describe('paragraph anchors', () => {
  const paragraphs = ['The council met on Tuesday.', '“We will not close the ferry,” she said.', 'The vote was close.'];

  it('come from the words, so a paragraph added above moves no link', () => {
    const before = paragraphIds(paragraphs);
    const after = paragraphIds(['A new first paragraph, added on a re-scrape.', ...paragraphs]);
    expect(after.slice(1)).toEqual(before);
    expect(new Set(after).size).toBe(after.length);
  });

  it('survive changes of case and spacing, and only a repeat gets a suffix', () => {
    expect(paragraphIds(['The  vote was  close.'])).toEqual(paragraphIds(['THE VOTE WAS CLOSE.']));
    const [first, second] = paragraphIds(['Serves 4', 'Serves 4']);
    expect(second).toBe(`${first}-2`);
  });

  it('are valid, short HTML ids', () => {
    for (const id of paragraphIds(paragraphs)) expect(id).toMatch(/^p-[a-z0-9]{7}(?:-\d+)?$/);
  });
});
