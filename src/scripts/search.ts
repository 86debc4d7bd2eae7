// The search page's behaviour: load Pagefind's index reader, fill the tag
// and speaker filters, and show results as the reader types. Results are
// built with DOM methods; the only markup taken from the index is the
// <mark> around matched words, rebuilt here rather than parsed as HTML.

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  debouncedSearch(
    query: string | null,
    options: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
    delayMs: number,
  ): Promise<{ results: PagefindResult[] } | null>;
}

import { countOf } from '../lib/plural';

const RESULTS_SHOWN = 20;

function element<K extends keyof HTMLElementTagNameMap>(id: string, tag: K): HTMLElementTagNameMap[K] {
  const found = document.getElementById(id);
  if (!(found instanceof HTMLElement) || found.tagName.toLowerCase() !== tag) throw new Error(`#${id} is missing`);
  return found as HTMLElementTagNameMap[K];
}

/** Pagefind's excerpt is escaped text with <mark> around matches: rebuild it as nodes. */
function excerptNodes(excerpt: string): Node[] {
  // Parsed inside a text run after "x", so leading and trailing spaces survive; the parsed document is inert.
  const decode = (escaped: string) => (new DOMParser().parseFromString(`<!doctype html><body>x${escaped}`, 'text/html').body.textContent ?? 'x').slice(1);
  return excerpt.split(/(<mark>.*?<\/mark>)/).map((part) => {
    const marked = /^<mark>(.*)<\/mark>$/.exec(part);
    if (marked === null) return document.createTextNode(decode(part));
    const mark = document.createElement('mark');
    mark.textContent = decode(marked[1] ?? '');
    return mark;
  });
}

function fillOptions(select: HTMLSelectElement, counts: Record<string, number> | undefined, selected: string | null): void {
  for (const [name, count] of Object.entries(counts ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    const option = new Option(`${name} (${count})`, name, false, name === selected);
    select.add(option);
  }
}

export async function startSearch(base: string): Promise<void> {
  // No articles yet, so no index and no form: the page says so.
  if (document.getElementById('search-form') === null) return;
  const form = element('search-form', 'form');
  const query = element('search-query', 'input');
  const tag = element('search-tag', 'select');
  const speaker = element('search-speaker', 'select');
  const status = element('search-status', 'p');
  const results = element('search-results', 'ol');
  const unavailable = element('search-unavailable', 'p');

  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 30 });
    await pagefind.init();
  } catch {
    status.textContent = 'The search index could not be loaded.';
    return;
  }

  const params = new URLSearchParams(location.search);
  const filters = await pagefind.filters();
  fillOptions(tag, filters.tag, params.get('tag'));
  fillOptions(speaker, filters.speaker, params.get('speaker'));
  query.value = params.get('q') ?? '';
  unavailable.hidden = true;
  form.hidden = false;

  const run = async () => {
    const text = query.value.trim();
    const chosen: Record<string, string> = {};
    if (tag.value !== '') chosen.tag = tag.value;
    if (speaker.value !== '') chosen.speaker = speaker.value;
    const shown = new URLSearchParams({ ...(text && { q: text }), ...chosen });
    history.replaceState(null, '', shown.size > 0 ? `?${shown}` : location.pathname);
    if (text === '' && Object.keys(chosen).length === 0) {
      results.replaceChildren();
      status.textContent = '';
      return;
    }
    // A filter alone lists its articles: Pagefind takes a null query as "everything".
    const search = await pagefind.debouncedSearch(text === '' ? null : text, { filters: chosen, sort: text === '' ? { date: 'desc' } : {} }, 200);
    if (search === null) return; // a newer keystroke replaced this search
    const found = await Promise.all(search.results.slice(0, RESULTS_SHOWN).map((result) => result.data()));
    results.replaceChildren(
      ...found.map((data) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = data.url;
        link.textContent = data.meta.title ?? data.url;
        item.append(link);
        if (data.meta.date !== undefined) {
          const date = document.createElement('p');
          date.className = 'date';
          date.textContent = data.meta.date;
          item.append(date);
        }
        const excerpt = document.createElement('p');
        excerpt.className = 'excerpt';
        excerpt.append(...excerptNodes(data.excerpt));
        item.append(excerpt);
        return item;
      }),
    );
    const total = search.results.length;
    status.textContent =
      total === 0
        ? 'No articles found.'
        : `${countOf(total, 'article')} found${total > RESULTS_SHOWN ? `, showing the first ${RESULTS_SHOWN}` : ''}.`;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  query.addEventListener('input', () => void run());
  tag.addEventListener('change', () => void run());
  speaker.addEventListener('change', () => void run());
  if (query.value !== '' || tag.value !== '' || speaker.value !== '') await run();
}
