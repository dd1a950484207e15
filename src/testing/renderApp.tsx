/** Test-only: renders the real route table in a memory router with fresh providers. */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders, createQueryClient } from '../app/AppProviders.tsx';
import { routes } from '../app/routes.tsx';
import type { AppConfig } from '../config/appConfig.ts';
import { DEFAULT_APP_CONFIG } from '../config/AppConfigContext.tsx';
import type { DataSource } from '../sources/dataSource.ts';
import { createStaticSource } from '../sources/staticSource.ts';
import { TEST_ORIGIN } from './datasetServer.ts';

export interface RenderAppOptions {
  /** Defaults to the static source on the test origin (the bundled files served by MSW). */
  source?: DataSource;
  config?: AppConfig;
}

export function renderApp(url = '/', { source = createStaticSource(TEST_ORIGIN), config = DEFAULT_APP_CONFIG }: RenderAppOptions = {}) {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  // No backoff between retries (they would only slow the failure tests down); a server's
  // Retry-After is still honoured, and the policy has its own unit tests.
  const queryClient = createQueryClient({ backoffMs: 0 });
  const user = userEvent.setup();
  const view = render(
    <AppProviders source={source} queryClient={queryClient} config={config}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  /** The current address as the reader would see it: path, query and hash. */
  const currentUrl = () => {
    const { pathname, search, hash } = router.state.location;
    return `${pathname}${search}${hash}`;
  };
  return { ...view, user, router, queryClient, currentUrl };
}
