// The file-system edge of ingestion, its only impure module: finds article
// files and their sidecars and reads them into `ArticleSource`s for the pure
// stages. A file over the size limit is refused from its size, unread.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fileTooLarge } from './01-decode.ts';
import type { ArticleSource } from './02-source.ts';
import { DEFAULT_MAX_FILE_BYTES } from './limits.ts';
import type { IngestProblem } from './problems.ts';

const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown'];
const SIDECAR_EXTENSIONS = ['.yml', '.yaml'];

interface ReadSources {
  sources: ArticleSource[];
  problems: IngestProblem[];
}

/** Every article in a folder (not recursive), sorted by name so builds are repeatable. */
export function listArticleFiles(dir: string): { files: string[]; problems: IngestProblem[] } {
  const names = readdirSync(dir).sort();
  const files = names.filter((n) => ARTICLE_EXTENSIONS.includes(extname(n).toLowerCase())).map((n) => join(dir, n));
  const problems: IngestProblem[] = [];
  for (const name of names.filter((n) => SIDECAR_EXTENSIONS.includes(extname(n).toLowerCase()))) {
    const stem = basename(name, extname(name));
    if (names.includes(`${stem}.txt`)) continue;
    const md = names.find((n) => n === `${stem}.md` || n === `${stem}.markdown`);
    problems.push({
      file: join(dir, name),
      message: md === undefined ? 'sidecar with no article beside it' : `sidecar beside a Markdown article (${md})`,
      hint: md === undefined ? `Name it after its article (${stem}.txt), or delete it` : 'Move these fields into the front matter of the Markdown file',
    });
  }
  return { files, problems };
}

export function readArticleSources(paths: readonly string[], maxFileBytes = DEFAULT_MAX_FILE_BYTES): ReadSources {
  const sources: ArticleSource[] = [];
  const problems: IngestProblem[] = [];
  for (const path of paths) {
    let size: number;
    try {
      const stats = statSync(path);
      if (!stats.isFile()) throw new Error('not a file');
      size = stats.size;
    } catch {
      problems.push({ file: path, message: 'no such file', hint: 'Check the path' });
      continue;
    }
    if (size > maxFileBytes) {
      problems.push(fileTooLarge(path, size, maxFileBytes));
      continue;
    }
    const source: ArticleSource = { path, bytes: readFileSync(path) };
    if (extname(path).toLowerCase() === '.txt') source.sidecar = readSidecar(path);
    sources.push(source);
  }
  return { sources, problems };
}

function sidecarPaths(articlePath: string): string[] {
  const stem = articlePath.slice(0, -extname(articlePath).length);
  return SIDECAR_EXTENSIONS.map((ext) => stem + ext);
}

function readSidecar(articlePath: string): ArticleSource['sidecar'] {
  for (const path of sidecarPaths(articlePath)) {
    try {
      return { path, text: readFileSync(path, 'utf8') };
    } catch {
      // No sidecar with this extension; try the next.
    }
  }
  return undefined;
}
