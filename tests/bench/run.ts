/**
 * The performance benchmark: `npm run bench` (not part of `npm test`, it passes or fails nothing).
 *
 * 1. Builds the app as it ships into tests/.artifacts/bench-dist (never dist/).
 * 2. Generates the 50× synthetic dataset with the pipeline (data/pipeline/scale.ts) and the
 *    static reference pages: each language's pre-rendered first view without its scripts (tests/bench/staticReference.ts).
 * 3. Serves three sites like a real host (tests/bench/server.ts: brotli/gzip, long-cache
 *    assets, the app's CSP): the app, the same build with the 50× dataset at the dataset's
 *    URL, and the reference.
 * 4. Lighthouse (mobile preset, simulated throttling, performance only), N runs per site,
 *    each in a fresh Chromium: medians of FCP, LCP, TBT, CLS, SI, transferred bytes, score,
 *    and app/reference ratios, the first view in each of the three languages.
 * 5. Initial JS and CSS (gzip -9 of what index.html loads) and the dataset (gzip -9, brotli).
 * 6. Filter → repaint in Chromium (playwright-core, no throttling) on Explore: a theme
 *    checkbox toggled N times; the time from the click to the first animation frame after
 *    the results count changed; p50/p95, on the real and the 50× dataset.
 * 7. The JS heap after load (after a forced GC) on `/` and on Explore, both datasets.
 *
 * Prints a Markdown report and writes tests/.artifacts/bench/results.{json,md}; every
 * Lighthouse report is kept in tests/.artifacts/bench/lighthouse/.
 *
 * Options: --runs N (Lighthouse runs per site, default 3), --clicks N (default 50),
 * --factor N (synthetic dataset size, default 50), --skip-build (reuse bench-dist),
 * --no-lighthouse-50x (skip Lighthouse on the app with the 50× dataset),
 * --http1 (serve HTTP/1.1 without TLS instead of HTTP/2 over TLS, as the bench did before),
 * --throttling devtools (Lighthouse throttles the page for real, Chrome's own network and CPU
 * throttling, instead of simulating from an unthrottled trace; writes results-devtools.{json,md}),
 * --only filter (steps 1–3 for the app only, then step 6 alone: filter → repaint and the
 * search index, real and 50×, in a few minutes; writes results-filter.{json,md}):
 *
 *   npm run bench -- --only filter            # or: -- --only filter --skip-build --clicks 100
 *
 * Step 6 also times the search index: in Node, `buildRecommendationIndex` on each dataset
 * (median of 3), and in the page, the first search on Explore from Enter to its results
 * count, with the longest main-thread task seen meanwhile (the index is built in a Web
 * Worker, decision 016, so the page stays responsive while it builds).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launch as launchChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium, type Browser, type Page } from 'playwright-core';
import { Dataset, DatasetCore } from '../../src/domain/dataset.ts';
import { splitDataset, withTexts, type DatasetTexts } from '../../src/domain/datasetTexts.ts';
import { buildRecommendationIndex } from '../../src/search/recommendationSearch.ts';
import en from '../../src/i18n/locales/en.json';
import { scaleDataset } from '../../data/pipeline/scale.ts';
import { startStaticServer, type StaticServer } from './server.ts';
import { firstViewSizes, type FirstViewSizes } from './sizes.ts';
import { stackFloor } from './floor.ts';
import { firstViewPath, writeStaticReference } from './staticReference.ts';

// ─── settings ────────────────────────────────────────────────────────────────────────────

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    clicks: { type: 'string', default: '50' },
    factor: { type: 'string', default: '50' },
    'skip-build': { type: 'boolean', default: false },
    'no-lighthouse-50x': { type: 'boolean', default: false },
    http1: { type: 'boolean', default: false },
    only: { type: 'string' },
    throttling: { type: 'string', default: 'simulate' },
  },
});
if (options.throttling !== 'simulate' && options.throttling !== 'devtools') throw new Error(`--throttling takes "simulate" or "devtools", not "${options.throttling}"`);
/** Lighthouse's throttling: simulated from an unthrottled trace (its default, Lantern), or applied for real by DevTools. */
const THROTTLING = options.throttling;
const RESULTS_NAME = THROTTLING === 'devtools' ? 'results-devtools' : 'results';
if (options.only !== undefined && options.only !== 'filter') throw new Error(`--only takes "filter", not "${options.only}"`);
const ONLY_FILTER = options.only === 'filter';
const RUNS = Number(options.runs);
const CLICKS = Number(options.clicks);
const FACTOR = Number(options.factor);
const WARM_UP_CLICKS = 4;

const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
/** Chromium in a sandboxed, offline machine (as tests/browser/support.ts), for Lighthouse. */
// The sites are served over HTTP/2 with a certificate made for the run (server.ts), which Chromium is told to accept.
const LIGHTHOUSE_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--ignore-certificate-errors'];
/** HTTP/2 over TLS, as static hosts serve a site; `--http1` serves HTTP/1.1 without TLS (the bench before 2026-12-01's third session). */
const HTTP2 = !options.http1;
const PROTOCOL = HTTP2 ? 'HTTP/2 over TLS (a self-signed certificate made for the run)' : 'HTTP/1.1 without TLS (--http1)';
/** The same for playwright-core (which adds its own --headless). */
const PLAYWRIGHT_FLAGS = LIGHTHOUSE_FLAGS.filter((flag) => !flag.startsWith('--headless'));

