/**
 * Issue 13, the charts: one figure everywhere (overview, slides, full screen, exports, the
 * printed pack), labels never cut and never outside the figure, bars visible on a phone,
 * exports and the A4 pack checked from the files themselves, the CSV equal to the table, the
 * take-away menu and the slide keys. Each test visits one view in one language at one size.
 */
import { languagePath } from '../../src/url/languagePath.ts';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { dataset, expectNoAxeViolations, screenshot, test, useBrowser, VIEWPORTS, type ViewportName } from './support.ts';
import { CHART_IDS, chartsOf, selectChart, type ChartId } from '../../src/domain/charts.ts';
import { parseCsv } from '../../src/domain/csv.ts';
import { Dataset } from '../../src/domain/dataset.ts';
import { buildFilterIndex, NO_FILTERS } from '../../src/domain/filters.ts';
import en from '../../src/i18n/locales/en.json' with { type: 'json' };
import { layoutBars } from '../../src/ui/charts/barLayout.ts';
import { CHART_FONT } from '../../src/ui/charts/chartTypes.ts';

const session = useBrowser();
const { baseUrl } = session;
const ARTIFACTS = resolve('tests/.artifacts/charts');
const SCREENSHOTS = resolve('tests/.artifacts/screenshots');
mkdirSync(ARTIFACTS, { recursive: true });
mkdirSync(SCREENSHOTS, { recursive: true });


const LANGUAGES = ['zh-Hant', 'zh-Hans', 'en'] as const;
type Language = (typeof LANGUAGES)[number];
const viewports = Object.keys(VIEWPORTS) as ViewportName[];
const sizes = viewports.flatMap((viewport) => LANGUAGES.map((lang) => [lang, viewport] as const));

/** The menu button's accessible name, per language (src/i18n/locales/*.json, chart.menuLabel). */
const MENU = { en: /^Download and share “/, 'zh-Hant': /^下載及分享「/, 'zh-Hans': /^下载与分享“/ } as const;
const FULL_SCREEN = { en: 'Full screen', 'zh-Hant': '全螢幕', 'zh-Hans': '全屏' } as const;
const LEAVE_FULL_SCREEN = { en: 'Leave full screen', 'zh-Hant': '離開全螢幕', 'zh-Hans': '退出全屏' } as const;

const withLang = (path: string, lang: Language) => {
  const [pathname, query] = path.split('?');
  return `${languagePath(pathname!, lang)}${query === undefined ? '' : `?${query}`}`;
};
const ALL_CHARTS = `/briefing?brief=${CHART_IDS.join(',')}`;
/** The charts the overview shows (those of the response have a view of their own; every chart can be pinned). */
const OVERVIEW_CHARTS = chartsOf('overview');
const squash = (text: string) => text.replace(/\s+/g, '');

/** The chart's take-away menu, opened. */
async function openMenu(page: Page, chart: string, lang: Language = 'en') {
  const figure = page.locator(`figure#chart-${chart}`);
  const toggle = figure.getByRole('button', { name: MENU[lang] });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return { figure, toggle };
}

