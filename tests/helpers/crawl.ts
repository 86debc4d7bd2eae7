// A link checker for a served site: follows every internal link from the
// front page (and the 404 page), and checks that each target exists and that
// each #fragment names an element on its target page.
import { parseHTML } from 'linkedom';

export interface CrawlResult {
  pages: string[];
  broken: string[];
}

export async function crawl(startUrls: readonly string[], origin: string): Promise<CrawlResult> {
  const pending = [...startUrls];
  const statusOf = new Map<string, number>();
  const idsOf = new Map<string, Set<string>>();
  const fragmentLinks: Array<{ from: string; target: string; id: string }> = [];
  const broken: string[] = [];

  const fetchPage = async (url: string): Promise<void> => {
    const response = await fetch(url, { redirect: 'manual' });
    statusOf.set(url, response.status);
    if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) return;
    const { document } = parseHTML(await response.text());
    idsOf.set(url, new Set([...document.querySelectorAll('[id]')].map((element) => element.id)));
    for (const element of document.querySelectorAll('a[href], link[href], img[src]')) {
      const raw = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
      const resolved = new URL(raw, url);
      if (resolved.origin !== origin) continue;
      const target = resolved.href.replace(/#.*$/, '');
      if (resolved.hash !== '') fragmentLinks.push({ from: url, target, id: decodeURIComponent(resolved.hash.slice(1)) });
      if (!statusOf.has(target) && !pending.includes(target)) pending.push(target);
    }
  };

  while (pending.length > 0) {
    const url = pending.shift() ?? '';
    if (statusOf.has(url)) continue;
    await fetchPage(url);
  }
  for (const [url, status] of statusOf) {
    if (status !== 200 && !startUrls.includes(url)) broken.push(`${status} ${url}`);
  }
  for (const { from, target, id } of fragmentLinks) {
    if (!(idsOf.get(target)?.has(id) ?? false)) broken.push(`missing #${id} on ${target} (linked from ${from})`);
  }
  return { pages: [...idsOf.keys()], broken };
}