const ARTIFACTS = resolve('tests/.artifacts');
const DIST = join(ARTIFACTS, 'bench-dist');
const REFERENCE = join(ARTIFACTS, 'bench-reference');
const OUT = join(ARTIFACTS, 'bench');
const DATASET_URL = '/data/fhki-2025-policy-address.json';
/** The dataset as the build ships it (the build may write it differently from public/). */
const BUILT_DATASET_PATH = join(DIST, DATASET_URL);
const SCALED_PATH = join(OUT, `dataset-${FACTOR}x.json`);
/** The dataset's texts (the core's second document), as built and scaled. */
const TEXTS_URL = '/data/fhki-2025-policy-address.texts.json';
const SCALED_TEXTS_PATH = join(OUT, `dataset-${FACTOR}x.texts.json`);
/** The 50× site serves the scaled core and texts at the real ones' URLs. */
const SCALED_OVERRIDES = { [DATASET_URL]: SCALED_PATH, [TEXTS_URL]: SCALED_TEXTS_PATH };

const log = (message: string) => console.error(`bench: ${message}`);
const started = Date.now();
/** Other work on the machine skews every figure: the load average is recorded with them. */
const loadAtStart = os.loadavg()[0]!;
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

// ─── small helpers ───────────────────────────────────────────────────────────────────────

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
/** Nearest-rank percentile. */
const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;
const ratio = (a: number, b: number) => (b === 0 ? (a === 0 ? '1.00' : '—') : (a / b).toFixed(2));

function machine(browserVersion: string) {
  const cpus = os.cpus();
  let distro = `${os.type()} ${os.release()}`;
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
    if (pretty) distro = `${pretty} (${os.type()} ${os.release()})`;
  } catch {
    // not Linux: os.type() says enough
  }
  let chromiumVersion = browserVersion;
  try {
    chromiumVersion = execFileSync(CHROME_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // the version playwright reports will do
  }
  const require = createRequire(import.meta.url);
  const lighthouseVersion = (require('lighthouse/package.json') as { version: string }).version;
  let git = 'unknown';
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const changed = execFileSync('git', ['status', '--porcelain', '--', 'src', 'index.html', 'vite.config.ts', 'package.json'], { encoding: 'utf8' }).trim();
    const files = changed.split('\n').length;
    git = changed ? `${head} + uncommitted changes (${files} file${files === 1 ? '' : 's'} in src/ or the build config)` : head;
  } catch {
    // not a git checkout
  }
  return {
    os: distro,
    cpu: `${cpus[0]?.model.trim() ?? 'unknown'} × ${cpus.length}`,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    node: process.version,
    chromium: chromiumVersion,
    lighthouse: lighthouseVersion,
    git,
    loadAverage: `${loadAtStart.toFixed(2)} at start, ${os.loadavg()[0]!.toFixed(2)} at end (1 min)`,
  };
}

// ─── 1–3: build, data, reference, servers ───────────────────────────────────────────────

function build(): void {
  log('building the app into tests/.artifacts/bench-dist …');
  const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error('vite build failed');
}

/** Writes the scaled dataset as the build ships the real one (indented or not): its core and its texts. */
function writeScaledDataset(dataset: Dataset, indented: boolean): { recommendations: number; bytes: number; dataset: Dataset } {
  const scaled = scaleDataset(dataset, FACTOR);
  const check = Dataset.safeParse(scaled);
  if (!check.success) throw new Error(`the ${FACTOR}× dataset is not valid: ${check.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const { core, texts } = splitDataset(scaled);
  const write = (value: unknown) => (indented ? `${JSON.stringify(value, null, 2)}\n` : JSON.stringify(value));
  const text = write(core);
  writeFileSync(SCALED_PATH, text);
  writeFileSync(SCALED_TEXTS_PATH, write(texts));
  return { recommendations: scaled.recommendations.length, bytes: Buffer.byteLength(text), dataset: scaled };
}

// ─── 4: Lighthouse ──────────────────────────────────────────────────────────────────────

interface LighthouseRun {
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  si: number;
  tti: number;
  bytes: number;
  scriptBytes: number;
  requests: number;
  score: number;
  lcpElement?: string;
  warnings: string[];
}
const METRICS = ['fcp', 'lcp', 'tbt', 'cls', 'si', 'tti', 'bytes', 'scriptBytes', 'requests', 'score'] as const;
type Metric = (typeof METRICS)[number];

async function lighthouseRun(url: string, saveAs: string): Promise<LighthouseRun> {
  const chrome = await launchChrome({ chromePath: CHROME_PATH, chromeFlags: LIGHTHOUSE_FLAGS, logLevel: 'error' });
  try {
    // Lighthouse's default config is the mobile preset (Moto G Power, slow 4G, 4× CPU) with simulated throttling.
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], throttlingMethod: THROTTLING });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    writeFileSync(saveAs, typeof result.report === 'string' ? result.report : JSON.stringify(lhr));
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const value = (id: string) => {
      const audit = lhr.audits[id];
      if (audit?.numericValue === undefined) throw new Error(`Lighthouse audit ${id} has no value for ${url}${audit?.errorMessage ? `: ${audit.errorMessage}` : ''}`);
      return audit.numericValue;
    };
    const summary = (lhr.audits['resource-summary']?.details as { items?: { resourceType: string; transferSize: number; requestCount: number }[] } | undefined)?.items ?? [];
    const lcpItems = (lhr.audits['largest-contentful-paint-element']?.details as { items?: { items?: { node?: { selector?: string; snippet?: string } }[] }[] } | undefined)?.items;
    const lcpNode = lcpItems?.[0]?.items?.[0]?.node;
    return {
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      si: value('speed-index'),
      tti: value('interactive'),
      bytes: value('total-byte-weight'),
      scriptBytes: summary.find((item) => item.resourceType === 'script')?.transferSize ?? 0,
      requests: summary.find((item) => item.resourceType === 'total')?.requestCount ?? 0,
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      lcpElement: lcpNode ? `${lcpNode.selector ?? ''} ${lcpNode.snippet ?? ''}`.trim() : undefined,
      warnings: lhr.runWarnings,
    };
  } finally {
    chrome.kill();
  }
}

/** Console errors and page errors seen in the measured pages (none expected: a failing page would measure nothing real). */
const pageProblems: string[] = [];
function watch(page: Page, label: string): void {
  page.on('console', (message) => {
    if (message.type() === 'error') pageProblems.push(`${label}: console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => pageProblems.push(`${label}: page error: ${error.message}`));
}

