import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { build, defineConfig, type Plugin, type ResolvedConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import type { BuildEnv } from './src/config/appConfig.ts';
import { servedContentSecurityPolicy } from './src/config/servedPolicy.ts';
import { LANGUAGES } from './src/domain/dataset.ts';
import { paths } from './src/config/paths.ts';
import { DEFAULT_SUBMISSION_ID } from './src/sources/dataSource.ts';
import { languagePath } from './src/url/languagePath.ts';
import type { ReadBuiltFile, renderPage } from './src/prerender/entry.tsx';
import { FORBIDDEN_MARKUP, fileForPath, pageHtml, PRERENDERED_VIEWS, SHELL } from './src/prerender/pages.ts';

interface PrerenderEntry {
  renderPage: typeof renderPage;
}

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

  // The app uses real paths (/en/recommendations/R-5.2-1), so it is served from the host's
  // root: a pre-rendered page where there is one, else shell.html (src/prerender/vitePlugin.ts).
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

  /**
   * The pre-render step of `vite build` (docs/decisions/015-pre-render-and-language-in-path.md). After the app is
   * built, a second, server-side build of src/prerender/entry.tsx renders each view's first
   * screen in each language from the bundled data, and the pages are written where a static
   * host finds them by path (src/prerender/pages.ts): `/` → index.html, `/en/explore` →
   * en/explore.html. Every other address gets shell.html, the untouched app shell (the service
   * worker's navigation fallback too; `vite preview` is taught the same here). Skipped when the
   * build reads the API: pages drawn from the bundled data would be wrong there.
   */
  function prerender(): Plugin {
    let config: ResolvedConfig;
    /** The language bundles' chunk files, from the client build. */
    const languageChunks = new Map<string, string>();
    return {
      name: 'prerender-first-views',
      configResolved(resolved) {
        config = resolved;
      },
      generateBundle(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !chunk.facadeModuleId) continue;
          const match = /[\\/]i18n[\\/]locales[\\/]([\w-]+)\.json$/.exec(chunk.facadeModuleId);
          if (match) languageChunks.set(match[1]!, `${config.base}${chunk.fileName}`);
        }
      },
      // Before vite-plugin-pwa's (also sequential) closeBundle, so the precache lists the pages as written.
      closeBundle: {
        order: 'pre',
        sequential: true,
        async handler() {
          if (config.command !== 'build' || config.build.ssr) return;
          const outDir = resolve(config.root, config.build.outDir);
          const shell = readFileSync(join(outDir, 'index.html'), 'utf8');
          writeFileSync(join(outDir, SHELL), shell);
          // A deployment that reads the API renders on the client: pages built from the bundled data would be wrong there.
          if (config.env.VITE_DATA_SOURCE === 'rest') return;
          // A directory of its own (two builds at once, a test run beside `npm run build`, never share it), inside the
          // project so that the server build's bare imports (react, react-router…) resolve from its node_modules.
          const cache = resolve(config.root, 'node_modules/.cache');
          mkdirSync(cache, { recursive: true });
          const serverDir = mkdtempSync(join(cache, 'prerender-'));
          try {
          await build({
            configFile: false,
            root: config.root,
            logLevel: 'warn',
            mode: config.mode,
            plugins: [react()],
            build: { ssr: resolve(config.root, 'src/prerender/entry.tsx'), outDir: serverDir, emptyOutDir: true, rollupOptions: { output: { entryFileNames: 'entry.mjs' } } },
          });
          const { renderPage } = (await import(pathToFileURL(join(serverDir, 'entry.mjs')).href)) as PrerenderEntry;
          const read: ReadBuiltFile = (path) => {
            const file = join(outDir, path);
            return file.startsWith(outDir) && existsSync(file) ? readFileSync(file, 'utf8') : undefined;
          };
          const core = JSON.parse(read(`data/${DEFAULT_SUBMISSION_ID}.json`) ?? 'null') as { revision: string; recommendations: { id: string }[] } | null;
          if (!core) throw new Error('prerender: the bundled dataset is missing');
          const viewPaths = [...PRERENDERED_VIEWS, ...core.recommendations.map((rec) => paths.recommendation(rec.id))];
          const started = performance.now();
          let count = 0;
          for (const lang of LANGUAGES) {
            for (const viewPath of viewPaths) {
              const path = languagePath(viewPath, lang);
              const page = await renderPage(path, read);
              const problem = FORBIDDEN_MARKUP.find((pattern) => pattern.test(page.html));
              if (problem) throw new Error(`prerender: ${path} holds markup the page's CSP or the shell forbids (${problem})`);
              const file = join(outDir, fileForPath(path));
              mkdirSync(dirname(file), { recursive: true });
              const preload = languageChunks.get(page.lang);
              writeFileSync(file, pageHtml(shell, path, page, core.revision, preload ? [preload] : []));
              count += 1;
            }
          }
          config.logger.info(`prerender: ${count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          rmSync(serverDir, { recursive: true, force: true });
        }
      },
    },
    // `vite preview` serves like a static host: a pre-rendered page by path, else the shell (not index.html, the overview).
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((request, _response, next) => {
        const url = new URL(request.url ?? '/', 'http://preview.invalid');
        const accept = request.headers.accept ?? '';
        if (request.method === 'GET' && accept.includes('text/html') && !/\.\w+$/.test(url.pathname)) {
          const page = url.pathname === '/' ? 'index.html' : fileForPath(url.pathname.replace(/\/$/, ''));
          if (!existsSync(join(outDir, page))) request.url = `/${SHELL}${url.search}`;
        }
        next();
      });
    },
  };
}

export default defineConfig({
  plugins: [
    mockApiMode(),
    compactJsonData(),
    // Each view's first screen in each language as static HTML (docs/decisions/015-pre-render-and-language-in-path.md).
    prerender(),
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
        // The 594 recommendation pages are not precached: offline, the shell renders them.
        globIgnores: ['config.json', '**/recommendations/**'],
        runtimeCaching: [{ urlPattern: ({ url }) => url.pathname.endsWith('/config.json'), handler: 'NetworkFirst', options: { cacheName: 'app-config' } }],
        navigateFallback: `/${SHELL}`,
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
    // .vite/manifest.json: which chunks the app's start needs, for the size budget (tests/bench/sizes.ts).
    manifest: true,
  },
  server: { port: 5173 },
  // The CSP is servedCsp()'s, per request.
  preview: { port: 4173 },
});
