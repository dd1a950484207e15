/** Test-only: renders the real route table in a memory router with fresh providers. */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders, createQueryClient } from '../app/AppProviders.tsx';
import { routes } from '../app/routes.tsx';
import { createStaticSource } from '../sources/staticSource.ts';
import { TEST_ORIGIN } from './datasetServer.ts';

export function renderApp(url = '/') {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const queryClient = createQueryClient();
  // Retries would only slow the failure tests down; the retry policy has its own unit test.
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retryDelay: 0 } });
  const user = userEvent.setup();
  const view = render(
    <AppProviders source={createStaticSource(TEST_ORIGIN)} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  /** The current address as the reader would see it: path, query and hash. */
  const currentUrl = () => {
    const { pathname, search, hash } = router.state.location;
    return `${pathname}${search}${hash}`;
  };
  return { ...view, user, router, currentUrl };
}