// ─── 6: filter → repaint ─────────────────────────────────────────────────────────────────

interface RepaintResult {
  page: string;
  clicks: number;
  results: [number, number];
  /** Click → first animation frame after the count changed. */
  p50: number;
  p95: number;
  max: number;
  mean: number;
  /** Click → the DOM change (before the frame). */
  domP50: number;
  /** Medians by direction: checking narrows the results, unchecking brings them all back. */
  narrowP50: number;
  widenP50: number;
  /** Loading Explore until the first checkbox (no throttling). */
  loadMs: number;
  samples: number[];
}

declare global {
  interface Window {
    __benchArm?: () => void;
    __benchRepaint?: Promise<{ toFrame: number; toDom: number; before: string; count: string }>;
  }
}

/**
 * Installed in the page (as source text: the TypeScript runner would wrap named functions
 * in a helper the page does not have). `__benchArm()` before each click sets up
 * `__benchRepaint`: it takes the click event's time, watches the DOM until the results
 * count differs from what it was, then waits for the next animation frame.
 */
const ARM_REPAINT_PROBE = `window.__benchArm = function () {
  var countText = function () { var el = document.querySelector('.explore__count'); return el ? el.textContent : ''; };
  var before = countText();
  window.__benchRepaint = new Promise(function (done, fail) {
    var start;
    document.addEventListener('click', function (event) { start = event.timeStamp; }, { capture: true, once: true });
    var observer = new MutationObserver(function () {
      var now = countText();
      if (now === before || start === undefined) return;
      observer.disconnect();
      var changedAt = performance.now();
      requestAnimationFrame(function () { done({ toFrame: performance.now() - start, toDom: changedAt - start, before: before, count: now }); });
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    setTimeout(function () { observer.disconnect(); fail(new Error('the results count did not change within 60 s')); }, 60000);
  });
};`;

/** Step 6: filter → repaint and the search index, on the real and the scaled dataset. */
async function measureInteraction(browser: Browser, appUrl: string, app50Url: string, dataset: Dataset, scaledDataset: Dataset): Promise<{ repaint: Results['repaint']; search: Results['search'] }> {
  log(`filter → repaint on Explore, real dataset, ${CLICKS} clicks (${elapsed()}) …`);
  const real = await measureRepaint(browser, appUrl);
  log(`  p50 ${ms(real.p50)}, p95 ${ms(real.p95)}`);
  log(`filter → repaint on Explore, ${FACTOR}× dataset (${elapsed()}) …`);
  const big = await measureRepaint(browser, app50Url);
  log(`  p50 ${ms(big.p50)}, p95 ${ms(big.p95)}`);
  log(`search index (${elapsed()}) …`);
  return { repaint: { real, scaled: big }, search: { real: await measureSearch(browser, appUrl, dataset), scaled: await measureSearch(browser, app50Url, scaledDataset) } };
}

/** The theme facet's first checkbox, once it is drawn; the facet starts closed (only verdict and industry start open), so it is opened. */
async function openThemeFacet(page: Page) {
  const summary = page.locator('details.facet > summary', { hasText: new RegExp(`^${en.filters.dimension.theme}`) });
  await summary.waitFor();
  if (!(await summary.evaluate((element) => (element.parentElement as HTMLDetailsElement).open))) await summary.click();
  const checkbox = page.getByRole('group', { name: en.filters.dimension.theme }).getByRole('checkbox').first();
  await checkbox.waitFor();
  return checkbox;
}

