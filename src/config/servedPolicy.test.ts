/**
 * The CSP that `vite preview` sends follows the config.json it serves (issue 13): a valid
 * REST config adds its API's origin to connect-src; anything else adds nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentSecurityPolicy } from './contentSecurityPolicy.ts';
import { servedContentSecurityPolicy } from './servedPolicy.ts';

const connectSrc = (policy: string | null) => policy?.split('; ').find((directive) => directive.startsWith('connect-src '));
const STRICT = contentSecurityPolicy();

describe('servedContentSecurityPolicy', () => {
  test('a REST config.json: its API origin is added to connect-src, and nothing else changes', () => {
    const policy = servedContentSecurityPolicy({ configJson: '{"source":"rest","apiBaseUrl":"https://api.example.org/v2/","timeoutSeconds":20}' });
    expect(connectSrc(policy)).toBe("connect-src 'self' https://api.example.org");
    expect(policy).toBe(contentSecurityPolicy({ connectSources: ['https://api.example.org'] }));
    expect(connectSrc(servedContentSecurityPolicy({ configJson: '\uFEFF{ "source": "rest", "apiBaseUrl": "http://127.0.0.1:8787" }' }))).toBe("connect-src 'self' http://127.0.0.1:8787");
  });

  test.each([
    ['the bundled data', '{ "source": "static" }'],
    ['no config.json', undefined],
    ['not JSON', '{ "source": "rest", '],
    ['an unknown source', '{ "source": "graphql", "apiBaseUrl": "https://api.example.org/" }'],
    ['a javascript: URL', '{ "source": "rest", "apiBaseUrl": "javascript:alert(1)//" }'],
    ['a data: URL', '{ "source": "rest", "apiBaseUrl": "data:application/json,{}" }'],
    ['a protocol-relative URL', '{ "source": "rest", "apiBaseUrl": "//api.example.org/" }'],
    ['a URL that does not parse', '{ "source": "rest", "apiBaseUrl": "https://api example.org/" }'],
    ['a host that would extend the policy', '{ "source": "rest", "apiBaseUrl": "https://x;script-src/" }'],
    ['a wildcard host', '{ "source": "rest", "apiBaseUrl": "https://*.example.org/" }'],
    ['an API on the app\'s own host', '{ "source": "rest", "apiBaseUrl": "/api/" }'],
    ['a timeout out of range', '{ "source": "rest", "apiBaseUrl": "https://api.example.org/", "timeoutSeconds": 0 }'],
  ])('%s: nothing is added', (_case, configJson) => {
    expect(servedContentSecurityPolicy({ configJson })).toBe(STRICT);
  });

  test('the build\'s VITE_* choice wins over config.json, as in the app', () => {
    const configJson = '{ "source": "rest", "apiBaseUrl": "https://from-file.example.org/" }';
    expect(connectSrc(servedContentSecurityPolicy({ configJson, env: { VITE_DATA_SOURCE: 'rest', VITE_API_BASE_URL: 'https://from-build.example.org/' } }))).toBe(
      "connect-src 'self' https://from-build.example.org",
    );
    expect(servedContentSecurityPolicy({ configJson, env: { VITE_DATA_SOURCE: 'static' } })).toBe(STRICT);
  });
});

describe('vite preview (vite.config.ts)', () => {
  let dir = '';
  let server: PreviewServer | undefined;
  let url = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dashboard-csp-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title>');
    server = await preview({ build: { outDir: dir }, preview: { port: 0, strictPort: false, host: '127.0.0.1' }, logLevel: 'silent' });
    url = server.resolvedUrls!.local[0]!;
  }, 30_000);
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const servedPolicy = async (path: string) => (await fetch(new URL(path, url))).headers.get('Content-Security-Policy');

  test('sends the policy of the config.json it serves, read again on every request', async () => {
    expect(await servedPolicy('/')).toBe(STRICT); // no config.json yet

    writeFileSync(join(dir, 'config.json'), JSON.stringify({ source: 'rest', apiBaseUrl: 'http://127.0.0.1:8787/', timeoutSeconds: 20 }));
    expect(connectSrc(await servedPolicy('/'))).toBe("connect-src 'self' http://127.0.0.1:8787");
    // A deep link (the index.html fallback) and the file itself carry it too.
    expect(connectSrc(await servedPolicy('/en/recommendations/R-5.2-1'))).toBe("connect-src 'self' http://127.0.0.1:8787");
    expect(connectSrc(await servedPolicy('/config.json'))).toBe("connect-src 'self' http://127.0.0.1:8787");

    writeFileSync(join(dir, 'config.json'), '{ "source": "rest", "apiBaseUrl": "javascript:alert(1)//" }');
    expect(await servedPolicy('/')).toBe(STRICT);
    writeFileSync(join(dir, 'config.json'), '{ "source": "static" }');
    expect(await servedPolicy('/')).toBe(STRICT);
  });
});
