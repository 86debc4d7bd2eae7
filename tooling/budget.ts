// The reader-side budgets: the article page fits the first TCP round trip
// (about 14 KB after the 10-packet initial congestion window), in one request.
export const BUDGET = {
  articleFirstRenderGzip: 14 * 1024,
  firstRenderRequests: 1,
} as const;
