// Property tests over generated articles: random clean paragraphs made messy
// the way scrapers make them, then ingested. What comes out must be exactly
// the paragraphs that went in, and ingesting the clean result again changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestArticle, type Article } from '../../src/ingest/index.ts';
import { collectTags } from '../../src/ingest/08-tags.ts';

const RUNS = Number(process.env['PROPERTY_RUNS'] ?? 1000);

const WORDS = [
  'council', 'river', 'budget', 'vote', 'minister', 'harbour', 'Monday', 'Paris', 'U.S.', '5%', '2,000',
  'Ключевой', 'город', '東京', '会議', 'مرحبا', 'سلام', 'हिन्दी', 'café', 'naïve', '🙂',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '[x](javascript:alert(1))', '&amp;', '&lt;b&gt;',
  '#inline', '#Tag2', '—', '…', '"', "it's", '’', 'said', 'he', 'she',
];
const BOILERPLATE = [
  'Leave a Reply', 'Leave a Reply Cancel reply', 'Your email address will not be published. Required fields are marked *',
  'Comment *', 'Name *', 'Email *', 'Website', 'Save my name, email, and website in this browser for the next time I comment.',
  'Share this:', 'Like this:', 'Like Loading...', 'Related',
];
const CAPITALISED = ['The', 'A', 'Officials', 'Residents', 'Maria', 'Police', 'Москва', 'In'];

const sentence = fc
  .tuple(fc.constantFrom(...CAPITALISED), fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 12 }), fc.constantFrom('.', '!', '?'))
  .map(([first, rest, end]) => `${first} ${rest.join(' ')}${end}`);
const quoteSentence = fc
  .tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 10 }), fc.constantFrom('Maria Lopez said.', 'said Ana Ruiz, the mayor.', 'he said.'))
  .map(([words, attribution]) => `“${words.filter((w) => w !== '"').join(' ')},” ${attribution}`);

/** Paragraphs carry a distinct marker so that none is ever another two glued together. */
const paragraphs = fc
  .array(fc.array(fc.oneof(sentence, quoteSentence), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 })
  .map((list) => list.map((sentences, i) => `${sentences.join(' ')} (${i + 1})`));

const title = fc
  .tuple(fc.constantFrom('Storm', 'Election', 'Выборы', 'Budget'), fc.array(fc.constantFrom('hits', 'coast', 'vote', 'delayed', 'город', '<b>', '&'), { maxLength: 8 }))
  .map(([first, rest]) => [first, ...rest].join(' '));

const hashtags = fc.array(fc.constantFrom('#Storm', '#storm', '#Ukraine', '#NATO', '#Café', '#東京', '#news_2025'), { maxLength: 6 });

const messyArticle = fc.record({
  title,
  paragraphs,
  titleRepeats: fc.integer({ min: 1, max: 3 }),
  runOn: fc.option(fc.record({ glue: fc.constantFrom('', ' '), at: fc.constantFrom('before', 'after') })),
  hashtags,
  boilerplate: fc.subarray(BOILERPLATE),
  lineEnding: fc.constantFrom('\n', '\r\n', '\r'),
  bom: fc.boolean(),
  oddSpaces: fc.boolean(),
});

type Messy = typeof messyArticle extends fc.Arbitrary<infer T> ? T : never;

function render(article: Messy): string {
  const blocks: string[] = Array.from({ length: article.titleRepeats }, () => article.title);
  const runOn = article.runOn === null ? [] : [article.paragraphs.join(article.runOn.glue)];
  if (article.runOn?.at === 'before') blocks.push(...runOn);
  blocks.push(...article.paragraphs);
  if (article.runOn?.at === 'after') blocks.push(...runOn);
  if (article.hashtags.length > 0) blocks.push(article.hashtags.join(' '));
  blocks.push(...article.boilerplate);
  const spaced = blocks.join('\n\n').replace(/ /g, article.oddSpaces ? '\u00a0' : ' ');
  const text = spaced.replace(/\n/g, article.lineEnding);
  return (article.bom ? '\ufeff' : '') + text;
}

function ingestText(text: string): Article {
  const result = ingestArticle({ path: 'generated.txt', bytes: new TextEncoder().encode(text) });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

/** The article as clean text: what a careful editor would have saved. */
function cleanText(article: Article): string {
  const tagLine = article.tags.map((t) => `#${t.name}`).join(' ');
  return [article.title, ...article.paragraphs, ...(tagLine === '' ? [] : [tagLine])].join('\n\n');
}

describe('ingesting generated messy articles', () => {
  it('keeps exactly the original paragraphs, in order, and nothing else', () => {
    fc.assert(
      fc.property(messyArticle, (messy) => {
        const article = ingestText(render(messy));
        expect(article.title).toBe(messy.title);
        expect(article.paragraphs).toEqual(messy.paragraphs);
        for (const phrase of messy.boilerplate) expect(article.paragraphs).not.toContain(phrase);
        expect(article.tags).toEqual(collectTags(messy.hashtags));
      }),
      { numRuns: RUNS },
    );
  });

  it('reports every dropped block', () => {
    fc.assert(
      fc.property(messyArticle, (messy) => {
        const article = ingestText(render(messy));
        const count = (reason: string) => article.removed.filter((r) => r.reason === reason).length;
        expect(count('duplicate-title')).toBe(messy.titleRepeats - 1);
        expect(count('boilerplate')).toBe(messy.boilerplate.length);
        expect(count('hashtag-line')).toBe(messy.hashtags.length > 0 ? 1 : 0);
        // A single paragraph "glued" to nothing is an exact repeat, not a run-on.
        const runOns = messy.runOn === null ? 0 : 1;
        expect(count('run-on-duplicate') + count('duplicate')).toBe(runOns);
      }),
      { numRuns: RUNS },
    );
  });

  it('is idempotent: ingesting the clean result again gives the same article', () => {
    fc.assert(
      fc.property(messyArticle, (messy) => {
        const first = ingestText(render(messy));
        const second = ingestText(cleanText(first));
        expect(second.paragraphs).toEqual(first.paragraphs);
        expect(second.tags).toEqual(first.tags);
        expect(second.quotes).toEqual(first.quotes);
      }),
      { numRuns: RUNS },
    );
  });
});