/** Every chart figure drawn at its container's width, with the page's fonts loaded. */
async function chartsDrawn(page: Page, selector = 'figure.chart') {
  // A row is a link on screen and a drawing of its own on paper.
  await page.locator(`${selector} .chart__bar-link, ${selector} .chart__row`).first().waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForFunction((selector) => {
    const figures = [...document.querySelectorAll(selector)];
    return (
      figures.length > 0 &&
      figures.every((figure) => {
        const canvas = figure.querySelector<HTMLElement>('.chart__canvas');
        const svg = canvas?.querySelector('svg');
        // A printed chart has its own width; the others fit their container once it is measured.
        return !canvas || (svg && (canvas.classList.contains('chart__canvas--print') || Number(svg.getAttribute('width')) <= canvas.clientWidth + 1));
      })
    );
  }, selector);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/**
 * What is wrong with the charts on the page, as sentences: SVG text ending in "…", text or
 * bars outside their figure (its scrolled content, for a full-screen figure) or the viewport's
 * width, bars without width, a figure that scrolls sideways.
 */
async function chartProblems(page: Page, selector = 'figure.chart'): Promise<{ figures: string[]; problems: string[] }> {
  return page.evaluate((selector) => {
    const problems: string[] = [];
    const figures: string[] = [];
    const viewportWidth = document.documentElement.clientWidth;
    const where = (r: DOMRect) => `x ${Math.round(r.left)}–${Math.round(r.right)}, y ${Math.round(r.top)}–${Math.round(r.bottom)}`;
    for (const figure of document.querySelectorAll<HTMLElement>(selector)) {
      figures.push(figure.id);
      const box = figure.getBoundingClientRect();
      const top = box.top - figure.scrollTop;
      const bottom = top + Math.max(figure.scrollHeight, box.height);
      const outside = (r: DOMRect) => r.left < box.left - 1 || r.right > box.right + 1 || r.top < top - 1 || r.bottom > bottom + 1;
      if (figure.scrollWidth > figure.clientWidth + 1) problems.push(`${figure.id} scrolls sideways (${figure.scrollWidth} > ${figure.clientWidth})`);
      const texts = figure.querySelectorAll('svg text');
      if (texts.length === 0) problems.push(`${figure.id} has no text`);
      for (const text of texts) {
        const content = text.textContent ?? '';
        const r = text.getBoundingClientRect();
        if (/…\s*$/.test(content)) problems.push(`${figure.id}: “${content}” is cut with “…”`);
        if (outside(r)) problems.push(`${figure.id}: “${content}” at ${where(r)} is outside the figure (${where(box)})`);
        if (r.left < -1 || r.right > viewportWidth + 1) problems.push(`${figure.id}: “${content}” at ${where(r)} is outside the viewport's width ${viewportWidth}`);
      }
      const bars = figure.querySelectorAll('.chart__bar-link rect:not(.chart__hit)');
      if (bars.length === 0) problems.push(`${figure.id} has no bars`);
      bars.forEach((bar, index) => {
        const r = bar.getBoundingClientRect();
        if (!(r.width > 0)) problems.push(`${figure.id}: bar ${index + 1} has no width`);
        if (outside(r) || r.left < -1 || r.right > viewportWidth + 1) problems.push(`${figure.id}: bar ${index + 1} at ${where(r)} is outside the figure (${where(box)})`);
      });
    }
    return { figures, problems };
  }, selector);
}

/** The chart's layout and whether one bar at least 20 px wide shows in the viewport as it is. */
const barsOnScreen = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const figure = document.querySelector(selector)!;
    const visible = [...figure.querySelectorAll('.chart__bar-link rect:not(.chart__hit)')].filter((bar) => {
      const r = bar.getBoundingClientRect();
      return r.width >= 20 && r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
    });
    const canvas = figure.querySelector<HTMLElement>('.chart__canvas');
    return { layout: canvas?.dataset.layout, width: Math.floor(canvas?.clientWidth ?? 0), visibleBars: visible.length };
  }, selector);

/** Enters full screen on a chart from its menu (the Fullscreen API, or the CSS fallback). */
async function enterFullScreen(page: Page, chart: string, lang: Language) {
  const { figure } = await openMenu(page, chart, lang);
  await figure.getByRole('button', { name: FULL_SCREEN[lang], exact: true }).click();
  await page.waitForFunction((id) => document.fullscreenElement?.id === id || document.getElementById(id)?.classList.contains('is-fullscreen'), `chart-${chart}`);
  await chartsDrawn(page, `#chart-${chart}`);
}

async function leaveFullScreen(page: Page, chart: string, lang: Language) {
  const { figure } = await openMenu(page, chart, lang);
  await figure.getByRole('button', { name: LEAVE_FULL_SCREEN[lang], exact: true }).click();
  await page.waitForFunction((id) => !document.fullscreenElement && !document.getElementById(id)?.classList.contains('is-fullscreen'), `chart-${chart}`);
}

// ---- from the dataset ----

