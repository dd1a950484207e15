import type { RouteObject } from 'react-router';
import { BriefingPage } from '../features/briefing/BriefingPage.tsx';
import { ExplorePage } from '../features/explore/ExplorePage.tsx';
import { OverviewPage } from '../features/overview/OverviewPage.tsx';
import { SchemesPage } from '../features/schemes/SchemesPage.tsx';
import { SourcePage } from '../features/source/SourcePage.tsx';
import { RecommendationPage } from '../features/recommendation/RecommendationPage.tsx';
import { SubmissionPage } from '../features/submission/SubmissionPage.tsx';
import { SubmissionsPage } from '../features/submissions/SubmissionsPage.tsx';
import { Layout } from './Layout.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { RouteError } from './RouteError.tsx';

/** One route table for the browser router (main.tsx) and the memory router in tests. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <OverviewPage /> },
          { path: 'explore', element: <ExplorePage /> },
          { path: 'schemes', element: <SchemesPage /> },
          { path: 'source', element: <SourcePage /> },
          { path: 'structure', element: <SubmissionPage /> },
          { path: 'briefing', element: <BriefingPage /> },
          { path: 'submissions', element: <SubmissionsPage /> },
          { path: 'recommendations/:id', element: <RecommendationPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
