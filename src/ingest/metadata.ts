// Article metadata from YAML: a `.txt` file's sidecar or a `.md` file's
// front matter. Validated against `metadataSchema`; every problem names the
// file, and the field or line.
import { parseDocument } from 'yaml';
import { normalizeText } from './03-normalize.ts';
import { MAX_YAML_ALIASES } from './limits.ts';
import type { IngestProblem, Result } from './problems.ts';
import type { PageMetadata } from './html.ts';
import { metadataSchema, type ArticleMetadata } from './schema.ts';
import { collapseSpaces } from './text.ts';

/** `lineOffset`: lines before the YAML in its file (front matter starts after `---`). */
export function parseMetadata(file: string, yamlText: string, lineOffset = 0): Result<ArticleMetadata> {
  const document = parseDocument(yamlText, { prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error) => {
        const problem: IngestProblem = {
          file,
          message: `malformed YAML: ${(error.message.split('\n')[0] ?? error.code).replace(/ at line \d+, column \d+:?$/, '')}`,
          hint: 'Write one `key: value` per line; quote values that contain a colon',
        };
        const line = error.linePos?.[0]?.line;
        if (line !== undefined) problem.line = line + lineOffset;
        return problem;
      }),
    };
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_YAML_ALIASES }) ?? {};
  } catch {
    // The yaml package's only error here: aliases that expand past the limit.
    return {
      ok: false,
      problems: [{
        file,
        message: `YAML aliases (\`*name\`) expand too far: the limit is ${MAX_YAML_ALIASES}`,
        hint: 'Write each value out in full; metadata needs no aliases',
      }],
    };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      ok: false,
      problems: [{ file, message: 'metadata must be a list of `key: value` lines', hint: 'See the README for the fields an article can have' }],
    };
  }
  const parsed = metadataSchema.safeParse(normalizeValues(data));
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      if (issue.code === 'unrecognized_keys') {
        return {
          file,
          field: issue.keys.join(', '),
          message: `unknown field${issue.keys.length > 1 ? 's' : ''}`,
          hint: `Known fields are ${Object.keys(metadataSchema.shape).join(', ')}; check the spelling`,
        };
      }
      return {
        file,
        field: issue.path.join('.') || '(top level)',
        message: issue.message,
        hint: 'Fix the value; see the README for each field',
      };
    }),
  };
}

/**
 * What a saved page says of itself, as metadata: each value the schema
 * accepts, the rest left out. A page is not the author's file to fix, so a
 * value it gets wrong (a date in words, a relative URL) is not a problem,
 * just not used.
 */
export function validPageMetadata(page: PageMetadata): ArticleMetadata {
  const metadata: Record<string, unknown> = {};
  const shape = metadataSchema.shape;
  for (const [key, value] of Object.entries(page)) {
    if (key === 'tags' && Array.isArray(value)) {
      const tags = value.map((tag) => shape.tags.unwrap().element.safeParse(normalizeValues(tag))).filter((tag) => tag.success).map((tag) => tag.data);
      if (tags.length > 0) metadata['tags'] = tags;
      continue;
    }
    if (!(key in shape)) continue;
    const parsed = shape[key as keyof typeof shape].safeParse(normalizeValues(value));
    if (parsed.success && parsed.data !== undefined) metadata[key] = parsed.data;
  }
  return metadata as ArticleMetadata;
}

/** Strings in metadata get the same clean-up as article text, on one line. */
function normalizeValues(value: unknown): unknown {
  if (typeof value === 'string') return collapseSpaces(normalizeText(value).replace(/\n/g, ' '));
  if (Array.isArray(value)) return value.map(normalizeValues);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, normalizeValues(inner)]));
  }
  return value;
}
