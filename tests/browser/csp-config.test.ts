/**
 * Issue 13: a deployment that points config.json at a submissions API. `vite preview`
 * follows it (its CSP allows the API's origin), and a host whose CSP does not is named as
 * the cause on the page, instead of the reader's connection (tests/browser/global-setup.ts).
 */
import { expect, inject } from 'vitest';
import { dataset, headlineFigure, test, useBrowser } from './support.ts';

useBrowser();
const apiOrigin = new URL(inject('apiUrl')).origin;

test('vite preview: the CSP follows config.json, so the app reads the API with no violation', async ({ openPage }) => {
  const appUrl = inject('configCspAppUrl');
  const policy = (await fetch(`${appUrl}/`)).headers.get('Content-Security-Policy');
  expect(policy).toContain(`connect-src 'self' ${apiOrigin};`);

  const { page, problems, cspViolations } = await openPage('desktop');
  await page.goto(`${appUrl}/en`);
  expect(await headlineFigure(page, 'Recommendations')).toBe(String(dataset.recommendations.length));
  expect(cspViolations).toEqual([]);
  expect(problems).toEqual([]);
});

test('a host CSP without the API: the page names the policy and the origin, not the connection', async ({ openPage }) => {
  const { page, cspViolations } = await openPage('desktop');
  await page.goto(`${inject('cspBlockedAppUrl')}/en`);
  const alert = page.getByRole('alert');
  await alert.getByText('Tried once.').waitFor();
  const text = await alert.textContent();
  expect(text).toContain(`This site’s Content Security Policy does not allow the dashboard to connect to ${apiOrigin}`);
  expect(text).toContain('Until then, setting "source" to "static" in config.json shows the bundled data.');
  expect(text).not.toContain('Check your connection');
  expect(cspViolations.some((violation) => violation.startsWith(`connect-src blocked ${apiOrigin}/`))).toBe(true);
});
