// Incremental builds restore every page whose cache key and code are
// unchanged (src/lib/cacheKeys.ts). A key that misses something a page shows
// would leave that page stale; so after each step of random edits to a
// corpus (articles added, edited, deleted and renamed; their tags, speakers,
// dates and sidecars changed), the incremental build must be byte for byte
// the cold build of the same content.
import fc from 'fast-check';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../tooling/project.ts';
import { buildSite, buildSiteCold } from '../helpers/build.ts';

/**
 * Sequences tried, and the most steps in one; INCREMENTAL_RUNS asks for
 * more. Each step costs two builds (about 2 s each on a 2-CPU machine), so the default
 * keeps the whole run near two minutes.
 */
const RUNS = Number(process.env['INCREMENTAL_RUNS'] ?? 10);
const MAX_STEPS = 4;

interface ArticleModel {
  file: string;
  headline: string;
  /** Which body: edits move it on. */
  version: number;
  speaker: string;
  /** Tags on the hashtag line of the text. */
  hashtags: string[];
  /** Tags in the sidecar, when it has some. */
  tags: string[];
  date: string | null;
  sidecar: boolean;
}

const SPEAKERS = ['Maria Lopez', 'Tom Hale', 'Anna Berg', 'John Healey'];
const TAGS = ['Budget', 'Harbour', 'Transport', 'Schools', 'Café'];

function articleText(article: ArticleModel): string {
  const [first = 'Maria', last = 'Lopez'] = article.speaker.split(' ');
  return [
    article.headline,
    '',
    `The council met on the ${article.version + 1}th to settle the budget for the harbour district.`,
    '',
    `“We will not close the ferry while I am here,” ${first} ${last}, the city’s transport director, said after the vote.`,
    '',
    `${last} added that the plan would be published in revision ${article.version}.`,
    '',
    article.hashtags.map((tag) => `#${tag}`).join(' '),
    '',
  ].join('\n');
}

