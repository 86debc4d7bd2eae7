// Stage 2: decoded text → metadata and body. A Markdown file (.md,
// .markdown) carries its metadata as front matter; a .txt file in a `.yml`
// sidecar beside it; a saved page (.html, .htm) in its head, which a sidecar
// overrides, and its body is the main content `html.ts` finds in it. The
// body is left as written, for the stages after.
import { decodeSidecarBytes } from './01-decode.ts';
import { MAX_MARKDOWN_NESTING, MAX_SIDECAR_BYTES } from './limits.ts';
import { readSavedPage } from './html.ts';
import { overNestedLine, splitFrontMatter } from './markdown.ts';
import { parseMetadata, validPageMetadata } from './metadata.ts';
import type { Result } from './problems.ts';
import type { Article, ArticleMetadata } from './schema.ts';

export interface ArticleSource {
  /** The file's path as it should appear in messages. */
  path: string;
  bytes: Uint8Array;
  /** The `.yml` sidecar of a `.txt` article, when there is one. */
  sidecar?: { path: string; bytes: Uint8Array } | undefined;
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

/** Markdown or a saved page by extension; anything else is read as plain text. */
export function formatOf(path: string): Article['format'] {
  if (/\.(?:md|markdown)$/i.test(path)) return 'md';
  return /\.html?$/i.test(path) ? 'html' : 'txt';
}

// YAML is parsed as written (normalising first would turn a U+2028 inside a
// quoted value into a line break); `parseMetadata` normalises its values.
export function splitSource(source: ArticleSource, text: string): Result<SourceText> {
  const file = source.path;
  if (formatOf(file) === 'md') {
    // Front matter is delimited by `---` lines; a CRLF file must still be found to have it.
    const frontMatter = splitFrontMatter(text.replace(/\r\n?/g, '\n'));
    if (!frontMatter.ok) return { ok: false, problems: [{ file, line: 1, ...frontMatter.problem }] };
    const { yaml, body, bodyLine } = frontMatter.value;
    const metadata: Result<ArticleMetadata> = yaml === null ? { ok: true, value: {} } : parseMetadata(file, yaml, 1);
    if (!metadata.ok) return metadata;
    const nested = overNestedLine(body, MAX_MARKDOWN_NESTING);
    if (nested !== null) {
      return {
        ok: false,
        problems: [{
          file,
          line: nested.line + bodyLine - 1,
          message: `block quotes and lists nested more than ${MAX_MARKDOWN_NESTING} levels deep`,
          hint: 'Flatten the quotes or lists; no article needs that many levels',
        }],
      };
    }
    return { ok: true, value: { file, format: 'md', metadata: metadata.value, body, bodyLine } };
  }
  const sidecar = source.sidecar;
  let metadata: Result<ArticleMetadata> = { ok: true, value: {} };
  if (sidecar !== undefined) {
    const yaml = decodeSidecarBytes(sidecar.path, sidecar.bytes, MAX_SIDECAR_BYTES);
    if (!yaml.ok) return yaml;
    metadata = parseMetadata(sidecar.path, yaml.value);
  }
  if (!metadata.ok) return metadata;
  if (formatOf(file) === 'html') {
    const page = readSavedPage(file, text);
    if (!page.ok) return page;
    // What the page says of itself, where it is valid; the sidecar overrides it field by field.
    const fromPage = validPageMetadata(page.value.metadata);
    return { ok: true, value: { file, format: 'html', metadata: { ...fromPage, ...metadata.value }, body: page.value.content, bodyLine: 1 } };
  }
  return { ok: true, value: { file, format: 'txt', metadata: metadata.value, body: text, bodyLine: 1 } };
}
