/**
 * What only the API source has: the submission picker, in the built app reading the mock
 * submissions API across origins (tests/browser/global-setup.ts).
 */
import { expect, inject } from 'vitest';
import { syntheticSubmission } from '../../mocks/syntheticSubmission.ts';
import { dataset, expectNoAxeViolations, headlineFigure, screenshot, test, useBrowser, VIEWPORTS, type ViewportName } from './support.ts';

const session = useBrowser();
const apiUrl = inject('apiUrl');
const synthetic = syntheticSubmission.dataset;

test.for(Object.keys(VIEWPORTS) as ViewportName[])('at %s size: pick another submission from the list; its id goes in the URL and its data loads from the API', async (viewport, { openPage }) => {
  const { page, problems, cspViolations } = await openPage(viewport);
  const apiRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(apiUrl)) apiRequests.push(`${request.method()} ${request.url().slice(apiUrl.length)}`);
  });
  await page.goto(`${session.apiAppUrl}/en?theme=halal`);
  const halal = dataset.recommendations.filter((rec) => rec.themes.includes('halal')).length;
  expect(await headlineFigure(page, 'Recommendations')).toBe(String(halal));

  if (viewport === 'phone') await page.getByRole('navigation', { name: 'Views' }).scrollIntoViewIfNeeded();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Submissions' }).click();
  const table = page.getByRole('table', { name: 'Submissions held by the data source' });
  await table.waitFor();
  expect(await table.getByRole('row').count()).toBe(3);
  await expectNoAxeViolations(page, `submissions picker (${viewport})`);
  await screenshot(page, `api-submissions-en-${viewport}`);

  await table.getByRole('link', { name: synthetic.submission.title.en }).click();
  await page.waitForURL(`${session.apiAppUrl}/en?submission=${synthetic.submission.id}`);
  expect(await headlineFigure(page, 'Recommendations')).toBe(String(synthetic.recommendations.length));
  await expectNoAxeViolations(page, `synthetic submission overview (${viewport})`);
  await screenshot(page, `api-synthetic-overview-en-${viewport}`);

  // Every read went to the API, across origins; the list once, each submission once.
  // (The nav asks for the list while the overview asks for its dataset: in either order.)
  expect(apiRequests.filter((line) => line.startsWith('GET ')).sort()).toEqual(
    [`GET v1/submissions/${dataset.submission.id}`, 'GET v1/submissions?pageSize=100', `GET v1/submissions/${synthetic.submission.id}`].sort(),
  );
  expect(problems).toEqual([]);
  expect(cspViolations).toEqual([]);
});
