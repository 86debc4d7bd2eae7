// The size of a social card: the renderer draws it, pages declare it
// (og:image:width and og:image:height). No Vite-only imports here or in
// anything else the renderer imports: bench/build.ts loads it with tsx.
export const CARD_SIZE = { width: 1200, height: 630 } as const;
