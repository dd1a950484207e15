/**
 * The first screen (issue 16) in Chromium: the summary's figures against the dataset, in each
 * language at each size (one test each), with axe; the count cards open as many rows as they count;
 * the About page is a click from every page. Screenshots of the first screen at 390×844, 1440×900
 * and 1920×1080 in three languages go to tests/.artifacts/screenshots (the committed ones are in docs/images).
 */
import { languagePath } from '../../src/url/languagePath.ts';
import { expect } from 'vitest';
import { dataset, expectNoAxeViolations, headlineFigure, screenshot, test, useBrowser, type SizeName } from './support.ts';

const session = useBrowser();
const recs = dataset.recommendations;
const verdicts = (...wanted: string[]) => recs.filter((rec) => wanted.includes(rec.response!.verdict)).length;
const SUMMARY = { en: 'Summary', 'zh-Hant': '摘要', 'zh-Hans': '摘要' } as const;
const FINDING = {
  en: `FHKI made ${recs.length} recommendations to the 2025 Policy Address.`,
  'zh-Hant': `工總就2025年《施政報告》提出 ${recs.length} 項建議。`,
  'zh-Hans': `工总就2025年《施政报告》提出 ${recs.length} 项建议。`,
} as const;
const TAKEN_UP = {
  en: `adopted ${verdicts('adopted')} in full and ${verdicts('partly')} in part`,
  'zh-Hant': `全面採納其中 ${verdicts('adopted')} 項、部分採納 ${verdicts('partly')} 項`,
  'zh-Hans': `全面采纳其中 ${verdicts('adopted')} 项、部分采纳 ${verdicts('partly')} 项`,
} as const;

const cases = (['en', 'zh-Hant', 'zh-Hans'] as const).flatMap((lang) => (['phone', 'desktop', 'projector'] as SizeName[]).map((size) => [lang, size] as const));

test.for(cases)('the first screen tells the story (%s, %s): the finding from the data, above the fold; axe 0', async ([lang, size], { openPage }) => {
  const { page, problems, cspViolations } = await openPage(size);
  await page.goto(`${session.baseUrl}${languagePath('/', lang)}`);
  const summary = page.getByRole('region', { name: SUMMARY[lang] });
  await summary.waitFor();
  const finding = (await summary.locator('.summary__finding').textContent())!;
  expect(finding).toContain(FINDING[lang]);
  expect(finding).toContain(TAKEN_UP[lang]);
  const numbers = await summary.locator('.count-card__number').allTextContents();
  expect(numbers.slice(0, 3)).toEqual([recs.length, verdicts('adopted', 'partly'), verdicts('not-addressed')].map((n) => new Intl.NumberFormat(lang).format(n)));
  // Above the fold: the finding and the count cards are on the first screen.
  const viewport = page.viewportSize()!;
  const cards = (await summary.locator('.summary__counts').boundingBox())!;
  expect(cards.y + Math.min(cards.height, 120)).toBeLessThanOrEqual(viewport.height);
  await page.locator('figure .chart__bar-link').first().waitFor();
  await expectNoAxeViolations(page, `first screen (${lang}, ${size})`);
  await screenshot(page, `first-screen-${lang}-${size}`);
  expect(problems).toEqual([]);
  expect(cspViolations).toEqual([]);
});

const asks = dataset.asks.filter((ask) => ask.role === 'ask').length;

test('the “Quantities asked for” card opens as many asks as it counts (en, desktop)', async ({ openPage }) => {
  const { page, problems } = await openPage('desktop');
  await page.goto(`${session.baseUrl}/en`);
  expect(await headlineFigure(page, 'Quantities asked for')).toBe(String(asks));
  await page.getByRole('link', { name: `${asks} Quantities asked for` }).click();
  expect(await page.getByRole('region', { name: 'The quantities asked for' }).locator('.ask-cards').first().locator(':scope > li').count()).toBe(asks);
  expect(problems).toEqual([]);
});

test('the “Funding schemes named” card opens a table of as many schemes as it counts (en, desktop)', async ({ openPage }) => {
  const { page, problems } = await openPage('desktop');
  await page.goto(`${session.baseUrl}/en`);
  const named = Number(await headlineFigure(page, 'Funding schemes named'));
  await page.getByRole('link', { name: `${named} Funding schemes named` }).click();
  const table = page.locator('figure#chart-schemes table');
  await table.waitFor();
  expect(await table.locator('tbody tr').count()).toBe(named);
  expect(problems).toEqual([]);
});

test.for([
  ['Taken up in full or in part', verdicts('adopted', 'partly')],
  ['Still open: not addressed', verdicts('not-addressed')],
] as const)('the “%s” card opens as many recommendations as it counts (en, desktop)', async ([label, count], { openPage }) => {
  const { page, problems } = await openPage('desktop');
  await page.goto(`${session.baseUrl}/en`);
  await page.getByRole('link', { name: `${count} ${label}` }).click();
  await page.getByText(`${count} of ${recs.length} recommendations`).waitFor();
  expect(problems).toEqual([]);
});

test.for([
  ['en', '/schemes', 'About the data, methods and how to cite', 'About this dashboard'],
  ['zh-Hant', '/response', '關於資料、方法及引用方式', '關於本儀表板'],
  ['zh-Hans', '/explore', '关于数据、方法及引用方式', '关于本仪表板'],
] as const)('the About page is a click from the footer (%s); axe 0', async ([lang, from, link, title], { openPage }) => {
  const { page, problems } = await openPage(lang === 'zh-Hant' ? 'phone' : 'desktop');
  await page.goto(`${session.baseUrl}${languagePath(from, lang)}`);
  await page.getByRole('contentinfo').getByRole('link', { name: link }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.getByText(dataset.submission.sourceSha256).waitFor();
  await expectNoAxeViolations(page, `About (${lang})`);
  await screenshot(page, `about-${lang}`);
  expect(problems).toEqual([]);
});