function sidecarText(article: ArticleModel): string {
  const lines = [];
  if (article.date !== null) lines.push(`date: ${article.date}`);
  if (article.tags.length > 0) lines.push(`tags: [${article.tags.map((tag) => JSON.stringify(tag)).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

function writeModel(dir: string, articles: readonly ArticleModel[]): void {
  for (const name of readdirSync(dir)) rmSync(join(dir, name));
  for (const article of articles) {
    writeFileSync(join(dir, `${article.file}.txt`), articleText(article));
    if (article.sidecar) writeFileSync(join(dir, `${article.file}.yml`), sidecarText(article));
  }
}

function initialArticles(): ArticleModel[] {
  return Array.from({ length: 5 }, (_, i) => ({
    file: `report-${i}`,
    headline: `Harbour report number ${i}`,
    version: 0,
    speaker: SPEAKERS[i % SPEAKERS.length] ?? 'Maria Lopez',
    hashtags: [TAGS[i % TAGS.length] ?? 'Budget'],
    tags: i % 2 === 0 ? ['Budget'] : [],
    date: `2025-03-0${i + 1}`,
    sidecar: true,
  }));
}

type Step = (articles: ArticleModel[]) => ArticleModel[];

/** One change to the corpus; `pick` chooses the article it applies to. */
const stepArbitrary: fc.Arbitrary<{ name: string; apply: Step }> = fc.oneof(
  fc.nat().map((n) => ({
    name: `add article ${n}`,
    apply: (articles: ArticleModel[]) => [
      ...articles,
      { file: `added-${n}-${articles.length}`, headline: `New harbour report ${n}`, version: 0, speaker: SPEAKERS[n % SPEAKERS.length] ?? 'Tom Hale', hashtags: ['Harbour'], tags: [], date: null, sidecar: false },
    ],
  })),
  ...(
    [
      ['edit the body of', (a: ArticleModel) => ({ ...a, version: a.version + 1 })],
      ['retitle', (a: ArticleModel) => ({ ...a, headline: `${a.headline}, revised` })],
      ['rename the file of', (a: ArticleModel) => ({ ...a, file: `${a.file}-moved` })],
      ['change the speaker of', (a: ArticleModel) => ({ ...a, speaker: SPEAKERS[(SPEAKERS.indexOf(a.speaker) + 1) % SPEAKERS.length] ?? 'Anna Berg' })],
      ['change the hashtags of', (a: ArticleModel) => ({ ...a, hashtags: a.hashtags.length > 1 ? [a.hashtags[0] ?? 'Budget'] : [...a.hashtags, 'Schools'] })],
      ['change the sidecar tags of', (a: ArticleModel) => ({ ...a, sidecar: true, tags: a.tags.length > 0 ? [] : ['Transport', 'Café'] })],
      ['change the date of', (a: ArticleModel) => ({ ...a, sidecar: true, date: a.date === '2025-01-15' ? '2025-04-20' : '2025-01-15' })],
      ['remove or restore the sidecar of', (a: ArticleModel) => ({ ...a, sidecar: !a.sidecar })],
    ] as const
  ).map(([name, change]) =>
    fc.nat().map((pick) => ({
      name: `${name} article ${pick}`,
      apply: (articles: ArticleModel[]) => articles.map((a, i) => (i === pick % articles.length ? change(a) : a)),
    })),
  ),
  fc.nat().map((pick) => ({
    name: `delete article ${pick}`,
    // Never the last one: an empty site is another test's business.
    apply: (articles: ArticleModel[]) => (articles.length > 1 ? articles.filter((_, i) => i !== pick % articles.length) : articles),
  })),
);

/** The first difference between two built sites, or null when they are the same byte for byte. */
function firstDifference(incremental: string, cold: string): string | null {
  const listed = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name))).sort();
  const a = listed(incremental);
  const b = listed(cold);
  const onlyOne = [...a.filter((f) => !b.includes(f)).map((f) => `only in the incremental build: ${f}`), ...b.filter((f) => !a.includes(f)).map((f) => `only in the cold build: ${f}`)];
  if (onlyOne.length > 0) return onlyOne.join('\n');
  const differing = a.find((file) => !readFileSync(join(incremental, file)).equals(readFileSync(join(cold, file))));
  return differing === undefined ? null : `differs: ${differing}`;
}

describe('incremental builds', () => {
  it('give the cold build of the same content after every step of random edits', () => {
    const dir = mkdtempSync(join(tmpdir(), 'broadsheet-incremental-'));
    // Each sequence goes on from where the one before left the corpus and the
    // caches, so every build but the first is a step of one long chain.
    let articles = initialArticles();
    writeModel(dir, articles);
    // Every incremental build goes into the same folder, as `npm run build`
    // does into dist/: what the build before left there must not survive
    // unless this build would have made it.
    const first = buildSite(dir);
    expect(first.status, first.stderr).toBe(0);
    const outDir = first.outDir;
    let sequence = 0;
    fc.assert(
      fc.property(fc.array(stepArbitrary, { minLength: 1, maxLength: MAX_STEPS }), (steps) => {
        sequence += 1;
        for (const [i, step] of steps.entries()) {
          articles = step.apply(articles);
          writeModel(dir, articles);
          const incremental = buildSite(dir, {}, outDir);
          const cold = buildSiteCold(dir);
          expect(incremental.status, incremental.stderr).toBe(0);
          expect(cold.status, cold.stderr).toBe(0);
          const where = `sequence ${sequence}, step ${i + 1} (${steps.slice(0, i + 1).map((s) => s.name).join(', ')}), corpus ${JSON.stringify(articles)}`;
          expect(firstDifference(incremental.outDir, cold.outDir), where).toBeNull();
          // Restored pages are what makes the build incremental: one article's change leaves most pages alone.
          // (When one or two articles are left, a change can reach every page they have.)
          // Built in place, such a page is kept where it is: Astro logs it as cached.
          if (articles.length >= 3) expect(incremental.stdout, where).toMatch(/\(cached\)/);
          rmSync(cold.outDir, { recursive: true, force: true });
        }
      }),
      // Sequences depend on the ones before (the chain), so a failure is reported as found, not shrunk.
      { numRuns: RUNS, endOnFailure: true },
    );
  }, 3_600_000);

  it('renders every page again when a setting Astro does not hash changes, or one it does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'broadsheet-settings-'));
    writeModel(dir, initialArticles());
    const restored = (built: ReturnType<typeof buildSite>) => {
      expect(built.status, built.stderr).toBe(0);
      rmSync(built.outDir, { recursive: true, force: true });
      return built.stdout.match(/\(restored\)/g)?.length ?? 0;
    };
    restored(buildSite(dir));
    expect(restored(buildSite(dir))).toBeGreaterThan(0);
    expect(restored(buildSite(dir, { SOCIAL_CARDS: 'off' }))).toBe(0);
    const copy = mkdtempSync(join(tmpdir(), 'broadsheet-settings-copy-'));
    cpSync(dir, copy, { recursive: true });
    expect(restored(buildSite(copy))).toBe(0);
    expect(restored(buildSite(copy, { SITE_URL: 'https://news.example' }))).toBe(0);
    expect(restored(buildSite(copy, { SITE_URL: 'https://news.example', BASE_PATH: '/news/' }))).toBe(0);
    expect(restored(buildSite(copy, { SITE_URL: 'https://news.example', BASE_PATH: '/news/' }))).toBeGreaterThan(0);
  }, 600_000);

  it('builds in place: what no build made is removed, and a folder no build completed is built from nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'broadsheet-in-place-'));
    writeModel(dir, initialArticles());
    const outDir = mkdtempSync(join(tmpdir(), 'broadsheet-in-place-out-'));
    // A folder with files from elsewhere, and a deploy checkout's .git.
    mkdirSync(join(outDir, 'articles', 'gone'), { recursive: true });
    writeFileSync(join(outDir, 'articles', 'gone', 'index.html'), '<p>an article deleted long ago</p>');
    writeFileSync(join(outDir, 'notes.txt'), 'left here by hand');
    mkdirSync(join(outDir, '.git'));
    writeFileSync(join(outDir, '.git', 'HEAD'), 'ref: refs/heads/gh-pages\n');
    const first = buildSite(dir, {}, outDir);
    expect(first.status, first.stderr).toBe(0);
    expect(existsSync(join(outDir, 'articles', 'gone'))).toBe(false);
    expect(existsSync(join(outDir, 'notes.txt'))).toBe(false);
    expect(readFileSync(join(outDir, '.git', 'HEAD'), 'utf8')).toBe('ref: refs/heads/gh-pages\n');

    // A build stopped after Astro wrote a page and before the finish pass:
    // the page is unfinished, and Astro's cache would keep it as it is.
    const page = join(outDir, 'articles', 'report-0', 'index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace(/'sha256-[^']+'/g, ''));
    for (const name of readdirSync(join(PROJECT_ROOT, 'node_modules', '.astro'))) {
      if (name.startsWith('broadsheet-finished-')) rmSync(join(PROJECT_ROOT, 'node_modules', '.astro', name));
    }
    const again = buildSite(dir, {}, outDir);
    expect(again.status, again.stderr).toBe(0);
    const cold = buildSiteCold(dir);
    expect(cold.status, cold.stderr).toBe(0);
    rmSync(join(outDir, '.git'), { recursive: true });
    expect(firstDifference(outDir, cold.outDir)).toBeNull();
    rmSync(cold.outDir, { recursive: true, force: true });

    // Another folder built from the same project after an edit moves
    // Astro's cache on: this folder's copy of the edited article's page is
    // older than the key Astro now holds for it, and must not be kept.
    const articles = initialArticles();
    writeModel(dir, articles.map((article, i) => (i === 0 ? { ...article, version: 7 } : article)));
    const elsewhere = buildSite(dir);
    expect(elsewhere.status, elsewhere.stderr).toBe(0);
    writeModel(dir, articles.map((article, i) => (i === 0 ? { ...article, version: 7 } : article)));
    const back = buildSite(dir, {}, outDir);
    expect(back.status, back.stderr).toBe(0);
    const coldAfterEdit = buildSiteCold(dir);
    expect(coldAfterEdit.status, coldAfterEdit.stderr).toBe(0);
    expect(firstDifference(outDir, coldAfterEdit.outDir)).toBeNull();
    for (const folder of [outDir, elsewhere.outDir, coldAfterEdit.outDir]) rmSync(folder, { recursive: true, force: true });
  }, 600_000);
});
