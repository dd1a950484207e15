import type { RouteObject } from 'react-router';
import { LANGUAGES } from '../domain/constants.ts';
import { OverviewPage } from '../features/overview/OverviewPage.tsx';
import { LANGUAGE_SEGMENT } from '../url/languagePath.ts';
import { Layout } from './Layout.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { RouteError } from './RouteError.tsx';

/** Every view, by its path within a language. The overview (the first view) is in the initial bundle; every other view is fetched when it is first visited (docs/performance.md). */
const views = (): RouteObject[] => [
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
];

/**
 * One route table for the browser router (main.tsx), the pre-render (prerender/entry.tsx) and
 * the memory router in tests: the views at the root in Traditional Chinese and under each other
 * language's path segment (url/languagePath.ts), so `/en/explore` is Explore in English.
 */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [...LANGUAGES.filter((lang) => LANGUAGE_SEGMENT[lang] !== '').map((lang) => ({ path: LANGUAGE_SEGMENT[lang], children: views() })), ...views()],
      },
    ],
  },
];
