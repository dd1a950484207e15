import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppProviders, createQueryClient } from './app/AppProviders.tsx';
import { installLastResortHandler, reportBackgroundError } from './app/lastResort.ts';
import { showStartFailure } from './app/startFailure.ts';
import { routes } from './app/routes.tsx';
import { loadAppConfig } from './config/appConfig.ts';
import { loadLanguage } from './i18n/index.ts';
import { parseViewState } from './url/viewState.ts';
import { createSource } from './sources/createSource.ts';
import './styles.css';

installLastResortHandler(window);

// An absolute base, so the same adapters work under any path and in Node-based tests.
const appBaseUrl = new URL(import.meta.env.BASE_URL, window.location.href).href;

// `npm run dev:api` only: the mock submissions API in a service worker. The condition is a
// build-time constant, so a production build contains neither this import nor MSW.
if (import.meta.env.MODE === 'mock-api') {
  // eslint-disable-next-line import-x/no-restricted-paths -- the one sanctioned use of mocks/, dev mode only
  const { startMockApiWorker } = await import('../mocks/browser.ts');
  await startMockApiWorker();
}

// The reader's language's strings only (the other two are fetched if the reader switches), alongside the config.
const [config] = await Promise.all([loadAppConfig(appBaseUrl, import.meta.env), loadLanguage(parseViewState(new URLSearchParams(window.location.search)).state.lang)]);
const router = createBrowserRouter(routes);
const container = document.getElementById('root')!;

// Render errors inside the routes are the route's error element's; one that escapes every
// boundary leaves React with nothing to show, so the page says so in plain DOM.
const root = createRoot(container, {
  onUncaughtError: (error) => {
    reportBackgroundError(error);
    showStartFailure(container);
  },
});
root.render(
  <StrictMode>
    <AppProviders source={createSource(config, appBaseUrl)} queryClient={createQueryClient()} config={config}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
