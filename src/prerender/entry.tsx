/**
 * The build's pre-render (docs/decisions/015-pre-render-and-language-in-path.md): renders a view's first screen to
 * static HTML with React's own `react-dom/static` and React Router's static handler, from the
 * bundled data, through the same route table, providers, data layer and sources as the app.
 * Run in Node by the build step in ./vitePlugin.ts, never shipped to the browser.
 *
 * The data is read through the static source itself (its fetch answered from the built files),
 * so the pre-rendered page saw exactly what the browser will parse. The queries a view uses are
 * found by rendering it: each render asks for data, the asked-for queries are fetched, and it is
 * rendered again until it asks for nothing new; the page then says which queries it used
 * (`data-queries`), and the browser loads exactly those before it hydrates (main.tsx).
 */
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { AppProviders, createQueryClient } from '../app/AppProviders.tsx';
import { routes } from '../app/routes.tsx';
import { DEFAULT_APP_CONFIG } from '../config/AppConfigContext.tsx';
import { i18nFor, loadLanguage } from '../i18n/index.ts';
import { createStaticSource } from '../sources/staticSource.ts';
import { languageOf } from '../url/languagePath.ts';
import { PRERENDER_ORIGIN, prerenderedQueryName } from './prerendered.ts';

export interface RenderedPage {
  /** The markup of the app's root element. */
  html: string;
  lang: string;
  title: string;
  /** Names of the queries the page holds data of (`prerendered.ts`). */
  queries: string[];
}

/** Reads a file of the build by its path under the site's root (`data/….json`). */
export type ReadBuiltFile = (path: string) => string | undefined;

/** The static source's requests, answered from the built files: the same parse as in a browser. */
function serveBuiltFiles(read: ReadBuiltFile) {
  globalThis.fetch = async (input: RequestInfo | URL) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const body = url.origin === PRERENDER_ORIGIN ? read(decodeURIComponent(url.pathname.slice(1))) : undefined;
    return body === undefined ? new Response('not found', { status: 404 }) : new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
}

async function renderToString(node: React.ReactNode): Promise<string> {
  const { prelude } = await prerenderToNodeStream(node, {
    // Never outline a large Suspense boundary behind a script (which the CSP would block): one whole document.
    progressiveChunkSize: Number.POSITIVE_INFINITY,
    onError: (error) => void console.error(error),
  });
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

export async function renderPage(path: string, read: ReadBuiltFile): Promise<RenderedPage> {
  serveBuiltFiles(read);
  const lang = languageOf(path, '');
  await loadLanguage(lang);
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request(new URL(path, PRERENDER_ORIGIN)));
  if (context instanceof Response) throw new Error(`${path}: the router answered with a redirect or a response (${context.status})`);
  if (context.errors) throw new Error(`${path}: the route failed: ${JSON.stringify(context.errors)}`);
  const source = createStaticSource(`${PRERENDER_ORIGIN}/`, { timeoutMs: DEFAULT_APP_CONFIG.timeoutMs });
  const queryClient = createQueryClient();
  const page = () => (
    <StrictMode>
      <AppProviders source={source} queryClient={queryClient} config={DEFAULT_APP_CONFIG}>
        <StaticRouterProvider router={createStaticRouter(handler.dataRoutes, context)} context={context} hydrate={false} />
      </AppProviders>
    </StrictMode>
  );
  // Each render may ask for data the last could not know it needed, and code that was still
  // loading (lazy views) is drawn apart with a script to move it in place: render again until
  // nothing new is asked for and the markup is whole. A handful of rounds at most.
  let html = '';
  for (let round = 0; round < 5; round += 1) {
    html = await renderToString(page());
    // Queries the view turned off (`enabled: false`) are left alone, as in the browser.
    const pending = queryClient
      .getQueryCache()
      .getAll()
      .filter((query) => query.state.status === 'pending' && query.state.fetchStatus === 'idle' && (query.options as { enabled?: unknown }).enabled !== false);
    if (pending.length === 0 && !/<script\b/i.test(html)) break;
    await Promise.all(pending.map((query) => query.fetch()));
    const failed = queryClient.getQueryCache().getAll().find((query) => query.state.status === 'error');
    if (failed) throw new Error(`${path}: ${JSON.stringify(failed.queryKey)} failed: ${String(failed.state.error)}`);
  }
  const queries = queryClient.getQueryCache().getAll().filter((query) => query.state.status === 'success').map((query) => prerenderedQueryName(query.queryKey));
  return { html, lang, title: i18nFor(lang).t('app.name'), queries };
}
