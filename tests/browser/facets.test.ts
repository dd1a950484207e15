/**
 * The facets executives filter by (issue 14) in Chromium: Explore filtered by an industry and
 * a kind of help, and the overview's industry chart under that filter, with axe and screenshots.
 */
import { describe, expect } from 'vitest';
import { dataset, expectNoAxeViolations, screenshot, test, useBrowser, type ViewportName } from './support.ts';

const session = useBrowser();
const total = dataset.recommendations.length;
const industry = dataset.industries.find((value) => value.id === 'manufacturing')!;
const lever = dataset.levers.find((value) => value.id === 'rd-innovation')!;
const withIndustry = dataset.recommendations.filter((rec) => rec.industries.includes(industry.id));
const both = withIndustry.filter((rec) => rec.levers.includes(lever.id));

describe.each(['desktop', 'phone'] as ViewportName[])('at %s size', (viewport) => {
  test('Explore: an industry, then a kind of help, narrow the list (en)', async ({ openPage }) => {
    const { page, problems, cspViolations } = await openPage(viewport);
    await page.goto(`${session.baseUrl}/en/explore?industry=${industry.id}`);
    await page.getByText(`${withIndustry.length} of ${total} recommendations`).waitFor();
    if (viewport === 'phone') await page.getByRole('button', { name: /^Filters/ }).click();
    await page.locator('summary', { hasText: 'Kind of help' }).click();
    await page.getByRole('checkbox', { name: `${lever.label.en} (${both.length})` }).click();
    await page.getByText(`${both.length} of ${total} recommendations`).waitFor();
    expect(new URL(page.url()).pathname).toBe('/en/explore');
    expect(new URL(page.url()).search).toBe(`?industry=${industry.id}&lever=${lever.id}`);
    await expectNoAxeViolations(page, `Explore by industry and lever (${viewport})`);
    await screenshot(page, `facets-explore-en-${viewport}`);
    expect(problems).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});

test('Overview filtered to an industry: its chart names the industry chosen (zh-Hant, desktop)', async ({ openPage }) => {
  const { page, problems } = await openPage('desktop');
  await page.goto(`${session.baseUrl}/?industry=${industry.id}`);
  const figure = page.locator('figure#chart-industries');
  await figure.locator('.chart__bar-link').first().waitFor();
  // A filter on the chart's own dimension: the title says what was chosen and how many it leaves.
  await expect.poll(() => figure.locator('.chart__title').textContent()).toContain(`篩選為「${industry.label['zh-Hant']}」：${total} 項建議中有 ${withIndustry.length} 項`);
  await screenshot(page, 'facets-overview-zh-Hant-desktop');
  expect(problems).toEqual([]);
});

test('Explore: "marked urgent" keeps the recommendations FHKI presses, and a result shows its urgency words (zh-Hans, phone)', async ({ openPage }) => {
  const urgent = dataset.recommendations.filter((rec) => rec.urgency.length > 0);
  const { page, problems, cspViolations } = await openPage('phone');
  await page.goto(`${session.baseUrl}/zh-Hans/explore`);
  await page.getByText(`${total} 项建议中的 ${total} 项`).waitFor();
  await page.getByRole('button', { name: /^筛选/ }).click();
  await page.locator('summary', { hasText: '强调' }).click();
  await page.getByRole('checkbox', { name: `标明紧迫（${urgent.length}）` }).click();
  await page.getByText(`${total} 项建议中的 ${urgent.length} 项`).waitFor();
  expect(new URL(page.url()).searchParams.get('emphasis')).toBe('urgent');
  await expectNoAxeViolations(page, 'Explore marked urgent (phone, zh-Hans)');
  await screenshot(page, 'facets-urgent-zh-Hans-phone');
  // The first urgent recommendation's page quotes its urgency words in Mainland usage.
  const first = urgent[0]!;
  await page.goto(`${session.baseUrl}/zh-Hans/recommendations/${first.id}`);
  const urgency = page.locator('dt', { hasText: '标明紧迫' }).locator('xpath=following-sibling::dd[1]');
  await expect.poll(() => urgency.textContent()).toContain(first.urgency[0]!.quote['zh-Hans']);
  await screenshot(page, 'facets-urgent-recommendation-zh-Hans-phone');
  expect(problems).toEqual([]);
  expect(cspViolations).toEqual([]);
});
