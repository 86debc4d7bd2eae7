// A folder of saved pages with annotations, laid out as trafilatura's
// evaluation corpus is: `evaldata.json` maps each page's address to its file
// name and its `with`/`without` segments, and `html/NAME.gz` (or plain
// `html/NAME`) holds the page's bytes as published. Reading a page decodes
// it as a browser opening the saved file would; see `decodeAsBrowser`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import htmlEncodingSniffer from 'html-encoding-sniffer';
import type { SegmentAnnotation } from './extractionScore.ts';

export interface AnnotatedPage {
  /** The file name the annotations give, e.g. `ahlen.de.reparaturcafe.html`. */
  name: string;
  url: string;
  annotation: SegmentAnnotation;
  /** Where its bytes are: `html/NAME.gz`, or `html/NAME` uncompressed. */
  path: string;
}

export interface EvalFolder {
  pages: AnnotatedPage[];
  /** Annotated pages with no file beside them. */
  missing: string[];
}

/** The annotated pages of `folder`, in the order of its `evaldata.json`. */
export function readEvalFolder(folder: string): EvalFolder {
  const evaldata = JSON.parse(readFileSync(join(folder, 'evaldata.json'), 'utf8')) as Record<string, unknown>;
  const pages: AnnotatedPage[] = [];
  const missing: string[] = [];
  for (const [url, entry] of Object.entries(evaldata)) {
    const { file, with: wanted, without: unwanted } = entry as { file: string; with: string[]; without: string[] };
    const path = [join(folder, 'html', `${file}.gz`), join(folder, 'html', file)].find((candidate) => existsSync(candidate));
    if (path === undefined) missing.push(file);
    else pages.push({ name: file, url, annotation: { with: wanted, without: unwanted }, path });
  }
  return { pages, missing };
}

export function pageBytes(page: AnnotatedPage): Uint8Array {
  const stored = readFileSync(page.path);
  return page.path.endsWith('.gz') ? gunzipSync(stored) : stored;
}

export interface DecodedPage {
  /** The WHATWG name of the encoding used. */
  encoding: string;
  /** How it was chosen. */
  by: 'bom or meta' | 'valid utf-8' | 'default';
  html: string;
}

const DEFAULT_ENCODING = 'windows-1252';

/**
 * Decodes a saved page as a browser opening it from disk would:
 * 1. a byte order mark;
 * 2. a `<meta charset>` or `http-equiv` declaration anywhere in the page: the
 *    prescan reads only the first kilobyte, but when the parser meets a later
 *    declaration while the encoding is still a guess it starts again in the
 *    declared one (HTML, "change the encoding"); 109 of the 884 corpus pages
 *    declare UTF-8 after their first kilobyte;
 * 3. no declaration: UTF-8 if every byte sequence is valid UTF-8 (what
 *    Firefox's and Chrome's detectors conclude for a local file), else
 *    windows-1252, the default for Western locales.
 * Invalid sequences become U+FFFD, as in a browser.
 */
export function decodeAsBrowser(bytes: Uint8Array): DecodedPage {
  // A sentinel default tells "declared" from "fell through"; passed as a
  // variable, the option the package's type declaration may lack is accepted.
  const options = { defaultEncoding: '', maxPrescanBytes: Infinity };
  const declared = htmlEncodingSniffer(bytes, options);
  if (declared !== '') {
    try {
      return { encoding: declared, by: 'bom or meta', html: new TextDecoder(declared).decode(bytes) };
    } catch {
      // An encoding TextDecoder lacks (x-user-defined, replacement): read as undeclared.
    }
  }
  try {
    return { encoding: 'UTF-8', by: 'valid utf-8', html: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { encoding: DEFAULT_ENCODING, by: 'default', html: new TextDecoder(DEFAULT_ENCODING).decode(bytes) };
  }
}
