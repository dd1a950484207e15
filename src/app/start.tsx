/**
 * The app's start, imported by main.tsx (once a pre-rendered page has been painted): the
 * configuration and the reader's language, the router, the data source, then either the
 * pre-rendered page hydrated or the app rendered afresh.
 */
import { startTransition, StrictMode, useEffect } from 'react';
import { createRoot, hydrateRoot, type RootOptions } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppProviders, createQueryClient } from './AppProviders.tsx';
import { reportBackgroundError } from './lastResort.ts';
import { showStartFailure } from './startFailure.ts';
import { routes } from './routes.tsx';
import { loadAppConfig } from '../config/appConfig.ts';
import { loadLanguage } from '../i18n/index.ts';
import { languageOf } from '../url/languagePath.ts';
import { submissionParam } from '../url/viewState.ts';
import { createSource } from '../sources/createSource.ts';
import { DEFAULT_SUBMISSION_ID } from '../sources/dataSource.ts';
import { datasetQueries } from '../sources/queries.ts';
import { loadPrerenderedQueries, readMark } from '../prerender/prerendered.ts';

// An absolute base, so the same adapters work under any path and in Node-based tests.
const appBaseUrl = new URL(import.meta.env.BASE_URL, window.location.href).href;

// `npm run dev:api` only: the mock submissions API in a service worker. The condition is a
// build-time constant, so a production build contains neither this import nor MSW.
if (import.meta.env.MODE === 'mock-api') {
  // eslint-disable-next-line import-x/no-restricted-paths -- the one sanctioned use of mocks/, dev mode only
  const { startMockApiWorker } = await import('../../mocks/browser.ts');
  await startMockApiWorker();
}

// The reader's language's strings only (the other two are fetched if the reader switches), alongside the config.
const lang = languageOf(window.location.pathname, window.location.search);
const [config] = await Promise.all([loadAppConfig(appBaseUrl, import.meta.env), loadLanguage(lang)]);
const router = createBrowserRouter(routes);
const container = document.getElementById('root')!;
const source = createSource(config, appBaseUrl);
const queryClient = createQueryClient();
/** The first route's code loaded (views are lazy): drawn before that, the page would be blank. */
const routerReady = new Promise<void>((resolve) => {
  if (router.state.initialized) return resolve();
  const stop = router.subscribe((state) => {
    if (!state.initialized) return;
    stop();
    resolve();
  });
});

/**
 * A pre-rendered page (prerender/) is hydrated, not drawn again, when it is what this render
 * would draw: the bundled data (not an API named by config.json), the address it was rendered for with nothing in the query (a
 * filter changes the view), the route's code loaded, and the same data (its revision). Anything
 * else is rendered afresh over it, which is always correct, only slower. Either way the route's
 * code and the data the page was drawn from (the view needs it whatever its filters) are loaded
 * first, so the pre-rendered page stays in view until the app can draw the view itself.
 */
async function canHydrate(): Promise<boolean> {
  const mark = readMark(container);
  // From the configured source (the API's if config.json names one) and for the address's submission.
  const submissionId = submissionParam(new URLSearchParams(window.location.search)) ?? DEFAULT_SUBMISSION_ID;
  const loading = mark ? loadPrerenderedQueries(queryClient, source, submissionId, mark.queries).catch(() => undefined) : undefined;
  // A load that fails is the fresh render's to explain.
  const [loaded] = await Promise.all([loading, routerReady]);
  if (!mark || !loaded || config.source !== 'static' || mark.path !== window.location.pathname || window.location.search !== '') return false;
  const revision = queryClient.getQueryData(datasetQueries.core(source).queryKey)?.revision;
  if (revision === mark.revision) return true;
  // The data changed without a rebuild of the pages: said on the console, not to the reader (the page is drawn afresh).
  console.info(`The pre-rendered page was built from data revision ${mark.revision}, the data is ${revision ?? 'not loaded'}: rendering afresh.`);
  return false;
}

// Render errors inside the routes are the route's error element's; one that escapes every
// boundary leaves React with nothing to show, so the page says so in plain DOM.
const options: RootOptions = {
  onUncaughtError: (error) => {
    reportBackgroundError(error);
    showStartFailure(container);
  },
};
/**
 * Until the app has taken the page over, a pre-rendered page's controls do not take pointer
 * events (styles.css: `#root[data-prerendered]`), so a tap on a button that cannot work yet
 * does not vanish unseen; links work all along. Lifted once the app's first render committed.
 */
function ControlsLive() {
  useEffect(() => container.removeAttribute('data-prerendered'), []);
  return null;
}

const app = (
  <StrictMode>
    <AppProviders source={source} queryClient={queryClient} config={config}>
      <RouterProvider router={router} />
    </AppProviders>
    <ControlsLive />
  </StrictMode>
);
if (await canHydrate()) {
  // A mismatch React recovers from (it draws that part afresh) is the build's bug, not the reader's: the console's.
  // As a transition React hydrates in slices, yielding to the reader between them, not in one long task (the page is on screen already).
  startTransition(() => {
    hydrateRoot(container, app, { ...options, onRecoverableError: (error) => console.error('The pre-rendered page did not match its first render:', error) });
  });
} else {
  // The first commit replaces whatever the page holds, so a pre-rendered page stays until then.
  createRoot(container, options).render(app);
}
