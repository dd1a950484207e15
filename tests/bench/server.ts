/**
 * A small static host for the benchmark (npm run bench), serving a build the way a real
 * one would: every text file precompressed once at start (brotli quality 11 and gzip -9),
 * sent per Accept-Encoding with Content-Length and `Vary: Accept-Encoding`; hashed files
 * under /assets/ cached for a year (immutable), everything else revalidated (ETag); the
 * app's Content Security Policy on every response; a page by its path as static hosts do
 * (`/en/explore` → en/explore.html, the pre-rendered pages), else shell.html (the deep-link
 * fallback the app needs, docs/reliability.md; index.html for a build without one).
 *
 * `overrides` maps a URL path to another file on disk, so one build can be served with a
 * different dataset (the 50× synthetic one) at the dataset's own URL.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse, type Http2Session } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve, sep } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { contentSecurityPolicy } from '../../src/config/contentSecurityPolicy.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt']);

interface Entry {
  type: string;
  etag: string;
  identity: Buffer;
  br?: Buffer;
  gzip?: Buffer;
}

export interface StaticServerOptions {
  /** The directory to serve (a build). */
  root: string;
  /** URL path → file on disk, served instead of root's own file (or in addition to it). */
  overrides?: Record<string, string>;
  /** The Content-Security-Policy header; by default the app's own policy. `false` sends none. */
  csp?: string | false;
  host?: string;
  port?: number;
  /**
   * Serve HTTP/2 over TLS (with a self-signed certificate made for the run), as static hosts
   * serve a site: every request on one connection. Browsers must then be told to accept the
   * certificate (`--ignore-certificate-errors`, Playwright's `ignoreHTTPSErrors`).
   */
  http2?: boolean;
}

/** A self-signed certificate for 127.0.0.1, made with openssl for this run only. */
function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'bench-tls-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface StaticServer {
  /** The origin, without a trailing slash: http://127.0.0.1:12345 */
  url: string;
  /** Bytes of every served path as stored and compressed, for the report. */
  sizes(path: string): { identity: number; br?: number; gzip?: number } | undefined;
  close(): Promise<void>;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

function load(file: string): Entry {
  const identity = readFileSync(file);
  const ext = extname(file).toLowerCase();
  const entry: Entry = {
    type: TYPES[ext] ?? 'application/octet-stream',
    etag: `"${createHash('sha1').update(identity).digest('base64url').slice(0, 20)}"`,
    identity,
  };
  // Tiny files are not worth it (hosts skip them too), but every text file above 1 KB is compressed.
  if (COMPRESSIBLE.has(ext) && identity.length > 1024) {
    entry.br = brotliCompressSync(identity, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: identity.length, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT },
    });
    entry.gzip = gzipSync(identity, { level: 9 });
  }
  return entry;
}

/** Which encoding to send for an Accept-Encoding header (q=0 means refused). */
function pickEncoding(header: string | undefined): 'br' | 'gzip' | undefined {
  const accepted = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return undefined;
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  const entries = new Map<string, Entry>();
  for (const file of walk(root)) entries.set(`/${relative(root, file).split(sep).join('/')}`, load(file));
  for (const [path, file] of Object.entries(options.overrides ?? {})) entries.set(path, load(resolve(file)));
  const index = entries.get('/shell.html') ?? entries.get('/index.html');
  if (!index) throw new Error(`${root} has no index.html`);
  const csp = options.csp === undefined ? contentSecurityPolicy() : options.csp;

  const handle = (request: IncomingMessage | Http2ServerRequest, response: ServerResponse | Http2ServerResponse) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    if (pathname.endsWith('/')) pathname += 'index.html';
    let entry = entries.get(pathname) ?? (extname(pathname) === '' ? entries.get(`${pathname}.html`) : undefined);
    // Deep links (/explore, /recommendations/R-5.2-1) get the app; a missing file with an extension is a 404.
    const isFallback = !entry && (extname(pathname) === '' || (request.headers.accept ?? '').includes('text/html'));
    if (isFallback) entry = index;
    if (!entry) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...(csp ? { 'Content-Security-Policy': csp } : {}) }).end('Not found');
      return;
    }
    const immutable = pathname.startsWith('/assets/') && !isFallback;
    const headers: Record<string, string | number> = {
      'Content-Type': entry.type,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      ETag: entry.etag,
      'X-Content-Type-Options': 'nosniff',
    };
    if (csp) headers['Content-Security-Policy'] = csp;
    if (entry.br) headers.Vary = 'Accept-Encoding';
    if (request.headers['if-none-match'] === entry.etag) {
      response.writeHead(304, headers).end();
      return;
    }
    const encoding = entry.br ? pickEncoding(request.headers['accept-encoding']) : undefined;
    const body = encoding === 'br' ? entry.br! : encoding === 'gzip' ? entry.gzip! : entry.identity;
    if (encoding) headers['Content-Encoding'] = encoding;
    headers['Content-Length'] = body.length;
    response.writeHead(200, headers);
    if (request.method === 'HEAD') response.end();
    else response.end(body);
  };

  const sessions = new Set<Http2Session>();
  const server = options.http2 ? createSecureServer({ ...selfSignedCertificate(), allowHTTP1: true }, handle) : createServer(handle);
  if ('closeAllConnections' in server) {
    // Lighthouse and Chromium keep connections alive; close() must not wait for them.
    server.keepAliveTimeout = 5_000;
  } else {
    server.on('session', (session: Http2Session) => {
      sessions.add(session);
      session.once('close', () => sessions.delete(session));
    });
  }
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `${options.http2 ? 'https' : 'http'}://${options.host ?? '127.0.0.1'}:${port}`,
    sizes: (path) => {
      const entry = entries.get(path);
      return entry && { identity: entry.identity.length, br: entry.br?.length, gzip: entry.gzip?.length };
    },
    close: () =>
      new Promise<void>((done) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        for (const session of sessions) session.destroy();
        server.close(() => done());
      }),
  };
}
