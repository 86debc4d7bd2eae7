// Social cards: what they show, that their colours are the site's light
// theme, that they are real 1200×630 PNGs, and that the cache returns an
// unchanged card without rendering it again.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { CARD_TOKENS, cardColours, lightTheme, STYLESHEET } from '../../src/cards/colours.ts';
import { cardContent } from '../../src/cards/content.ts';
import { clip } from '../../src/lib/text.ts';
import { cachedCard, cardKey, cardStats } from '../../src/cards/render.ts';
import { pngSize } from '../helpers/png.ts';
import { PROJECT_ROOT, seedGolden } from '../helpers/seed.ts';

const seed = {
  title: seedGolden.title,
  dek: 'At the Ukraine Defense Contact Group in Brussels.',
  date: '2025-02-12',
  pullQuotes: [{ text: 'The United States does not believe that NATO membership for Ukraine is a realistic outcome.', speaker: 'Pete Hegseth', role: 'Defense Secretary', paragraph: 1 }],
};

describe('cardContent', () => {
  it('shows the headline, the first pull-quote with its speaker and role, and the site name', () => {
    const card = cardContent(seed, 'Broadsheet');
    expect(card).toEqual({
      siteName: 'Broadsheet',
      headline: seedGolden.title,
      quote: { text: seed.pullQuotes[0]?.text, attribution: 'Pete Hegseth, Defense Secretary' },
      dek: seed.dek,
      date: '12 February 2025',
    });
  });

  it('falls back to the dek when nobody is quoted', () => {
    expect(cardContent({ ...seed, pullQuotes: [] }, 'Broadsheet').quote).toBeNull();
  });
});

describe('clip', () => {
  it('keeps short text and cuts long text at a word, with an ellipsis', () => {
    expect(clip('short', 10)).toBe('short');
    expect(clip('one two three four five six', 15)).toBe('one two three…');
    expect([...clip('é'.repeat(50), 10)]).toHaveLength(10);
  });
});

describe('cachedCard', () => {
  it('renders a 1200×630 PNG once, then reuses it while the content is unchanged', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'broadsheet-cards-'));
    const card = cardContent(seed, 'Broadsheet');
    const before = { ...cardStats };
    const first = await cachedCard(card, cache);
    expect(pngSize(first)).toEqual({ width: 1200, height: 630 });
    expect(cardStats.rendered - before.rendered).toBe(1);
    const again = await cachedCard(card, cache);
    expect(cardStats.reused - before.reused).toBe(1);
    expect(cardStats.rendered - before.rendered).toBe(1);
    expect(Buffer.compare(Buffer.from(again), Buffer.from(first))).toBe(0);
    // A changed headline is a new card.
    const changed = { ...card, headline: `${card.headline} (updated)` };
    expect(cardKey(changed)).not.toBe(cardKey(card));
    await cachedCard(changed, cache);
    expect(cardStats.rendered - before.rendered).toBe(2);
    expect(readdirSync(cache).filter((file) => file.endsWith('.png'))).toHaveLength(2);
  }, 30_000);

  it('renders text from any script, and markup as plain text, without failing', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'broadsheet-cards-'));
    const hostile = cardContent(
      { ...seed, title: '<script>alert(1)</script> Пётр Ελλάδα Việt 中文 🚀 \u202Eevil', pullQuotes: [] },
      'Broadsheet',
    );
    expect(pngSize(await cachedCard(hostile, cache))).toEqual({ width: 1200, height: 630 });
  }, 30_000);
});

describe('cardColours', () => {
  it("are the light theme's custom properties in src/styles/global.css", () => {
    // Read independently, with a CSS parser: the declarations of the :root rule that is not inside an at-rule.
    const tokens = new Map<string, string>();
    postcss.parse(readFileSync(join(PROJECT_ROOT, 'src', 'styles', 'global.css'), 'utf8')).each((node) => {
      if (node.type === 'rule' && node.selector === ':root') node.walkDecls((decl) => void tokens.set(decl.prop, decl.value));
    });
    const colours = cardColours();
    for (const [name, property] of Object.entries(CARD_TOKENS)) {
      expect(tokens.get(property), property).toMatch(/^#[0-9a-f]{6}$/i);
      expect(colours[name as keyof typeof CARD_TOKENS], name).toBe(tokens.get(property));
    }
    expect(STYLESHEET).toBe(join(PROJECT_ROOT, 'src', 'styles', 'global.css'));
  });

  it('read the top-level :root rule only, past comments, not the dark or print themes', () => {
    const css = `/* :root { --paper: red; } */
@import 'x.css';
@media (prefers-color-scheme: dark) { :root { --paper: #000; } }
:root {
  --font: 'A', serif; /* --ink: blue; */
  --paper: #fff;
  --ink:#111;
}
@media print { :root { --ink: #000; } }`;
    expect(Object.fromEntries(lightTheme(css))).toEqual({ '--font': "'A', serif", '--paper': '#fff', '--ink': '#111' });
  });

  it('fail loudly when the theme lacks a colour a card uses', () => {
    expect(() => cardColours(':root { --paper: #fff; --ink: #000; --ink-soft: #333; --accent: #a00; }')).toThrow(/--rule/);
  });

  it('are read outside Vite too: bench/build.ts loads the renderer with tsx', () => {
    const script = "const { cardKey } = await import('./src/cards/render.ts'); console.log(cardKey({ siteName: 's', headline: 'h', quote: null, dek: 'd', date: null }));";
    const run = spawnSync(join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'), ['--input-type=module', '--eval', script], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toMatch(/^[0-9a-f]{64}$/);
  }, 30_000);
});
