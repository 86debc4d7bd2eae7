// Social cards: one 1200×630 PNG per article, referenced by og:image.
// SOCIAL_CARDS=off skips them (the pages then carry no og:image).

export const CARD_SIZE = { width: 1200, height: 630 } as const;

export function cardsEnabled(): boolean {
  return process.env.SOCIAL_CARDS !== 'off';
}
