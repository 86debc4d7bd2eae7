// The file-system edge of ingestion, its only impure module: finds article
// files and their sidecars and reads them into `ArticleSource`s for the pure
// stages. Nothing here throws: a file (or folder) that cannot be read becomes
// its problem, listed with every other one. A file over the size limit is refused
// from its size, unread; a link that leaves the content folder is never read.
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, extname, join, sep } from 'node:path';
import { fileTooLarge, SIDECAR_TOO_LARGE_HINT } from './01-decode.ts';
import type { ArticleSource } from './02-source.ts';
import { DEFAULT_MAX_FILE_BYTES, MAX_SIDECAR_BYTES } from './limits.ts';
import type { IngestProblem } from './problems.ts';

const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];
/** Articles whose metadata may come from a sidecar: Markdown keeps its own in front matter. */
const SIDECAR_ARTICLES = ['.txt', '.html', '.htm'];
const SIDECAR_EXTENSIONS = ['.yml', '.yaml'];

/** An article file and the sidecar found beside it. */
export interface ArticleFile {
  path: string;
  sidecar?: string;
}

interface Listing {
  files: ArticleFile[];
  problems: IngestProblem[];
}

const isArticleName = (name: string) => ARTICLE_EXTENSIONS.includes(extname(name).toLowerCase());
const isSidecarName = (name: string) => SIDECAR_EXTENSIONS.includes(extname(name).toLowerCase());
const stemOf = (name: string) => basename(name, extname(name));

/**
 * Every article in a folder (not recursive), sorted by name so builds are
 * repeatable, each with its sidecar. Links are followed only when they stay
 * inside the folder: anything else a link names could be any file on the
 * machine, and whatever is read here is published.
 */
export function listArticleFiles(dir: string): Listing {
  let names: string[];
  let folder: string;
  try {
    names = readdirSync(dir).sort();
    folder = realpathSync(dir);
  } catch (error) {
    const problem = readProblem(dir, error);
    return { files: [], problems: [{ ...problem, message: `the content folder ${problem.message}` }] };
  }
  const sidecars = sidecarsByStem(names);
  const articleStems = new Set(names.filter(isArticleName).map(stemOf));
  const problems: IngestProblem[] = [];
  const usable = new Set<string>();
  for (const name of names.filter((n) => isArticleName(n) || isSidecarName(n))) {
    const problem = entryProblem(join(dir, name), folder);
    if (problem === null) usable.add(name);
    else problems.push(problem);
  }
  const files: ArticleFile[] = [];
  for (const name of names.filter((n) => usable.has(n) && isArticleName(n))) {
    const file = withSidecar(dir, name, sidecars.get(stemOf(name)) ?? [], problems);
    // A sidecar that may not be read (reported above) holds the article back: without its metadata it would be published wrong.
    if (file !== null && (file.sidecar === undefined || usable.has(basename(file.sidecar)))) files.push(file);
  }
  for (const name of names.filter((n) => usable.has(n) && isSidecarName(n))) {
    if (articleStems.has(stemOf(name))) continue;
    problems.push({
      file: join(dir, name),
      message: 'sidecar with no article beside it',
      hint: `Give it the name of its article, with .yml in place of the article's extension, or delete it`,
    });
  }
  return { files, problems };
}

/** Files named on a command line, each with the sidecar beside it. */
export function articleFilesAt(paths: readonly string[]): Listing {
  const problems: IngestProblem[] = [];
  const files: ArticleFile[] = [];
  // One listing per folder, however many of its files are named.
  const folders = new Map<string, Map<string, string[]>>();
  for (const path of paths) {
    if (!isArticleName(path)) {
      problems.push({ file: path, message: 'is not an article file', hint: `Name a file ending ${ARTICLE_EXTENSIONS.join(', ')}` });
      continue;
    }
    let sidecars = folders.get(dirname(path));
    if (sidecars === undefined) {
      let names: string[] = [];
      try {
        names = readdirSync(dirname(path));
      } catch {
        // The folder cannot be listed; reading the file will say why.
      }
      sidecars = sidecarsByStem(names);
      folders.set(dirname(path), sidecars);
    }
    const file = withSidecar(dirname(path), basename(path), sidecars.get(stemOf(basename(path))) ?? [], problems);
    if (file !== null) files.push(file);
  }
  return { files, problems };
}

/** The sidecar names in a folder listing, by the stem they share with their article. */
function sidecarsByStem(names: readonly string[]): Map<string, string[]> {
  const byStem = new Map<string, string[]>();
  for (const name of names.filter(isSidecarName).sort()) byStem.set(stemOf(name), [...(byStem.get(stemOf(name)) ?? []), name]);
  return byStem;
}