const countOf = (ids: (rec: (typeof dataset.recommendations)[number]) => readonly string[], id: string) => dataset.recommendations.filter((rec) => ids(rec).includes(id)).length;
const placeRows = dataset.places.filter((place) => countOf((rec) => rec.places, place.id) > 0);
const schemeRows = dataset.schemes.filter((scheme) => countOf((rec) => rec.schemeIds, scheme.id) > 0);
/** The chart whose (English) labels are longest, and that label. */
const longest = [
  ...placeRows.map((place) => ({ chart: 'places' as const, label: place.label.en })),
  ...schemeRows.map((scheme) => ({ chart: 'schemes' as const, label: scheme.name.en })),
].reduce((best, row) => (row.label.length > best.label.length ? row : best));

// ---- a. no label cut or outside its figure, on every view with charts ----

describe('labels are whole and inside their figure', () => {
  test.for(sizes)('overview in %s at %s size', async ([lang, viewport], { openPage }) => {
    const { page, problems, cspViolations } = await openPage(viewport);
    await page.goto(`${baseUrl}${withLang('/', lang)}`);
    await chartsDrawn(page);
    const result = await chartProblems(page);
    expect(result.figures).toEqual(OVERVIEW_CHARTS.map((id) => `chart-${id}`));
    expect(result.problems).toEqual([]);
    await screenshot(page, `charts-overview-${lang}-${viewport}`);
    expect(problems).toEqual([]);
    expect(cspViolations).toEqual([]);
  });

  test.for(sizes)('every slide of a briefing of every chart in %s at %s size', async ([lang, viewport], { openPage }) => {
    const { page, problems } = await openPage(viewport);
    await page.goto(`${baseUrl}${withLang(`${ALL_CHARTS}&slide=1`, lang)}`);
    const found: string[] = [];
    for (const [index, chart] of CHART_IDS.entries()) {
      if (index > 0) {
        await page.keyboard.press('ArrowRight');
        await page.waitForURL(new RegExp(`slide=${index + 1}(&|$)`));
      }
      await chartsDrawn(page, `#chart-${chart}`);
      const result = await chartProblems(page);
      found.push(...result.figures);
      expect(result.problems, `slide ${index + 1} (${chart})`).toEqual([]);
    }
    expect(found).toEqual(CHART_IDS.map((id) => `chart-${id}`));
    expect(problems).toEqual([]);
  });

  test.for(sizes)('each chart in full screen in %s at %s size', async ([lang, viewport], { openPage }) => {
    const { page, problems } = await openPage(viewport);
    await page.goto(`${baseUrl}${withLang('/', lang)}`);
    await chartsDrawn(page);
    for (const chart of OVERVIEW_CHARTS) {
      await enterFullScreen(page, chart, lang);
      const result = await chartProblems(page, `#chart-${chart}`);
      expect(result.problems, `${chart} in full screen`).toEqual([]);
      await leaveFullScreen(page, chart, lang);
    }
    expect(problems).toEqual([]);
  });

  test.for([
    [1280, 720],
    [1920, 1080],
  ] as const)('a slide at %i×%i (en)', async ([width, height], { openPage }) => {
    const { page } = await openPage('desktop');
    await page.setViewportSize({ width, height });
    await page.goto(`${baseUrl}/en/briefing?brief=places,schemes&slide=1`);
    await chartsDrawn(page);
    expect((await chartProblems(page)).problems).toEqual([]);
    await screenshot(page, `charts-slide-en-${width}x${height}`);
  });
});

// ---- b. on a phone a slide and a full-screen chart show their bars ----

/**
 * Where the labels go for a chart drawn at slide size at this width, by the app's own layout
 * on the chart's English labels from the dataset: short labels (the kinds of ask) fit beside the
 * bars even on a phone; long ones go above.
 */