async function measureRepaint(browser: Browser, origin: string): Promise<RepaintResult> {
  // Desktop width, where the filter panel is open beside the results. No service worker:
  // its precaching in the background would only add noise to the timings.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, serviceWorkers: 'block', ignoreHTTPSErrors: true });
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  const path = '/en/explore';
  watch(page, `${origin}${path}`);
  const loadStart = Date.now();
  await page.goto(`${origin}${path}`);
  const checkbox = await openThemeFacet(page);
  const loadMs = Date.now() - loadStart;
  const id = await checkbox.getAttribute('id');
  if (!id) throw new Error('the first theme checkbox has no id');
  const target = page.locator(`[id="${id}"]`);
  await page.evaluate(ARM_REPAINT_PROBE);
  const counts = new Set<string>();
  const samples: number[] = [];
  const domSamples: number[] = [];
  const narrowing: number[] = [];
  const widening: number[] = [];
  const countOf = (text: string) => Number(/^[\d,]+/.exec(text)?.[0]?.replace(/,/g, '') ?? NaN);
  for (let i = 0; i < WARM_UP_CLICKS + CLICKS; i++) {
    // A facet that closed itself when its last value was unticked (as it did before issue 17) is opened again, outside the timing.
    await openThemeFacet(page);
    await page.evaluate(() => window.__benchArm!());
    await target.click();
    const sample = await page.evaluate(() => window.__benchRepaint!);
    counts.add(sample.count);
    if (i >= WARM_UP_CLICKS) {
      samples.push(sample.toFrame);
      domSamples.push(sample.toDom);
      (countOf(sample.count) < countOf(sample.before) ? narrowing : widening).push(sample.toFrame);
    }
  }
  await context.close();
  const numbers = [...counts].map(countOf).sort((a, b) => a - b);
  return {
    page: path,
    clicks: samples.length,
    results: [numbers[0] ?? NaN, numbers.at(-1) ?? NaN],
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    max: Math.max(...samples),
    mean: samples.reduce((a, b) => a + b, 0) / samples.length,
    domP50: percentile(domSamples, 50),
    narrowP50: narrowing.length ? median(narrowing) : NaN,
    widenP50: widening.length ? median(widening) : NaN,
    loadMs,
    samples: samples.map((value) => Math.round(value * 10) / 10),
  };
}

// ─── 6, continued: the search index ─────────────────────────────────────────────────────

interface SearchIndexResult {
  recommendations: number;
  /** `buildRecommendationIndex` in Node (this process), median of 3. */
  nodeBuildMs: number;
  /** In the page: Enter in Explore's search box → the first animation frame after the first search's results count. */
  firstSearchMs: number;
  /** The longest main-thread task (Long Tasks API, ≥ 50 ms) between Enter and that frame; 0 when there was none. */
  longestTaskMs: number;
  /** The results count it showed. */
  count: string;
}

/** A query every copy of the data has (the search box's own example). */
const BENCH_QUERY = 'parcel';

declare global {
  interface Window {
    __benchLongTasks?: { start: number; duration: number }[];
    __benchSearch?: Promise<{ start: number; end: number; count: string }>;
  }
}

/** As ARM_REPAINT_PROBE: from the Enter key to the first frame after the count shows the search's results (not the "preparing" line). */
const ARM_SEARCH_PROBE = `(function (preparing) {
  window.__benchLongTasks = [];
  new PerformanceObserver(function (list) {
    list.getEntries().forEach(function (entry) { window.__benchLongTasks.push({ start: entry.startTime, duration: entry.duration }); });
  }).observe({ type: 'longtask' });
  var countText = function () { var el = document.querySelector('.explore__count'); return el ? el.textContent : ''; };
  var before = countText();
  window.__benchSearch = new Promise(function (done, fail) {
    var start;
    document.addEventListener('keydown', function (event) { if (event.key === 'Enter') start = event.timeStamp; }, { capture: true });
    var observer = new MutationObserver(function () {
      var now = countText();
      if (start === undefined || now === before || now === preparing) return;
      observer.disconnect();
      requestAnimationFrame(function () { done({ start: start, end: performance.now(), count: now }); });
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    setTimeout(function () { observer.disconnect(); fail(new Error('the search did not show results within 60 s')); }, 60000);
  });
})`;

function timeNodeBuild(dataset: Dataset): number {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    buildRecommendationIndex(dataset);
    times.push(performance.now() - start);
  }
  return median(times);
}

async function measureSearch(browser: Browser, origin: string, dataset: Dataset): Promise<SearchIndexResult> {
  const nodeBuildMs = timeNodeBuild(dataset);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, serviceWorkers: 'block', ignoreHTTPSErrors: true });
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  const path = '/en/explore';
  watch(page, `${origin}${path} (search)`);
  await page.goto(`${origin}${path}`);
  await openThemeFacet(page);
  await page.evaluate(`${ARM_SEARCH_PROBE}(${JSON.stringify(en.explore.preparingSearch)})`);
  const box = page.getByRole('searchbox', { name: en.explore.search });
  await box.fill(BENCH_QUERY);
  await box.press('Enter');
  const { start, end, count } = await page.evaluate(() => window.__benchSearch!);
  const tasks = await page.evaluate(() => window.__benchLongTasks ?? []);
  await context.close();
  const during = tasks.filter((task) => task.start + task.duration > start && task.start < end);
  return { recommendations: dataset.recommendations.length, nodeBuildMs, firstSearchMs: end - start, longestTaskMs: Math.max(0, ...during.map((task) => task.duration)), count };
}

