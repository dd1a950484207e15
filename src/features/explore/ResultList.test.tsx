/** A large result set is drawn a page at a time; this submission's 198 fit on the first. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { expect, test } from 'vitest';
import { makeRecommendation } from '../../testing/fixtures.ts';
import { RESULTS_PER_PAGE, ResultList } from './ResultList.tsx';
import type { ExploreData } from './selectExplore.ts';
import { i18nFor } from '../../i18n/index.ts';
import { I18nextProvider } from 'react-i18next';

test(`${RESULTS_PER_PAGE * 2 + 50} results: ${RESULTS_PER_PAGE} drawn, then ${RESULTS_PER_PAGE} more, then the last 50`, async () => {
  const count = RESULTS_PER_PAGE * 2 + 50;
  const recommendations = Array.from({ length: count }, (_, i) => makeRecommendation(`R-1.1-${i + 1}`, '1.1', 1));
  const data = {
    sections: new Map([['1.1', { id: '1.1', number: '1.1', title: { 'zh-Hant': '節', 'zh-Hans': '节', en: 'Section' } }]]),
    values: {
      industry: new Map([['all-industries', { 'zh-Hant': '所有行業', 'zh-Hans': '所有行业', en: 'All industries' }]]),
      lever: new Map([['funding', { 'zh-Hant': '資助及融資', 'zh-Hans': '资助及融资', en: 'Funding and finance' }]]),
    },
  } as unknown as ExploreData;
  const router = createMemoryRouter([{ path: '*', element: <ResultList recommendations={recommendations} data={data} /> }]);
  render(
    <I18nextProvider i18n={i18nFor('en')}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
  const user = userEvent.setup();
  // Counted with a selector: role queries over hundreds of items are slow in jsdom.
  const items = () => document.querySelectorAll('ol.results > li');
  expect(items()).toHaveLength(RESULTS_PER_PAGE);
  await user.click(screen.getByRole('button', { name: `Show ${RESULTS_PER_PAGE} more (showing ${RESULTS_PER_PAGE} of ${count})` }));
  expect(items()).toHaveLength(RESULTS_PER_PAGE * 2);
  await user.click(screen.getByRole('button', { name: `Show 50 more (showing ${RESULTS_PER_PAGE * 2} of ${count})` }));
  expect(items()).toHaveLength(count);
  expect(screen.queryByRole('button', { name: /^Show/ })).not.toBeInTheDocument();
}, 20_000);
