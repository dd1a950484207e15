/**
 * Builds the app exactly as it ships, into a directory of its own (a build beside the tests,
 * such as `npm run build` in the same clone, never changes what they serve), and serves it with `vite preview` (which falls
 * back to shell.html for deep links that have no pre-rendered page, as the deployment must):
 * - `baseUrl`: the build as it is, reading the bundled dataset;
 * - `apiAppUrl`: a copy whose config.json points at the mock submissions API,
 *   served by a real HTTP server on another port (so requests are cross-origin, with CORS
 *   preflights, ETags and the browser's own cache, as with a real API).
 * The build runs in a child process: building in the same process as a Vite server can
 * leak dev-mode code.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import type { ProvidedContext } from 'vitest';
import type { TestProject } from 'vitest/node';
import { contentSecurityPolicy } from '../../src/config/contentSecurityPolicy.ts';
import { mockSubmissions } from '../../mocks/fixtures.ts';
import { startMockHttpServer, type RunningServer } from '../../mocks/httpServer.ts';
import { submissionsApiHandlers } from '../../mocks/submissionsApi.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    apiAppUrl: string;
    apiUrl: string;
    /** The same copy as apiAppUrl, served with vite.config.ts's own CSP, which follows its config.json. */
    configCspAppUrl: string;
    /** The same copy again, under a CSP that does not allow the API (a host that did not add it). */
    cspBlockedAppUrl: string;
    /** A value planted in non-public env vars of the build; it must not appear in dist/. */
    secretCanary: string;
    /** Where this run built the app: a directory of its own, so a build beside the tests (`npm run build`) never changes what they serve. */
    distDir: string;
  }
}

const servers: { close(): Promise<void> }[] = [];

/**
 * Serves a build with `vite preview`, under the app's CSP (which may allow the API's origin);
 * 'vite.config.ts': under the policy vite.config.ts computes from the build's config.json.
 */
async function serve(outDir: string, connectSources: string[] | 'vite.config.ts' = []): Promise<string> {
  const headers = connectSources === 'vite.config.ts' ? {} : { 'Content-Security-Policy': contentSecurityPolicy({ connectSources }) };
  const server: PreviewServer = await preview({
    build: { outDir },
    preview: { port: 0, strictPort: false, host: '127.0.0.1', headers },
    logLevel: 'warn',
  });
  servers.push(server);
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its address');
  return url.replace(/\/$/, '');
}

type Provided = Pick<
  ProvidedContext,
  'secretCanary' | 'distDir' | 'baseUrl' | 'apiAppUrl' | 'apiUrl' | 'configCspAppUrl' | 'cspBlockedAppUrl'
>;
interface SharedServers {
  provided: Promise<Provided>;
  users: number;
  stop: () => Promise<void>;
}

/**
 * Several projects (Chromium, Firefox, WebKit) name this file as their globalSetup, and Vitest
 * runs it once per project, each through its own module runner (so module state is not shared).
 * The build and the servers are made once per `vitest run`: the first project starts them,
 * the others reuse them (a global keyed by Symbol.for), and the last teardown stops them.
 */
const SHARED = Symbol.for('fhki-dashboard.browser-tests.servers');
type WithShared = typeof globalThis & { [SHARED]?: SharedServers };

export default async function setup(project: TestProject) {
  const global = globalThis as WithShared;
  if (!global[SHARED]) {
    const cleanups: (() => Promise<void> | void)[] = [];
    global[SHARED] = {
      provided: buildAndServe(cleanups),
      users: 0,
      stop: async () => {
        for (const cleanup of cleanups.reverse()) await cleanup();
      },
    };
  }
  const shared = global[SHARED];
  shared.users += 1;
  const provided = await shared.provided;
  for (const [key, value] of Object.entries(provided) as [keyof Provided, string][]) project.provide(key, value);
  return async () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    delete global[SHARED];
    await shared.stop();
  };
}

async function buildAndServe(cleanups: (() => Promise<void> | void)[]): Promise<Provided> {
  // Vitest sets NODE_ENV=test; a build that inherits it is not a production build
  // (import.meta.env.PROD is false, so no service worker), hence the explicit NODE_ENV.
  // Build hygiene: secrets in the build's environment (anything not VITE_*) must not reach dist/.
  const secretCanary = `canary-${randomUUID()}`;
  const distDir = mkdtempSync(join(tmpdir(), 'dashboard-dist-'));
  const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', '--outDir', distDir, '--emptyOutDir'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', DASHBOARD_API_TOKEN: secretCanary, DATABASE_PASSWORD: secretCanary, SECRET_KEY: secretCanary },
  });
  if (build.status !== 0) throw new Error('vite build failed: the browser tests need the built app');
  const baseUrl = await serve(distDir);
  cleanups.push(() => rmSync(distDir, { recursive: true, force: true }));

  const submissions = mockSubmissions();
  const api: RunningServer = await startMockHttpServer((url) => submissionsApiHandlers({ baseUrl: url, submissions }));
  servers.push(api);
  const apiDist = mkdtempSync(join(tmpdir(), 'dashboard-api-'));
  cpSync(distDir, apiDist, { recursive: true });
  writeFileSync(join(apiDist, 'config.json'), JSON.stringify({ source: 'rest', apiBaseUrl: api.url, timeoutSeconds: 10 }));
  cleanups.push(() => rmSync(apiDist, { recursive: true, force: true }));
  const apiAppUrl = await serve(apiDist, [new URL(api.url).origin]);
  const configCspAppUrl = await serve(apiDist, 'vite.config.ts');
  const cspBlockedAppUrl = await serve(apiDist, []);
  cleanups.push(() => Promise.all(servers.map((server) => server.close())).then(() => undefined));
  return { secretCanary, distDir, baseUrl, apiAppUrl, apiUrl: api.url, configCspAppUrl, cspBlockedAppUrl };
}
