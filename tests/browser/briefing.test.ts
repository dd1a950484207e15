/**
 * Briefing mode in Chromium: pin two charts, present them with the keyboard, full screen,
 * export PNG and SVG (files checked), print the pack to PDF (pages read back), reopen the
 * shared link in a fresh browser, and present offline after the first visit.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { dataset, expectNoAxeViolations, screenshot, test, useBrowser } from './support.ts';

const session = useBrowser();
const { baseUrl } = session;
const ARTIFACTS = resolve('tests/.artifacts/briefing');
mkdirSync(ARTIFACTS, { recursive: true });

const themeCounts = new Map<string, number>();
for (const rec of dataset.recommendations) for (const theme of rec.themes) themeCounts.set(theme, (themeCounts.get(theme) ?? 0) + 1);
const topTheme = dataset.themes.reduce((best, theme) => ((themeCounts.get(theme.id) ?? 0) > (themeCounts.get(best.id) ?? 0) ? theme : best));
const themesTitle = `${topTheme.label.en} leads: ${themeCounts.get(topTheme.id)} of ${dataset.recommendations.length} recommendations`;
/** The schemes chart's title (a finding: one scheme named most, or several tied). */
const schemesTitle = /(is named most: in|share the lead, with) \d+ of \d+ recommendations/;
/** A chart's take-away menu (PNG, SVG, CSV, copy, pin, full screen), opened. */
const openMenu = async (page: Page, chart: string) => {
  const toggle = page.locator(`figure#chart-${chart}`).getByRole('button', { name: /^Download and share “/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return page.locator(`figure#chart-${chart}`);
};

describe('briefing', () => {
  let briefingUrl = '';

  test('any chart goes full screen on its own, and comes back; axe in full screen (en, desktop)', async ({ openPage }) => {
    const { page, problems, cspViolations } = await openPage('desktop');
    await page.goto(`${baseUrl}/en`);
    await page.getByRole('figure', { name: themesTitle }).waitFor();
    await (await openMenu(page, 'themes')).getByRole('button', { name: 'Full screen', exact: true }).click();
    await page.waitForFunction(() => document.fullscreenElement?.id === 'chart-themes');
    await expectNoAxeViolations(page, 'a chart in full screen');
    await (await openMenu(page, 'themes')).getByRole('button', { name: 'Leave full screen', exact: true }).click();
    await page.waitForFunction(() => document.fullscreenElement === null);
    expect(problems).toEqual([]);
    expect(cspViolations).toEqual([]);
  });

  test('pin two charts and present them: the first slide, axe (en, desktop)', async ({ openPage }) => {
    const { page, problems, cspViolations } = await openPage('desktop');
    await page.goto(`${baseUrl}/en`);
    await page.getByRole('figure', { name: themesTitle }).waitFor();
    await (await openMenu(page, 'themes')).getByRole('button', { name: 'Pin to briefing' }).click();
    await page.getByRole('figure', { name: schemesTitle }).waitFor();
    await (await openMenu(page, 'schemes')).getByRole('button', { name: 'Pin to briefing' }).click();
    await page.getByText('Briefing: 2 charts').waitFor();
    expect(new URL(page.url()).searchParams.get('brief')).toBe('themes,schemes');

    await page.getByRole('link', { name: 'Present' }).click();
    // The slides load on demand; the overview has a heading of the same name meanwhile.
    await page.waitForURL(/\/briefing\?/);
    // The briefing's own page, its first slide (a busy machine may show the address before the page).
    await page.getByRole('heading', { level: 1, name: 'Briefing', exact: true }).waitFor();
    await page.getByText('Slide 1 of 2').waitFor();
    await page.getByRole('heading', { level: 2, name: themesTitle }).waitFor();
    expect(new URL(page.url()).searchParams.get('slide')).toBe('1');
    briefingUrl = page.url();
    await expectNoAxeViolations(page, 'slide 1');
    expect(problems).toEqual([]);
    expect(cspViolations).toEqual([]);
  });

  /** The briefing the test above presents, on its first slide. */
  const presented = `${baseUrl}/en/briefing?brief=themes,schemes&slide=1`;

  test('present with the keyboard: next, first, last, previous, the words behind a slide, the shortcut list; axe (en, 1920×1080)', async ({ openPage }) => {
    const { page, problems, cspViolations } = await openPage('projector');
    await page.goto(presented);
    await page.getByRole('heading', { level: 2, name: themesTitle }).waitFor();
    await screenshot(page, 'briefing-slide-1-en-1920');

    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { level: 2, name: schemesTitle }).waitFor();
    expect(new URL(page.url()).searchParams.get('slide')).toBe('2');
    await page.keyboard.press('Home');
    await page.waitForURL(/slide=1/);
    await page.keyboard.press('End');
    await page.waitForURL(/slide=2/);
    await page.keyboard.press(' ');
    expect(new URL(page.url()).searchParams.get('slide')).toBe('2'); // the last slide stays
    await page.keyboard.press('ArrowLeft');
    await page.waitForURL(/slide=1/);

    // The words behind the slide, then the citation line.
    await page.keyboard.press('q');
    const quote = page.getByRole('region', { name: new RegExp(`^The words behind “${topTheme.label.en}”`) });
    await quote.waitFor();
    const firstBehind = dataset.recommendations.find((rec) => rec.themes.includes(topTheme.id))!;
    expect(await quote.textContent()).toContain(firstBehind.text['zh-Hant']);
    expect(await page.locator('.chart__source').textContent()).toMatch(/^Source: FHKI submission to the 2025 Policy Address consultation, \w+ \d{4}: (§|\d+ recommendations in chapters? )/);

    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    expect(await help.textContent()).toContain('Next slide');
    await expectNoAxeViolations(page, 'shortcut dialog');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });
    expect(problems).toEqual([]);
    expect(cspViolations).toEqual([]);
  });

  test.for([
    ['projector', 'the slide stage in full screen, and back; axe (en, 1920×1080)'],
    ['small-projector', 'the slide with the words behind it (en, 1280×720)'],
  ] as const)('%s: %s', async ([size], { openPage }) => {
    const { page, problems, cspViolations } = await openPage(size);
    await page.goto(presented);
    await page.getByRole('heading', { level: 2, name: themesTitle }).waitFor();
    await page.keyboard.press('q');
    await page.getByRole('region', { name: new RegExp(`^The words behind “${topTheme.label.en}”`) }).waitFor();
    if (size === 'projector') {
      await page.getByRole('button', { name: 'Full screen' }).click();
      await page.getByRole('button', { name: 'Leave full screen' }).waitFor();
      expect(await page.evaluate(() => document.fullscreenElement?.className)).toContain('slide-stage');
      await expectNoAxeViolations(page, 'full screen');
      await screenshot(page, 'briefing-fullscreen-en-1920');
      await page.getByRole('button', { name: 'Leave full screen' }).click();
      await page.getByRole('button', { name: 'Full screen' }).waitFor();
    } else {
      await screenshot(page, 'briefing-slide-1-en-1280');
    }
    expect(problems).toEqual([]);
    expect(cspViolations).toEqual([]);
  });

  test('export the slide as SVG and as PNG at twice its size, with the title and source baked in', async ({ openPage }) => {
    const { page, cspViolations } = await openPage('desktop');
    await page.goto(`${baseUrl}/en/briefing?brief=themes,schemes&slide=1`);
    await page.getByRole('heading', { level: 2, name: themesTitle }).waitFor();

    const menu = await openMenu(page, 'themes');
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), menu.getByRole('button', { name: 'Download SVG image' }).click()]);
    const svgPath = resolve(ARTIFACTS, svgDownload.suggestedFilename());
    await svgDownload.saveAs(svgPath);
    const svg = readFileSync(svgPath, 'utf8');
    expect(svgDownload.suggestedFilename()).toBe('fhki-2025-themes-en.svg');
    expect(svg).toContain(`<title>${themesTitle}</title>`);
    expect(svg).toContain('FHKI submission to the 2025 Policy Address');
    expect(svg).toContain('xml:lang="en"');
    const svgHeight = Number(svg.match(/<svg[^>]* height="(\d+)"/)![1]);

    await openMenu(page, 'themes');
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), menu.getByRole('button', { name: 'Download PNG image' }).click()]);
    const pngPath = resolve(ARTIFACTS, pngDownload.suggestedFilename());
    await pngDownload.saveAs(pngPath);
    const png = readFileSync(pngPath);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([2400, svgHeight * 2]);

    // Mixed languages on request: the English chart with the Chinese words of the source.
    await openMenu(page, 'themes');
    await menu.getByRole('checkbox', { name: /Add the source’s words/ }).check();
    const [mixed] = await Promise.all([page.waitForEvent('download'), menu.getByRole('button', { name: 'Download SVG image' }).click()]);
    const mixedPath = resolve(ARTIFACTS, 'mixed.svg');
    await mixed.saveAs(mixedPath);
    expect(readFileSync(mixedPath, 'utf8')).toContain('xml:lang="zh-Hant"');
    expect(cspViolations).toEqual([]);
  });

  test('print the pack to A4 PDF: a cover with a QR code, then one chart per page with its table and the words behind it', async ({ openPage }) => {
    const { page, cspViolations } = await openPage('desktop');
    await page.goto(`${baseUrl}/en/briefing?brief=themes,schemes&print=1`);
    await page.getByRole('heading', { level: 1, name: 'Briefing pack' }).waitFor();
    await page.locator('.recharts-surface').nth(1).waitFor();
    expect(await page.getByRole('img', { name: 'QR code linking to this briefing' }).count()).toBe(1);
    await expectNoAxeViolations(page, 'print pack');
    const pdfPath = resolve(ARTIFACTS, 'pack.pdf');
    await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
    const pages = (readFileSync(pdfPath, 'latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(3);

    const text = spawnSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Briefing pack');
    expect(text.stdout).toContain(topTheme.label.en);
    expect(text.stdout).toMatch(/Open this briefing live: http/);
    // Each chart starts a new page.
    const pageTexts = text.stdout.split('\f');
    expect(pageTexts.slice(1).some((p) => p.includes(themesTitle.slice(0, 30)))).toBe(true);
    expect(pageTexts.length - 1).toBe(pages); // pdftotext ends every page with a form feed
    spawnSync('pdftoppm', ['-png', '-r', '50', pdfPath, resolve(ARTIFACTS, 'pack-page')]);
    expect(cspViolations).toEqual([]);
  });

  test('the shared link reopens the same briefing and slide in a fresh browser', async ({ newContext }) => {
    expect(briefingUrl).toContain('brief=themes,schemes');
    const fresh = await newContext({ viewport: { width: 1280, height: 720 } });
    const page = await fresh.newPage();
    await page.goto(briefingUrl);
    await page.getByRole('heading', { level: 2, name: themesTitle }).waitFor();
    expect(await page.getByText('Slide 1 of 2').count()).toBe(1);
  });

  test('a corrupt stored briefing is reported and set aside; the app keeps working', async ({ newContext }) => {
    const context = await newContext();
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('fhki-dashboard:briefing', '{"version":1,"slides":[{"chart":"<script>"}');
        sessionStorage.setItem('seeded', '1');
      }
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/en`);
    await page.getByText('A saved briefing could not be read. It was set aside, and your view is unaffected.').waitFor();
    await page.getByRole('figure').first().waitFor();
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys.some((key) => key.startsWith('fhki-dashboard:briefing:unreadable:'))).toBe(true);
  });

  test('after the first visit the briefing presents offline', async ({ newContext }) => {
    const context = await newContext();
    const page = await context.newPage();
    const url = `${baseUrl}/en/briefing?brief=themes,schemes&slide=2`;
    await page.goto(url);
    await page.getByRole('heading', { level: 2, name: schemesTitle }).waitFor();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload(); // now controlled by the service worker
    await page.getByRole('heading', { level: 2, name: schemesTitle }).waitFor();
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 2, name: schemesTitle }).waitFor();
    await page.keyboard.press('ArrowLeft');
    await page.getByRole('heading', { level: 2, name: themesTitle }).waitFor();
  });
});
