import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import type { BuildEnv } from './src/config/appConfig.ts';
import { servedContentSecurityPolicy } from './src/config/servedPolicy.ts';

/**
 * `npm run dev:api` (mode "mock-api"): the app reads the mock submissions API that
 * mocks/browser.ts starts in a service worker. The worker script is served straight from
 * node_modules by the dev server, so it always matches the installed MSW and never lands
 * in public/ or dist/.
 */
function mockApiMode(): Plugin {
  return {
    name: 'mock-api-mode',
    apply: 'serve',
    config(_config, { mode }) {
      if (mode !== 'mock-api') return;
      process.env.VITE_DATA_SOURCE ??= 'rest';
      process.env.VITE_API_BASE_URL ??= '/mock-api/';
    },
    configureServer(server) {
      if (server.config.mode !== 'mock-api') return;
      const script = readFileSync(createRequire(import.meta.url).resolve('msw/mockServiceWorker.js'), 'utf8');
      server.middlewares.use('/mockServiceWorker.js', (_request, response) => {
        response.setHeader('Content-Type', 'text/javascript');
        response.end(script);
      });
    },
  };
}

/**
 * `vite preview` serves the built app under its strict CSP (docs/reliability.md), so every
 * browser test runs under it. connect-src follows the API the app will read: the VITE_*
 * settings, else the config.json being served (dist/config.json), read on every request so
 * that editing it is enough (docs/api/README.md, "Content Security Policy"). A server given
 * its own Content-Security-Policy header (preview.headers) keeps it.
 * The dev server sends no CSP (React's refresh preamble is an inline script), so it blocks nothing.
 */
function servedCsp(): Plugin {
  return {
    name: 'served-content-security-policy',
    configurePreviewServer(server) {
      const { config } = server;
      if (Object.keys(config.preview.headers ?? {}).some((name) => name.toLowerCase() === 'content-security-policy')) return;
      const configFile = resolve(config.root, config.build.outDir, 'config.json');
      const env = config.env as BuildEnv;
      server.middlewares.use((_request, response, next) => {
        let configJson: string | undefined;
        try {
          configJson = readFileSync(configFile, 'utf8');
        } catch {
          configJson = undefined; // no config.json: the bundled data
        }
        response.setHeader('Content-Security-Policy', servedContentSecurityPolicy({ configJson, env }));
        next();
      });
    },
  };
}

// The app uses real paths (/recommendations/R-5.2-1), so it is served from the host's
// root with a fallback to index.html; `vite preview` and `vite` do that out of the box.
/**
 * The pipeline writes the dataset indented, so that its diffs can be reviewed; the build
 * ships it without the indentation (3 KB less gzip, docs/performance.md). Runs before the
 * service worker's precache list is made, so its revisions match what is served.
 */
function compactJsonData(): Plugin {
  let outDir = 'dist';
  return {
    name: 'compact-json-data',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    writeBundle() {
      const dir = join(outDir, 'data');
      for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
        const path = join(dir, file);
        writeFileSync(path, JSON.stringify(JSON.parse(readFileSync(path, 'utf8'))));
      }
    },
  };
}

export default defineConfig({
  plugins: [
    mockApiMode(),
    compactJsonData(),
    servedCsp(),
    react(),
    // Offline after the first visit: the app shell, the bundled dataset and the source text
    // are precached; a new version waits until the reader accepts it (see ui/UpdatePrompt).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'FHKI Policy Address Submission Dashboard',
        short_name: 'FHKI 2025',
        lang: 'zh-Hant',
        start_url: '/',
        display: 'standalone',
        background_color: '#f6f7f9',
        theme_color: '#12355b',
        icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,json}'],
        // config.json is the deployment's to change: fetched fresh, the last copy used offline.
        globIgnores: ['config.json'],
        runtimeCaching: [{ urlPattern: ({ url }) => url.pathname.endsWith('/config.json'), handler: 'NetworkFirst', options: { cacheName: 'app-config' } }],
        navigateFallback: '/index.html',
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        // The worker gets the app's CSP too, and importScripts() of a string is a Trusted Types
        // sink there: one self-contained file needs no import at all.
        inlineWorkboxRuntime: true,
      },
      devOptions: { enabled: false },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  server: { port: 5173 },
  // The CSP is servedCsp()'s, per request.
  preview: { port: 4173 },
});
