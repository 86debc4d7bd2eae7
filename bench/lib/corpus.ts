// Synthetic corpora for `npm run bench`: N messy scraped articles (.txt and
// a .yml sidecar) and, from the same articles, clean Markdown files for the
// plain-Astro baseline. Deterministic: the same N gives the same files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode as decodeWindows1252 } from 'windows-1252';

const PEOPLE = [
  ['Maria Lopez', 'the mayor'],
  ['James Okafor', 'a city councillor'],
  ['Anna Schmidt', 'the transport minister'],
  ['Wei Chen', 'an economist at the central bank'],
  ['Sofia Rossi', 'the union leader'],
  ['Tom Becker', 'a spokesman for the police'],
  ['Priya Nair', 'the health secretary'],
  ['Lars Nilsson', 'the harbour master'],
] as const;
const SUBJECTS = ['The council', 'Residents', 'The ministry', 'Local traders', 'Engineers', 'The committee', 'Officials', 'Researchers'];
const VERBS = ['approved', 'questioned', 'rejected', 'welcomed', 'reviewed', 'postponed', 'funded', 'criticised'];
const OBJECTS = ['the harbour plan', 'a new budget', 'the bridge repairs', 'the rail timetable', 'school funding', 'the housing scheme', 'the water contract'];
const TOPICS = Array.from({ length: 200 }, (_, i) => `Topic${i}`);

export interface BenchArticle {
  slug: string;
  title: string;
  date: string;
  tags: string[];
  paragraphs: string[];
}

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;

export function benchArticle(i: number): BenchArticle {
  const paragraphs: string[] = [];
  const count = 8 + (i % 5);
  for (let p = 0; p < count; p += 1) {
    const n = i * 31 + p * 7;
    const base = `${pick(SUBJECTS, n)} ${pick(VERBS, n * 3)} ${pick(OBJECTS, n * 5)} on ${p === 0 ? 'Monday' : 'the same day'}, in a decision reported as number ${i}-${p}.`;
    const detail = `The change affects about ${(n * 37) % 9000} households across ${(n % 12) + 2} districts, and the final figures are expected within ${(n % 8) + 2} weeks.`;
    if (p % 3 === 1) {
      const [name, role] = pick(PEOPLE, n);
      paragraphs.push(`${base} “We have waited for this for ${(n % 9) + 2} years and the people of district ${n % 40} deserve better,” said ${name}, ${role}. ${detail}`);
    } else if (p % 3 === 2) {
      const [name] = pick(PEOPLE, n + 3);
      const surname = name.split(' ')[1];
      paragraphs.push(`${detail} ${surname} added that the plan “is not finished yet, and nobody should pretend otherwise.” ${base}`);
    } else {
      paragraphs.push(`${base} ${detail}`);
    }
  }
  const day = (i % 28) + 1;
  const month = (Math.floor(i / 28) % 12) + 1;
  return {
    slug: `bench-${String(i).padStart(6, '0')}`,
    title: `${pick(SUBJECTS, i)} ${pick(VERBS, i * 3)} ${pick(OBJECTS, i * 5)} in report ${i}`,
    date: `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    tags: [pick(TOPICS, i), pick(TOPICS, i * 7 + 3), pick(TOPICS, i * 13 + 11)].filter((tag, k, all) => all.indexOf(tag) === k),
    paragraphs,
  };
}

/** The article as a scraper leaves it: title three times, run-on copy, hashtags, comment form, share widgets. */
export function messyText(article: BenchArticle, i: number): Uint8Array {
  const blocks = [
    article.title,
    article.title,
    `Share this:\nTwitter\nFacebook`,
    article.title,
    article.paragraphs.join(''),
    ...article.paragraphs,
    article.tags.map((tag) => `#${tag}`).join(' '),
    'Leave a Reply\nYour email address will not be published. Required fields are marked *',
    'Post Comment',
  ];
  let text = blocks.join('\n\n');
  if (i % 7 === 0) text = text.replace(/\n/g, '\r\n');
  if (i % 11 === 0) text = `\uFEFF${text}`;
  if (i % 13 === 0) {
    // Mojibake: UTF-8 bytes of the curly quotes read as Windows-1252, then saved as UTF-8.
    text = text.replace(/[“”]/g, (quote) => decodeWindows1252(new TextEncoder().encode(quote)));
  }
  return new TextEncoder().encode(text);
}

/** The article as a browser saves its page: a news site's head, menus, share bar, related links and footer around it. */
export function savedPage(article: BenchArticle, i: number): Uint8Array {
  const menu = `<nav><ul>${['News', 'Sport', 'Business', 'Culture', 'Opinion'].map((s) => `<li><a href="/${s.toLowerCase()}/">${s}</a></li>`).join('')}</ul></nav>`;
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: article.title, datePublished: article.date, keywords: article.tags });
  const body = article.paragraphs.map((p, k) => `<p>${p}</p>${k === 2 ? '<div class="share"><a href="https://x.example/share">Share</a> <a href="https://fb.example/share">Facebook</a></div>' : ''}`).join('\n');
  const related = `<aside><h2>Related</h2><ul>${[1, 2, 3].map((k) => `<li><a href="/story-${i + k}">Report ${i + k}</a></li>`).join('')}</ul></aside>`;
  return new TextEncoder().encode(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${article.title} | The Bench Times</title><script type="application/ld+json">${ld}</script><script src="/app.js"></script></head>` +
      `<body>${menu}<main><article><h1>${article.title}</h1>${body}</article></main>${related}<footer><p>© The Bench Times</p></footer></body></html>`,
  );
}

/** Writes one article of the raw corpus: messy text and its sidecar, or a saved page. */
export function writeRawArticle(dir: string, i: number, format: 'txt' | 'html'): void {
  const article = benchArticle(i);
  if (format === 'html') {
    writeFileSync(join(dir, `${article.slug}.html`), savedPage(article, i));
    return;
  }
  writeFileSync(join(dir, `${article.slug}.txt`), messyText(article, i));
  writeFileSync(join(dir, `${article.slug}.yml`), `date: ${article.date}\n`);
}

export function cleanMarkdown(article: BenchArticle): string {
  const front = [
    '---',
    `title: ${JSON.stringify(article.title)}`,
    `date: ${article.date}`,
    `description: ${JSON.stringify(article.paragraphs[0]?.split('. ')[0] ?? '')}`,
    `tags: [${article.tags.map((tag) => JSON.stringify(tag.toLowerCase())).join(', ')}]`,
    '---',
  ];
  return `${front.join('\n')}\n\n${article.paragraphs.join('\n\n')}\n`;
}

/** Writes `count` articles as raw/ (.txt + .yml, or saved .html pages) and md/ (.md) under `dir`. */
export function writeCorpus(dir: string, count: number, format: 'txt' | 'html' = 'txt'): { raw: string; md: string } {
  const raw = join(dir, 'raw');
  const md = join(dir, 'md');
  mkdirSync(raw, { recursive: true });
  mkdirSync(md, { recursive: true });
  for (let i = 0; i < count; i += 1) {
    writeRawArticle(raw, i, format);
    writeFileSync(join(md, `${benchArticle(i).slug}.md`), cleanMarkdown(benchArticle(i)));
  }
  return { raw, md };
}