function repaintMarkdown(settings: Results['settings'], repaint: Results['repaint'], search: Results['search']): string[] {
  const lines: string[] = [];
  const row = (...cells: (string | number)[]) => lines.push(`| ${cells.join(' | ')} |`);
  lines.push(`### Filter → repaint (Explore, ${repaint.real.clicks} clicks after ${settings.warmUpClicks} warm-up)`, '');
  lines.push(settings.repaint, '');
  row('dataset', 'results shown', 'p50', 'p95', 'max', 'median: check (narrows)', 'median: uncheck (widens)', 'p50 to the DOM change', 'Explore load (unthrottled)');
  row('---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:');
  for (const [label, r] of [
    ['real', repaint.real],
    [`${settings.factor}×`, repaint.scaled],
  ] as const) {
    row(label, `${r.results[0].toLocaleString('en')} ↔ ${r.results[1].toLocaleString('en')}`, ms(r.p50), ms(r.p95), ms(r.max), ms(r.narrowP50), ms(r.widenP50), ms(r.domP50), ms(r.loadMs));
  }
  lines.push('', '### Search index', '');
  lines.push(settings.search, '');
  row('dataset', 'recommendations', 'index build in Node (median of 3)', 'first search in the page: Enter → results', 'longest main-thread task meanwhile', 'count shown');
  row('---', '---:', '---:', '---:', '---:', '---');
  for (const [label, r] of [
    ['real', search.real],
    [`${settings.factor}×`, search.scaled],
  ] as const) {
    row(label, r.recommendations.toLocaleString('en'), ms(r.nodeBuildMs), ms(r.firstSearchMs), r.longestTaskMs ? ms(r.longestTaskMs) : 'none ≥ 50 ms', r.count);
  }
  lines.push('');
  return lines;
}

const REPAINT_SETTINGS =
  'playwright-core Chromium at 1440×900, no throttling, no service worker: the first theme checkbox on `/en/explore` clicked, alternately checking and unchecking it; time from the click event to the first animation frame after the results count changed. The overview has no filter control of its own (only removable chips of filters set elsewhere), so Explore is measured.';
const SEARCH_SETTINGS = `The index built by \`buildRecommendationIndex\` in this Node process (what the page does in its worker or, without one, on the main thread); then, in a fresh page of \`/explore?lang=en\` (same browser settings), “${BENCH_QUERY}” typed into the search box and Enter pressed: time from the key to the first frame after the results count of the search, and the longest main-thread task in between (Long Tasks API).`;

/** The app as built, and the same build with the scaled dataset at the dataset's URL; each added to `servers` to be closed. */
async function startAppServers(servers: StaticServer[]): Promise<{ app: StaticServer; app50: StaticServer }> {
  const app = await startStaticServer({ root: DIST, http2: HTTP2 });
  servers.push(app);
  const app50 = await startStaticServer({ root: DIST, overrides: SCALED_OVERRIDES, http2: HTTP2 });
  servers.push(app50);
  return { app, app50 };
}

/** `--only filter`: the app with the real and the scaled dataset, filter → repaint and the search index, nothing else. */
async function runFilterOnly(dataset: Dataset, scaledDataset: Dataset): Promise<void> {
  const servers: StaticServer[] = [];
  try {
    const { app, app50 } = await startAppServers(servers);
    const browser = await chromium.launch({ executablePath: CHROME_PATH, args: PLAYWRIGHT_FLAGS });
    const browserVersion = browser.version();
    let repaint: Results['repaint'];
    let search: Results['search'];
    try {
      ({ repaint, search } = await measureInteraction(browser, app.url, app50.url, dataset, scaledDataset));
    } finally {
      await browser.close();
    }
    const settings = { lighthouseRuns: 0, clicks: CLICKS, warmUpClicks: WARM_UP_CLICKS, factor: FACTOR, lighthouse: 'not run (--only filter)', repaint: REPAINT_SETTINGS, search: SEARCH_SETTINGS, heap: 'not run (--only filter)' };
    const m = machine(browserVersion);
    const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`;
    const lines = [
      `Measured ${new Date().toISOString()} with \`${command}\` in ${Math.round((Date.now() - started) / 1000)} s.`,
      '',
      `Machine: ${m.cpu}, ${m.memory}, ${m.os}; Node ${m.node}; ${m.chromium}. Load average ${m.loadAverage}. Code: ${m.git}.`,
      '',
      ...repaintMarkdown(settings, repaint, search),
      pageProblems.length === 0 ? 'No console error or page error in the measured pages.' : `Errors in the measured pages:\n\n${[...new Set(pageProblems)].map((p) => `- ${p}`).join('\n')}`,
      '',
    ];
    writeFileSync(join(OUT, 'results-filter.json'), `${JSON.stringify({ date: new Date().toISOString(), command, machine: m, settings, repaint, search, problems: [...new Set(pageProblems)] }, null, 2)}\n`);
    writeFileSync(join(OUT, 'results-filter.md'), `${lines.join('\n')}\n`);
    console.log(lines.join('\n'));
    log(`done in ${elapsed()}: tests/.artifacts/bench/results-filter.json and results-filter.md`);
  } finally {
    await Promise.all(servers.map((server) => server.close()));
  }
}

