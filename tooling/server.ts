// A static file server for a built site, as a static host serves it: under a
// base path, directory URLs to index.html, 404.html for what is missing,
// text compressed with brotli or gzip, and the headers that dist/_headers
// asks for. Listens on 127.0.0.1 only.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

export interface StaticSite {
  /** e.g. http://127.0.0.1:41234/broadsheet/ */
  url: string;
  origin: string;
  close(): Promise<void>;
}

/** Parses `_headers` (Netlify / Cloudflare Pages): a path pattern, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): Array<{ pattern: RegExp; headers: Array<[string, string]> }> {
  const rules: Array<{ pattern: RegExp; headers: Array<[string, string]> }> = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const escaped = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${escaped}$`), headers: [] });
    } else {
      const colon = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/**
 * Serves `outDir` under `base`. With `headers: false` it ignores `_headers`,
 * as GitHub Pages and S3 do: each page's <meta> policy is then all there is.
 */
export async function serveStatic(outDir: string, base = '/', { headers = true } = {}): Promise<StaticSite> {
  const headersPath = join(outDir, '_headers');
  const rules = headers && existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    for (const rule of rules) if (rule.pattern.test(path)) for (const [name, value] of rule.headers) response.setHeader(name, value);
    const send = (status: number, file: string) => {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const body = readFileSync(file);
      // Text is compressed, as every static host compresses it.
      const accepts = String(request.headers['accept-encoding'] ?? '');
      const encoding = !COMPRESSIBLE.test(type) ? undefined : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : undefined;
      response.writeHead(status, { 'Content-Type': type, Vary: 'Accept-Encoding', ...(encoding !== undefined && { 'Content-Encoding': encoding }) });
      response.end(encoding === 'br' ? brotliCompressSync(body) : encoding === 'gzip' ? gzipSync(body) : body);
    };
    const notFound = () => (existsSync(join(outDir, '404.html')) ? send(404, join(outDir, '404.html')) : (response.writeHead(404), response.end()));
    if (!path.startsWith(base)) return notFound();
    const relative = normalize(path.slice(base.length));
    if (relative.startsWith('..')) return notFound();
    const file = join(outDir, relative);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        response.writeHead(301, { Location: `${path}/` });
        return response.end();
      }
      return existsSync(join(file, 'index.html')) ? send(200, join(file, 'index.html')) : notFound();
    }
    return existsSync(file) ? send(200, file) : notFound();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${base}`,
    origin,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