function expectedLayout(chart: ChartId, width: number) {
  const parsed = Dataset.parse(dataset);
  const { rows, finding } = selectChart(parsed, buildFilterIndex(parsed), NO_FILTERS, chart, parsed.recommendations.length);
  const vocabulary = (row: (typeof rows)[number]) => (row.dimension === 'verdict' ? (en.verdicts as Record<string, string>) : (en.actions as Record<string, string>))[row.id];
  const label = (row: (typeof rows)[number]) => `${row.ordinal === undefined ? '' : `${row.ordinal}.\u00a0`}${row.label?.en ?? vocabulary(row)}`;
  // Rows in colours of their own (verdicts) mark what the title talks about with a bold label, which is measured bold.
  const keyed = (row: (typeof rows)[number]) => (row.segments ? { segments: row.segments.map((segment) => ({ id: segment.verdict, value: segment.count, fill: '#000000' })) } : row.dimension === 'verdict' ? { fill: '#000000' } : {});
  return layoutBars(
    rows.map((row) => ({ id: row.id, label: label(row), value: row.count, valueText: String(row.count), highlight: finding?.rows.includes(row.id) ?? false, ...keyed(row) })),
    { width, font: CHART_FONT.slide },
  ).mode;
}

describe('on a phone the bars show, with the labels above them', () => {
  test.for(CHART_IDS)('the %s slide (en)', async (chart, { openPage }) => {
    const { page } = await openPage('phone');
    await page.goto(`${baseUrl}/en/briefing?brief=${chart}&slide=1`);
    await chartsDrawn(page);
    const { layout, width, visibleBars } = await barsOnScreen(page, `#chart-${chart}`);
    expect(layout).toBe(expectedLayout(chart, width));
    expect(visibleBars).toBeGreaterThan(0);
    if (chart === 'places') await screenshot(page, 'charts-slide-en-phone');
  });

  test.for(OVERVIEW_CHARTS)('the %s chart in full screen (en)', async (chart, { openPage }) => {
    const { page } = await openPage('phone');
    await page.goto(`${baseUrl}/en`);
    await chartsDrawn(page);
    await enterFullScreen(page, chart, 'en');
    const { layout, width, visibleBars } = await barsOnScreen(page, `#chart-${chart}`);
    expect(layout).toBe(expectedLayout(chart, width));
    expect(visibleBars).toBeGreaterThan(0);
    if (chart === 'places') await screenshot(page, 'charts-fullscreen-en-phone');
  });
});

// ---- c. exports of the chart with the longest labels ----

describe('exports', () => {
  test(`the ${longest.chart} chart as SVG and PNG: every word of “${longest.label}”, nothing cut, nothing outside, a 2× PNG that is not blank`, async ({ openPage }) => {
    const { page, cspViolations } = await openPage('desktop');
    await page.goto(`${baseUrl}/en`);
    await chartsDrawn(page);
    const { figure } = await openMenu(page, longest.chart);
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: 'Download SVG image' }).click()]);
    expect(svgDownload.suggestedFilename()).toBe(`fhki-2025-${longest.chart}-en.svg`);
    const svgPath = resolve(ARTIFACTS, svgDownload.suggestedFilename());
    await svgDownload.saveAs(svgPath);
    const svg = readFileSync(svgPath, 'utf8');
    const unescape = (text: string) => text.replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[name]!);
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => unescape(match[1]!));
    expect(texts.filter((text) => /…\s*$/.test(text))).toEqual([]);
    // The label's lines are consecutive texts; wrapped, they are the label without its spaces.
    expect(squash(texts.join(''))).toContain(squash(longest.label));
    for (const word of longest.label.split(/\s+/)) expect(squash(texts.join(''))).toContain(word);
    const [, width, height] = svg.match(/<svg[^>]* width="(\d+)" height="(\d+)"/)!.map(Number);
    expect(width).toBe(1200);

    // Drawn by the browser: every text inside the image.
    const viewer = await page.context().newPage();
    await viewer.setContent(`<!doctype html><html><body style="margin:0">${svg.replace(/^<\?xml[^>]*>/, '')}</body></html>`);
    await viewer.evaluate(() => document.fonts.ready.then(() => undefined));
    const outside = await viewer.evaluate(
      ([width, height]) =>
        [...document.querySelectorAll('svg text')]
          .map((text) => ({ text: text.textContent, r: text.getBoundingClientRect() }))
          .filter(({ r }) => r.left < -0.5 || r.right > width! + 0.5 || r.top < -0.5 || r.bottom > height! + 0.5)
          .map(({ text, r }) => `“${text}” at x ${Math.round(r.left)}–${Math.round(r.right)}`),
      [width, height],
    );
    expect(outside).toEqual([]);

    await openMenu(page, longest.chart);
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: 'Download PNG image' }).click()]);
    expect(pngDownload.suggestedFilename()).toBe(`fhki-2025-${longest.chart}-en.png`);
    const pngPath = resolve(SCREENSHOTS, `charts-export-${longest.chart}-en.png`);
    await pngDownload.saveAs(pngPath);
    const png = readFileSync(pngPath);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([2 * width!, 2 * height!]);
    const pixels = await viewer.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let inked = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 0 && (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200)) inked++;
      return { inked, total: data.length / 4 };
    }, png.toString('base64'));
    expect(pixels.inked / pixels.total).toBeGreaterThan(0.02);
    expect(cspViolations).toEqual([]);
  });
});

