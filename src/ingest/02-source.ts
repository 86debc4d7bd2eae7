// Stage 2: decoded text → metadata and body. A Markdown file (.md,
// .markdown) carries its metadata as front matter; a .txt file in a `.yml`
// sidecar beside it. The body is left as written, for the stages after.
import { splitFrontMatter } from './markdown.ts';
import { parseMetadata } from './metadata.ts';
import type { Result } from './problems.ts';
import type { Article, ArticleMetadata } from './schema.ts';

export interface ArticleSource {
  /** The file's path as it should appear in messages. */
  path: string;
  bytes: Uint8Array;
  /** The `.yml` sidecar of a `.txt` article, when there is one. */
  sidecar?: { path: string; text: string } | undefined;
}

/** An article file once decoded, its metadata read and set apart from its body. */
export interface SourceText {
  /** The file's path as it should appear in messages. */
  file: string;
  format: Article['format'];
  metadata: ArticleMetadata;
  /** The article text, not yet normalised; a Markdown body without its front matter. */
  body: string;
  /** The 1-based line of the file on which `body` starts. */
  bodyLine: number;
}

/** Markdown by extension; anything else is read as plain text. */
function formatOf(path: string): Article['format'] {
  return /\.(?:md|markdown)$/i.test(path) ? 'md' : 'txt';
}

// YAML is parsed as written (normalising first would turn a U+2028 inside a
// quoted value into a line break); `parseMetadata` normalises its values.
export function splitSource(source: ArticleSource, text: string): Result<SourceText> {
  const file = source.path;
  if (formatOf(file) === 'md') {
    // Front matter is delimited by `---` lines; a CRLF file must still be found to have it.
    const { yaml, body, bodyLine } = splitFrontMatter(text.replace(/\r\n?/g, '\n'));
    const metadata: Result<ArticleMetadata> = yaml === null ? { ok: true, value: {} } : parseMetadata(file, yaml, 1);
    if (!metadata.ok) return metadata;
    return { ok: true, value: { file, format: 'md', metadata: metadata.value, body, bodyLine } };
  }
  // Editors on Windows save YAML with a BOM, which would otherwise become part of the first key.
  const sidecar = source.sidecar;
  const metadata: Result<ArticleMetadata> =
    sidecar === undefined ? { ok: true, value: {} } : parseMetadata(sidecar.path, sidecar.text.replace(/^\ufeff/, ''));
  if (!metadata.ok) return metadata;
  return { ok: true, value: { file, format: 'txt', metadata: metadata.value, body: text, bodyLine: 1 } };
}
