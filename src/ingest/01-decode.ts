// Stage 1: bytes → text. Accepts UTF-8 (with or without a BOM) and UTF-16
// with a BOM (what Windows editors save as "Unicode"), and rejects what is
// not text at all, naming the line of the first bad byte so the author can
// find it. Sidecars are decoded by the same rules. Mojibake (UTF-8 once
// misread as Windows-1252) is valid UTF-8 and is repaired later, in
// `03-normalize`.
import htmlEncodingSniffer from 'html-encoding-sniffer';
import { MAX_CONTROL_CHAR_SHARE } from './limits.ts';
import type { IngestProblem, Result } from './problems.ts';

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16_BOMS = [
  { encoding: 'utf-16le', bom: [0xff, 0xfe] },
  { encoding: 'utf-16be', bom: [0xfe, 0xff] },
] as const;

export function decodeArticleBytes(file: string, bytes: Uint8Array, maxBytes: number, allowEmpty = false): Result<string> {
  const fail = (message: string, hint: string, line?: number): Result<string> => {
    const problem: IngestProblem = { file, message, hint };
    if (line !== undefined) problem.line = line;
    return { ok: false, problems: [problem] };
  };

  if (bytes.length > maxBytes) return { ok: false, problems: [fileTooLarge(file, bytes.length, maxBytes)] };

  const utf16 = UTF16_BOMS.find(({ bom }) => bom.every((b, i) => bytes[i] === b));
  if (utf16 !== undefined) {
    try {
      return checkedText(file, new TextDecoder(utf16.encoding, { fatal: true }).decode(bytes.subarray(2)), allowEmpty);
    } catch {
      return fail(`invalid ${utf16.encoding.toUpperCase()} (it starts with a UTF-16 byte order mark)`, 'Save the file as UTF-8');
    }
  }

  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return fail(
      'file contains NUL bytes, so it is binary (or UTF-16 without a byte order mark), not text',
      'Save it as plain UTF-8 text',
      lineAt(bytes, nul),
    );
  }

  const badOffset = firstInvalidUtf8Offset(bytes);
  if (badOffset !== -1) {
    return fail(
      `invalid UTF-8 (byte 0x${(bytes[badOffset] ?? 0).toString(16).padStart(2, '0')} at offset ${badOffset})`,
      'Convert the file to UTF-8, for example `iconv -f cp1252 -t utf-8 in.txt > out.txt`',
      lineAt(bytes, badOffset),
    );
  }

  const start = UTF8_BOM.every((b, i) => bytes[i] === b) ? UTF8_BOM.length : 0;
  return checkedText(file, new TextDecoder('utf-8').decode(bytes.subarray(start)), allowEmpty);
}

/**
 * A saved page's bytes, decoded as a browser decodes them (the WHATWG
 * Encoding standard): a byte order mark, else its `<meta charset>` or
 * `http-equiv` (the parser switches to one it meets after the first
 * kilobyte too, so the whole page is searched); a page that declares nothing is UTF-8
 * when its bytes are valid UTF-8 (as browsers' detectors decide), else
 * windows-1252. Bytes invalid in the encoding show as U+FFFD, as in the
 * browser.
 */
export function decodeHtmlBytes(file: string, bytes: Uint8Array, maxBytes: number): Result<string> {
  if (bytes.length > maxBytes) return { ok: false, problems: [fileTooLarge(file, bytes.length, maxBytes)] };
  // UTF-16BE comes back only for its byte order mark, or as this stand-in for "nothing declared".
  const sniffed = htmlEncodingSniffer(bytes, { defaultEncoding: 'UTF-16BE', maxPrescanBytes: bytes.length });
  const declared = sniffed !== 'UTF-16BE' || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const encoding = declared ? sniffed : firstInvalidUtf8Offset(bytes) === -1 ? 'UTF-8' : 'windows-1252';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding);
  } catch {
    return {
      ok: false,
      problems: [{ file, message: `the page declares the encoding ${encoding}, which cannot be decoded here`, hint: 'Save the page as UTF-8' }],
    };
  }
  return checkedText(file, decoder.decode(bytes), false);
}

/** A sidecar's bytes: the same encodings as an article's; an empty sidecar is no metadata, not a mistake. */
export function decodeSidecarBytes(file: string, bytes: Uint8Array, maxBytes: number): Result<string> {
  if (bytes.length > maxBytes) return { ok: false, problems: [{ ...fileTooLarge(file, bytes.length, maxBytes), hint: SIDECAR_TOO_LARGE_HINT }] };
  return decodeArticleBytes(file, bytes, maxBytes, true);
}

export const SIDECAR_TOO_LARGE_HINT = 'Metadata is a few short lines: shorten the description or whatever field has grown';

function checkedText(file: string, text: string, allowEmpty: boolean): Result<string> {
  const fail = (message: string, hint: string): Result<string> => ({ ok: false, problems: [{ file, message, hint }] });
  const controls = countControlChars(text);
  if (controls > 0 && controls / text.length > MAX_CONTROL_CHAR_SHARE) {
    return fail(
      `${controls} control characters in ${text.length}, so it is binary, not text`,
      'Save the article as plain UTF-8 text',
    );
  }

  if (!allowEmpty && text.replace(/[\s\u200b\u2060\ufeff]/g, '') === '') {
    return fail('file is empty or only whitespace', 'Put the article text in it, or delete it');
  }
  return { ok: true, value: text };
}

/** The size check is made here and, before reading, from the file's size alone (`files.ts`). */
export function fileTooLarge(file: string, size: number, maxBytes: number): IngestProblem {
  return {
    file,
    message: `file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit`,
    hint: 'Split it into separate articles, or raise the limit (maxFileBytes / --max-bytes) if it really is one article',
  };
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629), or -1 when all is well. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let codePoint = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      codePoint = (codePoint << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are invalid.
    if (codePoint < min || (codePoint >= 0xd800 && codePoint <= 0xdfff) || codePoint > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}

function countControlChars(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) count += 1;
  }
  return count;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