// ---- d. the A4 pack: chart text at 9 pt or more, every row in the chart and the table ----

describe('the printed pack', () => {
  test('A4 pack of places and schemes (en): chart labels and values ≥ 9 pt, as many chart rows as table rows', async ({ openPage }) => {
    const { page, cspViolations } = await openPage('desktop');
    await page.goto(`${baseUrl}/en/briefing?brief=places,schemes&print=1`);
    await page.getByRole('heading', { level: 1, name: 'Briefing pack' }).waitFor();
    await chartsDrawn(page);
    const figures = await page.evaluate(() =>
      [...document.querySelectorAll('figure.chart')].map((figure) => ({
        id: figure.id,
        chart: [...figure.querySelectorAll('.chart__row')].map((row) => [...row.querySelectorAll('text')].map((text) => text.textContent ?? '')),
        table: [...figure.querySelectorAll('tbody tr')].map((row) => [row.querySelector('th')!.textContent ?? '', row.querySelector('td')!.textContent ?? '']),
      })),
    );
    expect(figures.map((figure) => figure.id)).toEqual(['chart-places-1', 'chart-schemes-2']);
    const expected = { 'chart-places-1': placeRows.length, 'chart-schemes-2': schemeRows.length } as Record<string, number>;
    for (const { id, chart, table } of figures) {
      expect(chart.length, `${id}: chart rows`).toBe(expected[id]);
      expect(table.length, `${id}: table rows`).toBe(chart.length);
      // Each row: the label's lines then the value, as in the table's row.
      expect(chart.map((lines) => [squash(lines.slice(0, -1).join('')), lines.at(-1)])).toEqual(table.map(([label, count]) => [squash(label!), count]));
    }

    const pdfPath = resolve(ARTIFACTS, 'pack-places-schemes-en.pdf');
    await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
    spawnSync('pdftoppm', ['-png', '-r', '60', pdfPath, resolve(SCREENSHOTS, 'charts-pack-page')]);
    const xml = spawnSync('pdftohtml', ['-xml', '-i', '-stdout', '-zoom', '10', pdfPath], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(xml.status).toBe(0);
    // pdftohtml caps the zoom, so a size is in units of the page's scale: A4 is 595.28 pt wide.
    const scale = Number(xml.stdout.match(/<page [^>]*width="(\d+)"/)![1]) / 595.28;
    const fontSizes = new Map([...xml.stdout.matchAll(/<fontspec id="(\d+)" size="(\d+)"/g)].map((m) => [m[1]!, Number(m[2]) / scale]));
    const runs = [...xml.stdout.matchAll(/<text [^>]*font="(\d+)"[^>]*>(.*?)<\/text>/g)].map((m) => ({
      size: fontSizes.get(m[1]!)!,
      text: m[2]!
        .replace(/<[^>]+>/g, '')
        .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
        .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name]!)
        .normalize('NFKC') // the PDF's ligatures (ﬁ) as letters
        .trim(),
    }));
    const labels = [...placeRows.map((place) => place.label.en), ...schemeRows.map((scheme) => scheme.name.en)];
    const chartLines = new Set(figures.flatMap((figure) => figure.chart.flat()).map((line) => line.trim()));
    const chartRuns = runs.filter(({ text }) => chartLines.has(text) && (/^\d+$/.test(text) || labels.some((label) => label.includes(text))));
    // Every line drawn in the charts is in the PDF, and every one is at 9 pt or more (less half a unit of rounding).
    expect([...chartLines].filter((line) => !runs.some((run) => run.text === line))).toEqual([]);
    expect(chartRuns.filter(({ size }) => size < 9 - 0.5 / scale).map(({ text, size }) => `“${text}” at ${size.toFixed(2)} pt`)).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});

/** The text runs of each page of a PDF, as pdftohtml reads them. */
function pdfPages(pdfPath: string): string[][] {
  const xml = spawnSync('pdftohtml', ['-xml', '-i', '-stdout', pdfPath], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(xml.status).toBe(0);
  return xml.stdout
    .split(/<page /)
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<text [^>]*>(.*?)<\/text>/g)].map((m) =>
        m[1]!
          .replace(/<[^>]+>/g, '')
          .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
          .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name]!)
          .normalize('NFKC')
          .trim(),
      ),
    );
}