// ─── 7: heap after load ─────────────────────────────────────────────────────────────────

interface HeapResult {
  path: string;
  usedBytes: number;
  totalBytes: number;
  domNodes: number;
}

async function measureHeap(browser: Browser, origin: string, path: string, ready: string): Promise<HeapResult> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, serviceWorkers: 'block', ignoreHTTPSErrors: true });
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  watch(page, `${origin}${path}`);
  await page.goto(`${origin}${path}`);
  await page.locator(ready).first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await context.close();
  return { path, usedBytes: heap.usedSize, totalBytes: heap.totalSize, domNodes: metrics.find((m) => m.name === 'Nodes')?.value ?? NaN };
}

// ─── report ──────────────────────────────────────────────────────────────────────────────

const OTHER_LANGUAGES = ['zh-Hans', 'en'] as const;
type Site = 'app' | 'app50' | 'reference' | `app-${(typeof OTHER_LANGUAGES)[number]}` | `reference-${(typeof OTHER_LANGUAGES)[number]}`;

interface Results {
  date: string;
  command: string;
  durationSeconds: number;
  machine: ReturnType<typeof machine>;
  settings: { lighthouseRuns: number; clicks: number; warmUpClicks: number; factor: number; lighthouse: string; repaint: string; search: string; heap: string };
  datasets: { real: { recommendations: number; bytes: number; gzip: number; br?: number }; scaled: { recommendations: number; bytes: number; gzip: number; br?: number } };
  sizes: FirstViewSizes;
  /** The fixed stack's libraries alone, in the smallest app that uses each (floor.ts), gzip -9 bytes, by router mode. */
  floor: Awaited<ReturnType<typeof stackFloor>>;
  /** The same initial files as the server sends them (brotli 11). */
  served: { jsBr: number; cssBr: number };
  lighthouse: Partial<Record<Site, { url: string; runs: LighthouseRun[]; median: Record<Metric, number> }>>;
  repaint: { real: RepaintResult; scaled: RepaintResult };
  search: { real: SearchIndexResult; scaled: SearchIndexResult };
  heap: { real: HeapResult[]; scaled: HeapResult[] };
  /** Console and page errors in the Playwright-measured pages. */
  problems: string[];
}

