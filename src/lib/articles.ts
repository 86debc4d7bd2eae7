// Queries over the article collection for the pages. In a build each is
// computed once, so no page re-reads or re-sorts the whole collection; in
// `astro dev` they are recomputed so edits show up.
import { getCollection } from 'astro:content';
import type { Article, Speaker, Tag } from '../ingest/schema.ts';
import { surnameOf } from '../ingest/people.ts';
import { personKey, personSlugs } from '../ingest/slug.ts';
import { rememberDigest } from './cacheKeys.ts';
import { throwContentProblems } from './contentProblems.ts';

export const ARTICLES_PER_PAGE = 20;

/** Runs `compute` once per build; in `astro dev`, on every call. */
function oncePerBuild<T>(compute: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => {
    if (cached === undefined || import.meta.env.DEV) cached = compute();
    return cached;
  };
}

/** Every article, newest first; undated articles last, then by title. In `astro dev`, bad files raise the error overlay. */
export const allArticles = oncePerBuild(async (): Promise<Article[]> => {
  if (import.meta.env.DEV) throwContentProblems();
  return (await getCollection('articles'))
    .map((entry) => {
      rememberDigest(entry.data, entry.digest);
      return entry.data;
    })
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title));
});

export interface TagSummary {
  tag: Tag;
  articles: Article[];
}

/** Every tag with its articles (newest first), most used first, then by name. */
export const allTags = oncePerBuild(async (): Promise<TagSummary[]> => {
  const articles = await allArticles();
  const bySlug = new Map<string, TagSummary>();
  for (const article of articles) {
    for (const tag of article.tags) {
      const summary = bySlug.get(tag.slug) ?? { tag, articles: [] };
      summary.articles.push(article);
      bySlug.set(tag.slug, summary);
    }
  }
  return [...bySlug.values()].sort((a, b) => b.articles.length - a.articles.length || a.tag.name.localeCompare(b.tag.name));
});

export interface Neighbours {
  newer: Article | undefined;
  older: Article | undefined;
}

/** The articles either side of each one in the newest-first list, by slug. */
export async function neighbours(): Promise<Map<string, Neighbours>> {
  const articles = await allArticles();
  return new Map(articles.map((article, i) => [article.slug, { newer: articles[i - 1], older: articles[i + 1] }]));
}

export interface PersonQuote {
  text: string;
  article: Article;
  paragraph: number;
}

export interface Person {
  name: string;
  slug: string;
  /** A person, or an organisation quoted as itself ("the DNC said"), as the first article that quotes it reads it. */
  kind: Speaker['kind'];
  /** Every role the articles give, first seen first. */
  roles: string[];
  quotes: PersonQuote[];
  /** Every article that names them as a speaker, newest first: what their page is made from. */
  articles: Article[];
}

/** The slug of every speaker's page, by name, over all articles. */
export const allPersonSlugs = oncePerBuild(async (): Promise<Map<string, string>> =>
  personSlugs((await allArticles()).flatMap((article) => article.speakers.map((speaker) => speaker.name))),
);

/** Everyone quoted across all articles, by surname; quotations newest article first, in article order. */
export const allPeople = oncePerBuild(async (): Promise<Person[]> => {
  const articles = await allArticles();
  const slugs = await allPersonSlugs();
  // A person is a name as written (in any Unicode composition): two names that fold to one slug are two people.
  const byName = new Map<string, Person>();
  for (const article of articles) {
    for (const speaker of article.speakers) {
      const key = personKey(speaker.name);
      const person = byName.get(key) ?? { name: speaker.name, slug: slugs.get(key) ?? '', kind: speaker.kind, roles: [], quotes: [], articles: [] };
      if (speaker.role !== null && !person.roles.includes(speaker.role)) person.roles.push(speaker.role);
      if (person.articles.at(-1) !== article) person.articles.push(article);
      byName.set(key, person);
    }
    for (const quote of article.quotes) {
      if (quote.speaker === null) continue;
      byName.get(personKey(quote.speaker))?.quotes.push({ text: quote.text, article, paragraph: quote.paragraph });
    }
  }
  // People by surname, organisations by their whole name.
  const sortKey = (person: Person) => (person.kind === 'organisation' ? person.name : surnameOf(person.name));
  return [...byName.values()].sort((a, b) => sortKey(a).localeCompare(sortKey(b)) || a.name.localeCompare(b.name));
});