describe('the printed pack, page by page', () => {
  test('A4 pack of places and schemes (en): each chart is printed on the page of its title', async ({ openPage }) => {
    const { page } = await openPage('desktop');
    await page.goto(`${baseUrl}/en/briefing?brief=places,schemes&print=1`);
    await page.getByRole('heading', { level: 1, name: 'Briefing pack' }).waitFor();
    await chartsDrawn(page);
    const charts = await page.evaluate(() =>
      [...document.querySelectorAll('figure.chart')].map((figure) => ({
        id: figure.id,
        title: figure.querySelector('.chart__title')!.textContent ?? '',
        firstLine: figure.querySelector('.chart__row text')!.textContent ?? '',
      })),
    );
    const pdfPath = resolve(ARTIFACTS, 'pack-pages-en.pdf');
    await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
    const pages = pdfPages(pdfPath);
    for (const { id, title, firstLine } of charts) {
      // The title's first line starts the page that has the chart (the cover lists the titles whole, on one line each).
      const titlePage = pages.findIndex((runs, index) => index > 0 && runs.some((run) => run.length > 10 && title.startsWith(run)));
      expect(titlePage, `${id}: the page of “${title}”`).toBeGreaterThan(0);
      expect(pages[titlePage], `${id}: its first bar “${firstLine}” on page ${titlePage + 1}, with its title`).toContain(firstLine);
    }
  });
});

// ---- e. the CSV is the table (read with the app's RFC 4180 reader, src/domain/csv.ts) ----

describe('CSV', () => {
  test('the themes chart’s CSV has the table’s rows, in order, with the recommendations behind each (en, desktop)', async ({ openPage }) => {
    const { page } = await openPage('desktop');
    await page.goto(`${baseUrl}/en`);
    await chartsDrawn(page);
    const { figure } = await openMenu(page, 'themes');
    const [download] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: 'Download CSV of the rows' }).click()]);
    expect(download.suggestedFilename()).toBe('fhki-2025-themes-en.csv');
    const csvPath = resolve(ARTIFACTS, download.suggestedFilename());
    await download.saveAs(csvPath);
    const text = readFileSync(csvPath, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.replace(/\r\n/g, '').includes('\n')).toBe(false); // CRLF line ends only (no field holds a line break)
    const [header, ...lines] = parseCsv(text.slice(1));
    expect(header).toEqual(['Id', 'Theme', 'Recommendations', 'Recommendation ids']);

    await figure.getByRole('button', { name: 'Table', exact: true }).click();
    await figure.getByRole('table').locator('tbody tr').first().waitFor();
    const table = await figure
      .getByRole('table')
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => [row.querySelector('th')!.textContent, row.querySelector('td')!.textContent]));
    expect(lines.map(([, label, count]) => [label, count])).toEqual(table);
    expect(lines.length).toBe(dataset.themes.filter((theme) => countOf((rec) => rec.themes, theme.id) > 0).length);
    for (const [id, , count, ids] of lines) expect(ids!.split(' ').length, `ids of ${id}`).toBe(Number(count));
    const halal = lines.find(([id]) => id === 'halal')!;
    expect(halal[3]).toBe(
      dataset.recommendations
        .filter((rec) => rec.themes.includes('halal'))
        .map((rec) => rec.id)
        .join(' '),
    );
  });
});