function markdown(results: Results): string {
  const { machine: m, lighthouse: lh, sizes, served, datasets, repaint, search, heap, floor } = results;
  const lines: string[] = [];
  const row = (...cells: (string | number)[]) => lines.push(`| ${cells.join(' | ')} |`);
  lines.push(`Measured ${results.date} with \`${results.command}\` in ${Math.round(results.durationSeconds)} s.`, '');
  lines.push(`Machine: ${m.cpu}, ${m.memory}, ${m.os}; Node ${m.node}; ${m.chromium}; Lighthouse ${m.lighthouse}. Load average ${m.loadAverage}. Code: ${m.git}.`, '');

  const app = lh.app?.median;
  const ref = lh.reference?.median;
  const app50 = lh.app50?.median;
  lines.push(`### Lighthouse: first view of \`/\` (median of ${results.settings.lighthouseRuns} runs)`, '');
  lines.push(results.settings.lighthouse, '');
  const head = ['metric', 'app', ...(app50 ? [`app, ${results.settings.factor}× data`] : []), 'static reference (limit)', 'app / limit'];
  row(...head);
  row(...head.map((_cell, i) => (i === 0 ? '---' : '---:')));
  const metricRows: [string, Metric, (value: number) => string][] = [
    ['First Contentful Paint', 'fcp', ms],
    ['Largest Contentful Paint', 'lcp', ms],
    ['Total Blocking Time', 'tbt', ms],
    ['Cumulative Layout Shift', 'cls', (v) => v.toFixed(3)],
    ['Speed Index', 'si', ms],
    ['Time to Interactive', 'tti', ms],
    ['Transferred (all requests)', 'bytes', kB],
    ['of which scripts', 'scriptBytes', kB],
    ['Requests', 'requests', String],
    ['Performance score', 'score', String],
  ];
  for (const [label, key, format] of metricRows) {
    if (!app || !ref) break;
    row(label, format(app[key]), ...(app50 ? [format(app50[key])] : []), format(ref[key]), ratio(app[key], ref[key]));
  }
  const lcpElements = (site: Site) => [...new Set(lh[site]?.runs.map((run) => run.lcpElement).filter(Boolean))].join('; ');
  lines.push('', `LCP element: app ${lcpElements('app') || '?'}; reference ${lcpElements('reference') || '?'}.`, '');

  lines.push('### Lighthouse: the first view in each language (medians)', '');
  row('language', 'path', 'LCP app', 'LCP reference', 'app / reference', 'TBT', 'CLS', 'score');
  row('---', '---', '---:', '---:', '---:', '---:', '---:', '---:');
  for (const [lang, appSite, refSite] of [['zh-Hant', 'app', 'reference'], ...OTHER_LANGUAGES.map((other) => [other, `app-${other}`, `reference-${other}`])] as [string, Site, Site][]) {
    const a = lh[appSite]?.median;
    const r = lh[refSite]?.median;
    if (!a || !r) continue;
    row(lang, new URL(lh[appSite]!.url).pathname, ms(a.lcp), ms(r.lcp), ratio(a.lcp, r.lcp), ms(a.tbt), a.cls.toFixed(3), String(a.score));
  }
  lines.push('');

  lines.push('### Bytes', '');
  row('what', 'gzip -9', 'brotli 11 (as served)', 'files');
  row('---', '---:', '---:', '---:');
  row('initial JS (script + modulepreload in index.html)', kB(sizes.jsTotal), kB(served.jsBr), `${Object.keys(sizes.js).length}`);
  row('initial CSS', kB(sizes.cssTotal), kB(served.cssBr), `${Object.keys(sizes.css).length}`);
  row('floor: the fixed stack alone, data router (tests/bench/floor.ts)', kB(floor.data), '', '');
  row('floor: the fixed stack alone, declarative router', kB(floor.declarative), '', '');
  row(`dataset as built, real (${datasets.real.recommendations} recommendations, ${kB(datasets.real.bytes)} raw)`, kB(datasets.real.gzip), kB(datasets.real.br ?? NaN), '1');
  row(`dataset, ${results.settings.factor}× (${datasets.scaled.recommendations} recommendations, ${kB(datasets.scaled.bytes)} raw)`, kB(datasets.scaled.gzip), kB(datasets.scaled.br ?? NaN), '1');
  lines.push(
    '',
    'The first chart’s code (the lazily loaded bar chart with Recharts) is not in the initial JS; Lighthouse’s “of which scripts” above includes it. ' +
      `The ${results.settings.factor}× dataset repeats the real one, so it compresses far better than real data of that size would (brotli’s window spans many copies): ` +
      'its transfer size says little, its parsing, validation and rendering costs are what it measures.',
    '',
  );

  lines.push(...repaintMarkdown(results.settings, repaint, search));

  lines.push('### JS heap after load (after a forced GC)', '');
  lines.push(results.settings.heap, '');
  row('page', 'real: heap used', 'real: DOM nodes', `${results.settings.factor}×: heap used`, `${results.settings.factor}×: DOM nodes`);
  row('---', '---:', '---:', '---:', '---:');
  heap.real.forEach((real, i) => {
    const scaled = heap.scaled[i]!;
    row(`\`${real.path}\``, `${(real.usedBytes / 2 ** 20).toFixed(1)} MiB`, real.domNodes.toLocaleString('en'), `${(scaled.usedBytes / 2 ** 20).toFixed(1)} MiB`, scaled.domNodes.toLocaleString('en'));
  });
  lines.push('');
  lines.push(results.problems.length === 0 ? 'No console error or page error in the measured pages.' : `Errors in the measured pages:\n\n${results.problems.map((p) => `- ${p}`).join('\n')}`, '');
  const warnings = [...new Set(Object.values(lh).flatMap((site) => site?.runs.flatMap((run) => run.warnings) ?? []))];
  if (warnings.length > 0) lines.push('Lighthouse warnings:', '', ...warnings.map((w) => `- ${w.replace(/\s+/g, ' ')}`), '');
  return lines.join('\n');
}

// ─── main ────────────────────────────────────────────────────────────────────────────────

