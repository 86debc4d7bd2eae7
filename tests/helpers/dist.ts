// Reading a built site: every HTML page, parsed.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';

export function htmlFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(outDir, file))
    .sort();
}

export function readPage(outDir: string, path: string): { html: string; document: Document } {
  const html = readFileSync(join(outDir, path), 'utf8');
  return { html, document: parseHTML(html).document as unknown as Document };
}

export function pagePath(outDir: string, file: string): string {
  return `/${relative(outDir, file).replace(/index\.html$/, '')}`;
}
