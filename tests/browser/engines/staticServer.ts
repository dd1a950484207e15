/**
 * A server for the built app that a test starts and stops itself (the offline journey): the
 * files of `distDir` under the app's CSP, a pre-rendered page where there is one and
 * shell.html for any other path, as `vite preview` and the deployment do. Stopping it (and
 * every open connection) is what "offline" means to the browser, in every engine alike.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { contentSecurityPolicy } from '../../../src/config/contentSecurityPolicy.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export async function serveBuild(distDir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const fileFor = (pathname: string): string => {
    const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
    const candidates = path.endsWith('/') ? [join(path, 'index.html')] : [path, `${path}.html`];
    for (const candidate of candidates) {
      const file = join(distDir, candidate);
      if (file.startsWith(distDir) && existsSync(file) && statSync(file).isFile()) return file;
    }
    return join(distDir, 'shell.html');
  };
  const server = createServer((request, response) => {
    const file = fileFor(new URL(request.url ?? '/', 'http://localhost').pathname);
    response.setHeader('Content-Security-Policy', contentSecurityPolicy());
    response.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    response.setHeader('Cache-Control', 'no-cache');
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