// ---- f. axe ----

describe('accessibility', () => {
  test('the overview with a chart’s menu open (en, desktop)', async ({ openPage }) => {
    const { page } = await openPage('desktop');
    await page.goto(`${baseUrl}/en`);
    await chartsDrawn(page);
    const { figure } = await openMenu(page, 'themes');
    await figure.getByRole('button', { name: 'Download PNG image' }).waitFor();
    await expectNoAxeViolations(page, 'overview with the themes menu open');
    await screenshot(page, 'charts-menu-open-en-desktop');
  });

  test('a slide (zh-Hant, phone)', async ({ openPage }) => {
    const { page } = await openPage('phone');
    await page.goto(`${baseUrl}/briefing?brief=places,schemes&slide=1`);
    await chartsDrawn(page);
    await expectNoAxeViolations(page, 'slide (zh-Hant, phone)');
  });
});

// ---- g. the menu ----

describe('the take-away menu', () => {
  test('Esc closes it and gives focus back to its button (en, desktop)', async ({ openPage }) => {
    const { page } = await openPage('desktop');
    await page.goto(`${baseUrl}/en`);
    await chartsDrawn(page);
    const { figure, toggle } = await openMenu(page, 'themes');
    const png = figure.getByRole('button', { name: 'Download PNG image' });
    await png.waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await png.focus();
    await page.keyboard.press('Escape');
    await png.waitFor({ state: 'hidden' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  test('“Copy link to this chart” copies the chart’s address with its filters (en, desktop)', async ({ openPage }) => {
    const { page } = await openPage('desktop');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await page.goto(`${baseUrl}/en?place=gba`);
    await chartsDrawn(page);
    const { figure } = await openMenu(page, 'themes');
    await figure.getByRole('button', { name: 'Copy link to this chart' }).click();
    await figure.getByText('Link to this chart copied').waitFor();
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.origin).toBe(baseUrl);
    expect(copied.pathname).toBe('/en');
    expect(copied.hash).toBe('#chart-themes');
    expect(copied.searchParams.get('place')).toBe('gba');
  });
});

// ---- h. slide keys ----

describe('slide keys', () => {
  test('Space on “Next slide” presses it once; f and q outside the slide stage do nothing (en, desktop)', async ({ openPage }) => {
    const { page } = await openPage('desktop');
    await page.goto(`${baseUrl}/en/briefing?brief=themes,places,schemes&slide=1`);
    await chartsDrawn(page);
    await page.getByRole('button', { name: 'Next slide' }).focus();
    await page.keyboard.press(' ');
    await page.waitForURL(/slide=2(&|$)/);
    await page.getByText('Slide 2 of 3').waitFor();
    expect(new URL(page.url()).searchParams.get('slide')).toBe('2');
    // Pressed once, not twice: one step back from there is the first slide (from a third, it would be the second).
    await page.keyboard.press('ArrowLeft');
    await page.getByText('Slide 1 of 3').waitFor();
    expect(new URL(page.url()).searchParams.get('slide')).toBe('1');

    await page.getByRole('navigation', { name: 'Views' }).getByRole('link').first().focus();
    await page.keyboard.press('f');
    await page.keyboard.press('q');
    // Inside the stage the same key works. Keys are handled in order, so once it has shown the words
    // behind the slide, f and q pressed before have had their turn: had q worked outside the stage,
    // this one would have hidden them again.
    await page.locator('section.slide-stage').focus();
    await page.keyboard.press('q');
    await page.getByRole('region', { name: /^The words behind “/ }).waitFor();
    expect(await page.evaluate(() => document.fullscreenElement === null && document.querySelector('.is-fullscreen') === null)).toBe(true);
    expect(await page.locator('.slide__quote').count()).toBe(1);
    expect(new URL(page.url()).pathname).toBe('/en/briefing');
  });
});
