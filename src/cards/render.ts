// Renders a card: satori lays the content out as SVG with a serif shipped by
// an npm package (@fontsource/source-serif-4), resvg rasterises it to PNG.
// Its colours are the site's light theme (src/cards/colours.ts). Cards are
// cached on disk by a hash of their content, their colours and this
// renderer's layout, so a rebuild re-renders only the cards that changed.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { cardColours, type CardColours } from './colours.ts';
import { CARD_SIZE } from './size.ts';
import { clip } from '../lib/text.ts';
import type { CardContent } from './content.ts';

/** Bump when the layout changes: the cache key includes it. */
const LAYOUT_VERSION = 1;

/** One family name per subset file: satori falls back along a font-family list, not within one family. */
const familyOf = (subset: string) => `Source Serif 4 ${subset}`;
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'vietnamese'] as const;
const FACES = [
  { weight: 400, style: 'normal' },
  { weight: 700, style: 'normal' },
  { weight: 400, style: 'italic' },
] as const;

let theme: CardColours | undefined;
/** The site's light theme, read from its stylesheet once. */
const colours = (): CardColours => (theme ??= cardColours());

type Font = Parameters<typeof satori>[1]['fonts'][number];
let fonts: Promise<Font[]> | undefined;

/** The font files, resolved from the project (the build bundles this module elsewhere). */
function loadFonts(): Promise<Font[]> {
  const require = createRequire(join(process.cwd(), 'package.json'));
  fonts ??= Promise.all(
    SUBSETS.flatMap((subset) =>
      FACES.map(async ({ weight, style }) => ({
        name: familyOf(subset),
        weight,
        style,
        data: await readFile(require.resolve(`@fontsource/source-serif-4/files/source-serif-4-${subset}-${weight}-${style}.woff`)),
      })),
    ),
  );
  return fonts;
}

interface Node {
  type: string;
  props: { style: Record<string, string | number>; children?: (Node | string)[] | Node | string };
}
const el = (style: Node['props']['style'], ...children: (Node | string)[]): Node => ({ type: 'div', props: { style, children } });

function headlineSize(headline: string): number {
  const length = [...headline].length;
  if (length <= 50) return 72;
  if (length <= 90) return 60;
  if (length <= 130) return 50;
  return 42;
}

const MARGIN = { x: 72, top: 44, bottom: 48 };

function layout(card: CardContent): Node {
  const palette = colours();
  const headline = clip(card.headline, 170);
  const below = card.quote
    ? el(
        { display: 'flex', flexDirection: 'column', borderTop: `6px solid ${palette.accent}`, paddingTop: 20 },
        el({ fontSize: 32, fontStyle: 'italic', lineHeight: 1.3, color: palette.ink }, `“${clip(card.quote.text, 140)}”`),
        el({ fontSize: 24, color: palette.soft, marginTop: 10 }, `— ${clip(card.quote.attribution, 80)}`),
      )
    : el({ fontSize: 32, lineHeight: 1.35, color: palette.soft }, clip(card.dek, 170));
  const page = el(
    {
      // Satori sizes boxes without their padding: the content box is the card less its margins.
      width: CARD_SIZE.width - 2 * MARGIN.x,
      height: CARD_SIZE.height - MARGIN.top - MARGIN.bottom,
      margin: `${MARGIN.top}px ${MARGIN.x}px ${MARGIN.bottom}px`,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      color: palette.ink,
      fontFamily: SUBSETS.map(familyOf).map((family) => `'${family}'`).join(', '),
    },
    el(
      { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', borderBottom: `4px double ${palette.rule}`, paddingBottom: 16 },
      el({ fontSize: 30, fontWeight: 700, letterSpacing: 1 }, card.siteName),
      el({ fontSize: 24, color: palette.soft }, card.date ?? ''),
    ),
    el({ fontSize: headlineSize(headline), fontWeight: 700, lineHeight: 1.12, letterSpacing: -0.5 }, headline),
    below,
  );
  return el({ width: CARD_SIZE.width, height: CARD_SIZE.height, display: 'flex', background: palette.paper }, page);
}

async function renderCard(card: CardContent): Promise<Uint8Array> {
  const svg = await satori(layout(card) as Parameters<typeof satori>[0], { ...CARD_SIZE, fonts: await loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: CARD_SIZE.width } }).render().asPng();
}

const CARD_CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'broadsheet-cards');

export function cardKey(card: CardContent): string {
  return createHash('sha256').update(JSON.stringify({ LAYOUT_VERSION, colours: colours(), card })).digest('hex');
}

/** How many cards were rendered and how many came from the cache, in this process. */
export const cardStats = { rendered: 0, reused: 0 };

/** The card's PNG: from the cache when this exact content was rendered before, else rendered and stored. */
export async function cachedCard(card: CardContent, cacheDir = CARD_CACHE_DIR): Promise<Uint8Array> {
  const file = join(cacheDir, `${cardKey(card)}.png`);
  try {
    const png = await readFile(file);
    cardStats.reused += 1;
    return png;
  } catch {
    const png = await renderCard(card);
    await mkdir(cacheDir, { recursive: true });
    // Write then rename: two builds sharing the cache never read half a file.
    const partial = `${file}.${process.pid}.tmp`;
    await writeFile(partial, png);
    await rename(partial, file);
    cardStats.rendered += 1;
    return png;
  }
}