/**
 * The article `name` with its sidecar, if any: a file of the same stem
 * ending `.yml` or `.yaml` in any case. Two sidecars leave the metadata in
 * doubt, so the article waits until one is gone; a Markdown article keeps
 * its metadata in front matter (a saved page's sidecar overrides what the
 * page says of itself).
 */
function withSidecar(dir: string, name: string, found: readonly string[], problems: IngestProblem[]): ArticleFile | null {
  const path = join(dir, name);
  if (found.length > 0 && !SIDECAR_ARTICLES.includes(extname(name).toLowerCase())) {
    problems.push({
      file: join(dir, found[0] ?? ''),
      message: `sidecar beside a Markdown article (${name})`,
      hint: 'Move these fields into the front matter of the Markdown file',
    });
    return { path };
  }
  if (found.length > 1) {
    problems.push({
      file: path,
      message: `has ${found.length} sidecars (${found.join(', ')}), so which metadata applies is unclear`,
      hint: 'Keep one sidecar and delete the others',
    });
    return null;
  }
  return found[0] === undefined ? { path } : { path, sidecar: join(dir, found[0]) };
}

export function readArticleSources(files: readonly ArticleFile[], maxFileBytes = DEFAULT_MAX_FILE_BYTES): { sources: ArticleSource[]; problems: IngestProblem[] } {
  const sources: ArticleSource[] = [];
  const problems: IngestProblem[] = [];
  for (const file of files) {
    const article = readLimited(file.path, maxFileBytes, 'Split it into separate articles, or raise the limit (maxFileBytes / --max-bytes) if it really is one article');
    if (!article.ok) {
      problems.push(article.problem);
      continue;
    }
    const source: ArticleSource = { path: file.path, bytes: article.bytes };
    if (file.sidecar !== undefined) {
      const sidecar = readLimited(file.sidecar, MAX_SIDECAR_BYTES, SIDECAR_TOO_LARGE_HINT);
      if (!sidecar.ok) {
        // Without its metadata the article would be published wrong: neither goes in.
        problems.push(sidecar.problem);
        continue;
      }
      source.sidecar = { path: file.sidecar, bytes: sidecar.bytes };
    }
    sources.push(source);
  }
  return { sources, problems };
}

/** Why a folder entry cannot be read as a file, or null when it can. */
function entryProblem(path: string, folder: string): IngestProblem | null {
  try {
    if (lstatSync(path).isSymbolicLink()) {
      const target = realpathSync(path);
      if (!target.startsWith(folder + sep)) {
        return {
          file: path,
          message: 'is a link to a file outside the content folder, so it is not read',
          hint: 'Copy the file into the content folder, or delete the link',
        };
      }
    }
    return notAFile(path, statSync(path));
  } catch (error) {
    return readProblem(path, error);
  }
}

/** Why what `path` names is not a file to read (a folder, a device, a pipe), or null when it is one. */
function notAFile(path: string, stats: Stats): IngestProblem | null {
  if (stats.isDirectory()) return { file: path, message: 'is a folder, not a file', hint: 'Rename it, or move it out of the content folder' };
  if (!stats.isFile()) return { file: path, message: 'is not a regular file (a device, pipe or socket)', hint: 'Replace it with the article file' };
  return null;
}

type Read = { ok: true; bytes: Uint8Array } | { ok: false; problem: IngestProblem };

function readLimited(path: string, maxBytes: number, overLimitHint: string): Read {
  try {
    const stats = statSync(path);
    const problem = notAFile(path, stats);
    if (problem !== null) return { ok: false, problem };
    if (stats.size > maxBytes) return { ok: false, problem: { ...fileTooLarge(path, stats.size, maxBytes), hint: overLimitHint } };
    return { ok: true, bytes: readFileSync(path) };
  } catch (error) {
    return { ok: false, problem: readProblem(path, error) };
  }
}

/** A file-system error in words an author can act on. */
export function readProblem(path: string, error: unknown): IngestProblem {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOENT':
      return { file: path, message: 'no such file (or a link to nothing)', hint: 'Check the path; a link must point to an existing file' };
    case 'EACCES':
    case 'EPERM':
      return { file: path, message: 'cannot be read: permission denied', hint: 'Make the file readable (`chmod a+r FILE`)' };
    case 'ELOOP':
      return { file: path, message: 'is a link that leads back to itself', hint: 'Replace the link with the file it should point to' };
    case 'EISDIR':
      return { file: path, message: 'is a folder, not a file', hint: 'Rename it, or move it out of the content folder' };
    case 'ENAMETOOLONG':
      return { file: path, message: 'has a name too long for the file system', hint: 'Give the file a shorter name' };
    default:
      return {
        file: path,
        message: `cannot be read (${code || (error instanceof Error ? error.message : String(error))})`,
        hint: 'Check that the file exists and is readable',
      };
  }
}
