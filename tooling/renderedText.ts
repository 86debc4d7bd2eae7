// A saved page as a person copying it gets it: rendered in the system
// Chromium with JavaScript off and every request refused (nothing a page
// references is fetched), then `document.body.innerText`, each line a
// paragraph. This is the text input of `npm run eval:extraction -- --text`.
// Rendering costs about a tenth of a second a page, so texts are kept in a
// cache folder by a hash of the page's HTML and reused on the next run.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './chromium.ts';
import { decodeAsBrowser, pageBytes, type AnnotatedPage } from './extractionCorpus.ts';
import { PROJECT_ROOT } from './project.ts';

export const RENDER_CACHE = join(PROJECT_ROOT, 'node_modules', '.cache', 'broadsheet-rendered-text');
/** Longest wait for one page: a page that never settles is rendered as far as it got. */
const RENDER_TIMEOUT_MS = 15_000;

/** Each page's rendered text, by page name; rendered now only when the cache lacks it. */
export async function renderedTexts(
  pages: readonly AnnotatedPage[],
  onPage: (done: number, total: number) => void = () => {},
  cache = RENDER_CACHE,
): Promise<Map<string, string>> {
  mkdirSync(cache, { recursive: true });
  const texts = new Map<string, string>();
  const todo: Array<{ page: AnnotatedPage; html: string; file: string }> = [];
  for (const page of pages) {
    const html = decodeAsBrowser(pageBytes(page)).html;
    const file = join(cache, `${createHash('sha256').update(html).digest('hex').slice(0, 32)}.txt`);
    if (existsSync(file)) texts.set(page.name, readFileSync(file, 'utf8'));
    else todo.push({ page, html, file });
  }
  if (todo.length === 0) return texts;
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    const tab = await context.newPage();
    for (const [index, { page, html, file }] of todo.entries()) {
      let text = '';
      try {
        await tab.setContent(html, { waitUntil: 'domcontentloaded', timeout: RENDER_TIMEOUT_MS });
        text = await tab.evaluate(() => document.body?.innerText ?? '');
      } catch {
        // A page Chromium cannot render gives no text, as it would give a reader nothing to copy.
      }
      writeFileSync(file, text);
      texts.set(page.name, text);
      onPage(index + 1, todo.length);
    }
  } finally {
    await browser.close();
  }
  return texts;
}
