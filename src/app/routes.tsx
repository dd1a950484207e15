import type { RouteObject } from 'react-router';
import { OverviewPage } from '../features/overview/OverviewPage.tsx';
import { Layout } from './Layout.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { RouteError } from './RouteError.tsx';

/**
 * One route table for the browser router (main.tsx) and the memory router in tests. The
 * overview (the first view) is in the initial bundle; every other view is fetched when it
 * is first visited (docs/performance.md).
 */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <OverviewPage /> },
          { path: 'explore', lazy: async () => ({ Component: (await import('../features/explore/ExplorePage.tsx')).ExplorePage }) },
          { path: 'response', lazy: async () => ({ Component: (await import('../features/response/ResponsePage.tsx')).ResponsePage }) },
          { path: 'about', lazy: async () => ({ Component: (await import('../features/about/AboutPage.tsx')).AboutPage }) },
          { path: 'schemes', lazy: async () => ({ Component: (await import('../features/schemes/SchemesPage.tsx')).SchemesPage }) },
          { path: 'source', lazy: async () => ({ Component: (await import('../features/source/SourcePage.tsx')).SourcePage }) },
          { path: 'address', lazy: async () => ({ Component: (await import('../features/address/AddressPage.tsx')).AddressPage }) },
          { path: 'structure', lazy: async () => ({ Component: (await import('../features/submission/SubmissionPage.tsx')).SubmissionPage }) },
          { path: 'briefing', lazy: async () => ({ Component: (await import('../features/briefing/BriefingPage.tsx')).BriefingPage }) },
          { path: 'submissions', lazy: async () => ({ Component: (await import('../features/submissions/SubmissionsPage.tsx')).SubmissionsPage }) },
          { path: 'recommendations/:id', lazy: async () => ({ Component: (await import('../features/recommendation/RecommendationPage.tsx')).RecommendationPage }) },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
