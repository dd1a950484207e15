import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppProviders, createQueryClient } from './app/AppProviders.tsx';
import { routes } from './app/routes.tsx';
import { createStaticSource } from './sources/staticSource.ts';
import './styles.css';

// An absolute base, so the same adapter works under any path and in Node-based tests.
const source = createStaticSource(new URL(import.meta.env.BASE_URL, window.location.href).href);
const router = createBrowserRouter(routes);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders source={source} queryClient={createQueryClient()}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