async function main(): Promise<void> {
  for (const [name, value] of [
    ['--runs', RUNS],
    ['--clicks', CLICKS],
    ['--factor', FACTOR],
  ] as const) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number ≥ 1`);
  }
  mkdirSync(OUT, { recursive: true });
  if (!options['skip-build']) build();

  const datasetText = readFileSync(BUILT_DATASET_PATH, 'utf8');
  const dataset = withTexts(DatasetCore.parse(JSON.parse(datasetText)), JSON.parse(readFileSync(join(DIST, TEXTS_URL), 'utf8')) as DatasetTexts);
  log(`generating the ${FACTOR}× dataset with data/pipeline/scale.ts …`);
  const scaled = writeScaledDataset(dataset, /^\{\s*\n/.test(datasetText));
  const scaledDataset = scaled.dataset;
  if (ONLY_FILTER) {
    log(`${scaled.recommendations} recommendations, ${kB(scaled.bytes)}; precompressing and serving …`);
    await runFilterOnly(dataset, scaledDataset);
    return;
  }
  log(`${scaled.recommendations} recommendations, ${kB(scaled.bytes)}; writing the static reference …`);
  rmSync(REFERENCE, { recursive: true, force: true });
  writeStaticReference({ distDir: DIST, outDir: REFERENCE });

  log('precompressing and serving (brotli 11 takes a while for the large dataset) …');
  const servers: StaticServer[] = [];
  try {
    const { app, app50 } = await startAppServers(servers);
    const reference = await startStaticServer({ root: REFERENCE, http2: HTTP2 });
    servers.push(reference);
    log(`app ${app.url}, app with ${FACTOR}× data ${app50.url}, reference ${reference.url} (${elapsed()})`);

    const sizes = firstViewSizes(DIST);
    const floor = await stackFloor();
    const brotliOf = (files: string[]) => files.reduce((sum, file) => sum + (app.sizes(`/${file}`)?.br ?? app.sizes(`/${file}`)?.identity ?? 0), 0);
    const served = { jsBr: brotliOf(Object.keys(sizes.js)), cssBr: brotliOf(Object.keys(sizes.css)) };
    const datasets: Results['datasets'] = {
      real: { recommendations: dataset.recommendations.length, bytes: Buffer.byteLength(datasetText), gzip: gzipSync(datasetText, { level: 9 }).length, br: app.sizes(DATASET_URL)?.br },
      scaled: { recommendations: scaled.recommendations, bytes: scaled.bytes, gzip: gzipSync(readFileSync(SCALED_PATH), { level: 9 }).length, br: app50.sizes(DATASET_URL)?.br },
    };

    // Lighthouse: the sites in turn within each round, so a slow minute of the machine hits all alike.
    // The first view in each language (zh-Hant at `/` is 'app' and 'reference'), against its own reference.
    const sites: [Site, string][] = [
      ['app', `${app.url}/`],
      ['reference', `${reference.url}/`],
      ...OTHER_LANGUAGES.flatMap((lang): [Site, string][] => [
        [`app-${lang}`, `${app.url}${firstViewPath(lang)}`],
        [`reference-${lang}`, `${reference.url}${firstViewPath(lang)}`],
      ]),
      ...(options['no-lighthouse-50x'] ? [] : ([['app50', `${app50.url}/`]] as [Site, string][])),
    ];
    const lighthouseDir = join(OUT, 'lighthouse');
    rmSync(lighthouseDir, { recursive: true, force: true });
    mkdirSync(lighthouseDir, { recursive: true });
    const runs = new Map<Site, LighthouseRun[]>(sites.map(([site]) => [site, []]));
    for (let round = 1; round <= RUNS; round++) {
      for (const [site, url] of sites) {
        log(`Lighthouse ${site} run ${round}/${RUNS} (${elapsed()}) …`);
        const run = await lighthouseRun(url, join(lighthouseDir, `${site}-${round}.json`));
        log(`  FCP ${ms(run.fcp)}, LCP ${ms(run.lcp)}, TBT ${ms(run.tbt)}, CLS ${run.cls.toFixed(3)}, ${kB(run.bytes)}, score ${run.score}`);
        runs.get(site)!.push(run);
      }
    }
    const lighthouseResults: Results['lighthouse'] = {};
    for (const [site, url] of sites) {
      const list = runs.get(site)!;
      lighthouseResults[site] = { url, runs: list, median: Object.fromEntries(METRICS.map((metric) => [metric, median(list.map((run) => run[metric]))])) as Record<Metric, number> };
    }

    const browser = await chromium.launch({ executablePath: CHROME_PATH, args: PLAYWRIGHT_FLAGS });
    const browserVersion = browser.version();
    let repaint: Results['repaint'];
    let search: Results['search'];
    let heap: Results['heap'];
    try {
      ({ repaint, search } = await measureInteraction(browser, app.url, app50.url, dataset, scaledDataset));
      log(`heap after load (${elapsed()}) …`);
      const pages: [string, string][] = [
        ['/', '.recharts-surface'],
        ['/en/explore', '.results .result'],
      ];
      heap = { real: [], scaled: [] };
      for (const [path, ready] of pages) {
        heap.real.push(await measureHeap(browser, app.url, path, ready));
        heap.scaled.push(await measureHeap(browser, app50.url, path, ready));
      }
    } finally {
      await browser.close();
    }

    const results: Results = {
      date: new Date().toISOString(),
      command: 'npm run bench',
      durationSeconds: (Date.now() - started) / 1000,
      machine: machine(browserVersion),
      settings: {
        lighthouseRuns: RUNS,
        clicks: CLICKS,
        warmUpClicks: WARM_UP_CLICKS,
        factor: FACTOR,
        lighthouse:
          `Lighthouse (npm), performance category only, its default mobile preset (Moto G Power viewport, slow 4G, 4× CPU slowdown) with ${THROTTLING === 'devtools' ? 'DevTools throttling (applied for real, not simulated)' : 'simulated throttling'}, a fresh headless Chromium per run; the sites served by tests/bench/server.ts over ${PROTOCOL} (brotli 11, long-cache /assets/, the app’s CSP). The reference of each language is its pre-rendered first view with the scripts and preloads taken out: the same HTML, SVG, CSS and CSP, no JavaScript (tests/bench/staticReference.ts).`,
        repaint: REPAINT_SETTINGS,
        search: SEARCH_SETTINGS,
        heap: 'playwright-core Chromium at 1440×900, after the first chart (or the results) rendered and the network went idle; two `HeapProfiler.collectGarbage`, then `Runtime.getHeapUsage` (used size).',
      },
      datasets,
      sizes,
      floor,
      served,
      lighthouse: lighthouseResults,
      repaint,
      search,
      heap,
      problems: [...new Set(pageProblems)],
    };
    const report = markdown(results);
    writeFileSync(join(OUT, `${RESULTS_NAME}.json`), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(join(OUT, `${RESULTS_NAME}.md`), `${report}\n`);
    console.log(report);
    log(`done in ${elapsed()}: tests/.artifacts/bench/${RESULTS_NAME}.json and ${RESULTS_NAME}.md`);
  } finally {
    await Promise.all(servers.map((server) => server.close()));
  }
}

try {
  await main();
} catch (error) {
  console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
}
