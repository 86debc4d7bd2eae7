// A card's colours are the site's light theme: the custom properties of the
// stylesheet's top-level :root rule (the dark theme and print styles change
// them inside @media rules). Read from the file with node:fs rather than
// imported through Vite, because the renderer also runs under tsx
// (bench/build.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The site's stylesheet, from the project root (as the fonts are): the build bundles the renderer elsewhere. */
export const STYLESHEET = join(process.cwd(), 'src', 'styles', 'global.css');

/** The custom property each card colour is, by the name the card uses. */
export const CARD_TOKENS = { paper: '--paper', ink: '--ink', soft: '--ink-soft', accent: '--accent', rule: '--rule' } as const;

export type CardColours = Record<keyof typeof CARD_TOKENS, string>;

/** The declarations of the first :root rule outside any at-rule, or undefined when there is none. */
function topLevelRoot(css: string): string | undefined {
  let depth = 0;
  let selectorStart = 0;
  for (let i = 0; i < css.length; i += 1) {
    const char = css[i];
    if (char === '{') {
      if (depth === 0 && css.slice(selectorStart, i).trim() === ':root') return css.slice(i + 1, css.indexOf('}', i));
      depth += 1;
    } else if (char === '}') {
      depth -= 1;
      if (depth === 0) selectorStart = i + 1;
    } else if (char === ';' && depth === 0) {
      selectorStart = i + 1;
    }
  }
  return undefined;
}

/** The custom properties of the light theme: name (with its dashes) to value. */
export function lightTheme(css: string): Map<string, string> {
  const declarations = topLevelRoot(css.replace(/\/\*[\s\S]*?\*\//g, '')) ?? '';
  return new Map([...declarations.matchAll(/(--[\w-]+)\s*:\s*([^;]+)/g)].map((match) => [match[1] ?? '', (match[2] ?? '').trim()]));
}

/** The card's colours from the stylesheet's light theme; throws if one of its custom properties is missing. */
export function cardColours(css: string = readFileSync(STYLESHEET, 'utf8')): CardColours {
  const theme = lightTheme(css);
  const colour = (property: string) => {
    const value = theme.get(property);
    if (value === undefined || value === '') throw new Error(`${STYLESHEET}: the light theme (:root) does not set ${property}, which social cards use`);
    return value;
  };
  return {
    paper: colour(CARD_TOKENS.paper),
    ink: colour(CARD_TOKENS.ink),
    soft: colour(CARD_TOKENS.soft),
    accent: colour(CARD_TOKENS.accent),
    rule: colour(CARD_TOKENS.rule),
  };
}
