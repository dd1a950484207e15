/**
 * What came of it (issue 15) in Chromium: the Response view's figures against the dataset, and a
 * verdict drilled down to the recommendation and to the address's paragraph, highlighted and in
 * view; one view, one language, one size per test; axe and screenshots.
 */
import { expect } from 'vitest';
import { dataset, expectNoAxeViolations, screenshot, test, useBrowser } from './support.ts';

const session = useBrowser();
const recs = dataset.recommendations;
const withVerdict = (verdict: string) => recs.filter((rec) => rec.response?.verdict === verdict);

test('Response view: the tally and the charts from the dataset (en, desktop)', async ({ openPage }) => {
  const { page, problems, cspViolations } = await openPage('desktop');
  await page.goto(`${session.baseUrl}/en/response`);
  const tally = page.getByRole('region', { name: 'Verdicts for the recommendations in view' });
  const takenUp = withVerdict('adopted').length + withVerdict('partly').length;
  await tally.getByText(`${takenUp} of ${recs.length} recommendations were taken up in full or in part.`).waitFor();
  const counts = await tally.locator('.verdict-card__count').allTextContents();
  expect(counts).toEqual(['adopted', 'partly', 'related', 'not-addressed'].map((v) => String(withVerdict(v).length)));
  await page.locator('figure#chart-uptake-industries .chart__bar-link').first().waitFor();
  await expectNoAxeViolations(page, 'Response view (en, desktop)');
  await screenshot(page, 'response-en-desktop');
  expect(problems).toEqual([]);
  expect(cspViolations).toEqual([]);
});

test('a verdict drills down to the recommendation, then to the address’s paragraph, highlighted and in view (zh-Hant, phone)', async ({ openPage }) => {
  const first = [...withVerdict('adopted'), ...withVerdict('partly')][0]!;
  const paragraph = first.response!.paragraphs[0]!;
  const { page, problems } = await openPage('phone');
  await page.goto(`${session.baseUrl}/response`);
  const won = page.getByRole('region', { name: /^爭取所得/ });
  await won.getByRole('link', { name: new RegExp(`^建議 ${first.id.slice(2)}`) }).click();
  await page.waitForURL(new RegExp(`/recommendations/${first.id}`));
  const panel = page.getByRole('region', { name: `《${dataset.responseDocument!.title['zh-Hant']}》的回應` });
  // The reader's language first (the other language's text is folded away below it).
  const mark = panel.locator('blockquote mark');
  await mark.waitFor();
  expect(await mark.textContent()).toBe(first.response!.quote!['zh-Hant']);
  await expectNoAxeViolations(page, 'Recommendation with its response (zh-Hant, phone)');
  await screenshot(page, 'response-recommendation-zh-Hant-phone');
  const label = paragraph.item ? `第 ${paragraph.number}(${paragraph.item['zh-Hant']}) 段` : `第 ${paragraph.number} 段`;
  await panel.getByRole('link', { name: label }).click();
  await page.waitForURL(new RegExp(`/address\\?p=${paragraph.number}#p${paragraph.number}`));
  const highlighted = page.locator(`#p${paragraph.number}`);
  await expect.poll(() => highlighted.getAttribute('aria-current')).toBe('true');
  const box = (await highlighted.boundingBox())!;
  const viewport = page.viewportSize()!;
  // Scrolled into view: its top is on the screen.
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeLessThan(viewport.height);
  await expectNoAxeViolations(page, 'Address view at the cited paragraph (zh-Hant, phone)');
  await screenshot(page, 'response-address-zh-Hant-phone');
  expect(problems).toEqual([]);
});

test('Response view in Mainland Chinese: the lists and the scope of the judgement (zh-Hans, desktop)', async ({ openPage }) => {
  const { page, problems } = await openPage('desktop');
  await page.goto(`${session.baseUrl}/zh-Hans/response`);
  await page.getByRole('region', { name: `仍待跟进：未作回应（${withVerdict('not-addressed').length} 项）` }).waitFor();
  await page.getByText('只对照《施政报告》正文判断，不包括其附篇。', { exact: false }).first().waitFor();
  await expectNoAxeViolations(page, 'Response view (zh-Hans, desktop)');
  await screenshot(page, 'response-zh-Hans-desktop');
  expect(problems).toEqual([]);
});
