/**
 * XSS in Chromium: the OWASP filter-evasion payloads of xssPayloads.ts are put into every
 * free-text field of the dataset and of the source text (served in place of the bundled
 * files), into the title and detail of the API's error bodies, and into every URL parameter
 * the app reads, the path and the hash. On every view, in English and Chinese:
 * - nothing runs: alert/confirm/prompt and a global flag are trapped before any page
 *   script, in every frame; page errors, console errors and stray requests fail too;
 * - the document holds no markup a payload could have made (event-handler attributes,
 *   frames, objects, scripts in the body...) and no link or source with a scheme other
 *   than http(s) or mailto;
 * - the payloads are shown as the same literal text, visible where the data is shown.
 *
 * Each context blocks service workers (the app's worker would answer the data files from its
 * precache, and requests it answers never reach `route`) and bypasses the CSP (see openTrappedPage).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, BrowserContextOptions, ConsoleMessage, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject } from 'vitest';
import { Dataset, LANGUAGES, type Language } from '../../src/domain/dataset.ts';
import { splitDataset } from '../../src/domain/datasetTexts.ts';
import { SourceDocument } from '../../src/domain/sourceDocument.ts';
import en from '../../src/i18n/locales/en.json';
import zhHans from '../../src/i18n/locales/zh-Hans.json';
import zhHant from '../../src/i18n/locales/zh-Hant.json';
import { chartBars, dataset, test, useBrowser, VIEWPORTS, waitForTheAppOnNavigation } from './support.ts';
import { XSS_PAYLOADS } from './xssPayloads.ts';

declare global {
  interface Window {
    __xss: unknown;
    __dialogs: string[];
    __xssReport?: (kind: string, detail: string) => void;
  }
}

const session = useBrowser();
const apiUrl = inject('apiUrl');
const locales = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant } as const;
const sourceDocument = JSON.parse(readFileSync(resolve('public/data/fhki-2025-policy-address.source.json'), 'utf8')) as SourceDocument;

/** What the report at the end adds up. */
const tally = { datasetChecks: 0, datasetViews: 0, urlValues: 0, urlViews: 0, urlShown: 0, apiBodies: 0, hrefsChecked: 0 };

// ---------------------------------------------------------------------------------------
// The hostile documents

/** Strings that are ids, references, enums, dates or hashes: they stay as they are. */
const REFERENCE_KEYS = new Set([
  'id', 'submissionId', 'sourceSha256', 'revision', 'date', 'pillarId', 'chapterId', 'sectionId', 'number', 'kind', 'action', 'themes', 'levers', 'industries', 'addressees',
  'places', 'schemeIds', 'askIds', 'recommendationIds', 'recommendationId', 'request', 'source', 'unit', 'currency', 'parentId',
  'role', 'direction', 'schemeId', 'signal', 'repeats', 'verdict', 'confidence', 'outcome', 'askId', 'delivered', 'scope', 'url',
  // A response's sub-item letters ("vi"): the schema allows roman numerals only.
  'item.zh-Hant', 'item.en', 'sourceSha256.zh-Hant', 'sourceSha256.en',
]);
/** Free text outside a three-language object: an ask's quote, a line of the source text, an urgency word. */
const FREE_TEXT_KEYS = new Set(['quote', 'text', 'word']);
/** Text in one or two languages that is not a full three-language object (an urgency quote, the terms searched for). */
const PARTIAL_LANGUAGE_KEYS = new Set(['zh-Hant', 'zh-Hans', 'en']);

interface Injection {
  path: string;
  value: string;
  payload: string;
}

const isLocalized = (value: unknown): value is Record<Language, string> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === LANGUAGES.length && LANGUAGES.every((lang) => typeof (value as Record<string, unknown>)[lang] === 'string');

/**
 * A copy of `document` with a payload in every free-text string, the payloads taken in turn
 * (the cursor runs on from one document to the next). Half are appended to the text, half put
 * before it, so some values start with the payload (`javascript:…` as the first characters).
 */
function poison<T>(document: T, cursor: { next: number }) {
  const injections: Injection[] = [];
  const untouched = new Set<string>();
  const text = (original: string, path: string[]) => {
    const index = cursor.next++;
    const payload = XSS_PAYLOADS[index % XSS_PAYLOADS.length]!;
    const value = index % 2 === 0 ? `${original} ${payload}` : `${payload} ${original}`;
    injections.push({ path: path.join('.'), value, payload });
    return value;
  };
  const walk = (value: unknown, path: string[]): unknown => {
    if (Array.isArray(value)) return value.map((item, index) => walk(item, [...path, String(index)]));
    if (isLocalized(value)) return Object.fromEntries(LANGUAGES.map((lang) => [lang, text(value[lang], [...path, lang])]));
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => {
          const free = FREE_TEXT_KEYS.has(key) || (PARTIAL_LANGUAGE_KEYS.has(key) && path.at(-1) !== 'item' && path.at(-1) !== 'sourceSha256');
          if (typeof item === 'string' && free) return [key, text(item, [...path, key])];
          if (Array.isArray(item) && free) return [key, item.map((term, index) => (typeof term === 'string' ? text(term, [...path, key, String(index)]) : walk(term, [...path, key, String(index)])))];
          return [key, walk(item, [...path, key])];
        }),
      );
    }
    if (typeof value === 'string') {
      const key = /^\d+$/.test(path.at(-1)!) ? path.at(-2)! : path.at(-1)!;
      untouched.add(PARTIAL_LANGUAGE_KEYS.has(key) ? `${path.at(-2)}.${key}` : key);
    }
    return value;
  };
  return { document: walk(document, []) as T, injections, untouched };
}

const cursor = { next: 0 };
const hostile = poison(dataset, cursor);
const hostileSource = poison(sourceDocument, cursor);
const H = hostile.document;
/**
 * The hostile dataset as the app loads it: its core, and its texts (as poisoned as the rest). It is
 * other data than the build's, so it has another revision: the pages pre-rendered from the bundled
 * data are drawn afresh over it, never hydrated with it.
 */
const hostileParts = splitDataset({ ...H, revision: `${H.revision.startsWith('0') ? '1' : '0'}${H.revision.slice(1)}` });
const allInjections = [...hostile.injections, ...hostileSource.injections];

const byId = <T extends { id: string }>(items: readonly T[], id: string): T => {
  const found = items.find((item) => item.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};
const unique = <T,>(items: readonly T[]) => [...new Set(items)];

// Recommendations to open: the first, the last, one with numbers, places and schemes, one whose section's lead has a figure.
const recs = dataset.recommendations;
const richRec = recs.find((rec) => rec.askIds.length > 0 && rec.places.length > 0 && rec.schemeIds.length > 0) ?? recs.find((rec) => rec.askIds.length > 0) ?? recs[0]!;
const leadRec = recs.find((rec) => dataset.asks.some((ask) => ask.source === 'lead' && ask.sectionId === rec.sectionId)) ?? recs[1]!;
const REC_IDS = unique([recs[0]!.id, richRec.id, leadRec.id, recs.at(-1)!.id]);
const highlighted = recs.find((rec) => rec.id === 'R-5.2-1') ?? richRec;
const usedThemes = dataset.themes.filter((theme) => recs.some((rec) => rec.themes.includes(theme.id)));
const usedPlaces = dataset.places.filter((place) => recs.some((rec) => rec.places.includes(place.id)));

/** Everything the recommendation page shows of one recommendation, in one language. */
function recommendationTexts(id: string, lang: Language): string[] {
  const rec = byId(H.recommendations, id);
  const section = byId(H.sections, rec.sectionId);
  const chapter = byId(H.chapters, section.chapterId);
  const pillar = byId(H.pillars, chapter.pillarId);
  const leadAsks = section.lead ? H.asks.filter((ask) => ask.source === 'lead' && ask.sectionId === section.id) : [];
  return [
    rec.text[lang],
    pillar.title[lang],
    chapter.title[lang],
    ...(section.implicit ? [] : [section.title[lang]]),
    ...(section.lead ? [section.lead[lang]] : []),
    ...rec.themes.map((theme) => byId(H.themes, theme).label[lang]),
    ...rec.addressees.map((addressee) => byId(H.addressees, addressee).label[lang]),
    ...rec.places.map((place) => byId(H.places, place).label[lang]),
    ...rec.schemeIds.map((scheme) => byId(H.schemes, scheme).name[lang]),
    ...[...rec.askIds.map((ask) => byId(H.asks, ask)), ...leadAsks].flatMap((ask) => [ask.label[lang], ask.quote]),
  ];
}

// ---------------------------------------------------------------------------------------
// A page with its traps

interface Trapped {
  context: BrowserContext;
  page: Page;
  /** Everything seen since the last check, emptied by `takeFindings`. */
  findings: string[];
  /** Requests the page has made that have not finished yet. */
  pending: Set<Request>;
}

/** Console errors that a test provokes on purpose (the API's error statuses). */
type ExpectedConsole = (message: ConsoleMessage) => boolean;

const APP_HOSTS = () => [session.baseUrl, session.apiAppUrl, apiUrl].map((url) => new URL(url).host);

/** A new context: the test's own (closed when it ends), or a describe block's (closed in its afterAll). */
type NewContext = (options: BrowserContextOptions) => Promise<BrowserContext>;
/** For a describe block's beforeAll, where the test fixtures are not available. */
const sharedContext: NewContext = (options) => session.browser().newContext(options);

async function openTrappedPage(newContext: NewContext, expectedConsole: ExpectedConsole = () => false): Promise<Trapped> {
  // bypassCSP: the rendering itself must keep every payload inert; the app's Content Security
  // Policy is a second wall, not what this suite tests (a payload parsed as markup fails the
  // audit and the literal-text checks whether or not the CSP would have stopped it running).
  const context = await newContext({ viewport: VIEWPORTS.desktop, deviceScaleFactor: 1, serviceWorkers: 'block', bypassCSP: true });
  const findings: string[] = [];
  // Reaches Node from any frame, even one whose own window the page cannot read.
  await context.exposeBinding('__xssReport', (source, kind: string, detail: string) => {
    findings.push(`executed ${kind}(${detail}) in ${source.frame.url()}`);
  });
  // Before any page script, in every frame: the flag and the three dialogs are trapped.
  await context.addInitScript(() => {
    // As in a browser without service workers, so the app does not try to register one
    // (they are blocked above, and would answer the data files from their cache).
    delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
    const record = (kind: string, detail: unknown) => {
      window.__dialogs.push(`${kind}(${String(detail)})`);
      try {
        window.__xssReport?.(kind, String(detail));
      } catch {
        // an opaque frame may not have the binding; __dialogs and the frame count still tell
      }
    };
    window.__dialogs = [];
    let flag: unknown = false;
    Object.defineProperty(window, '__xss', {
      configurable: false,
      get: () => flag,
      set: (value: unknown) => {
        flag = value;
        if (value !== false) record('__xss', value);
      },
    });
    window.__xss = false;
    window.alert = (message?: unknown) => record('alert', message);
    window.confirm = (message?: string) => {
      record('confirm', message);
      return false;
    };
    window.prompt = (message?: string) => {
      record('prompt', message);
      return null;
    };
  });
  const page = waitForTheAppOnNavigation(await context.newPage());
  page.on('dialog', (dialog) => {
    findings.push(`dialog ${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('pageerror', (error) => findings.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !expectedConsole(message)) findings.push(`console.error: ${message.text()} (${message.location().url})`);
  });
  const hosts = APP_HOSTS();
  page.on('request', (request) => {
    const url = new URL(request.url());
    // Only the app, its data and the API; a payload parsed as HTML would ask for "x", "1" or a script.
    const stray = !hosts.includes(url.host) || /\/(x|1)$/.test(url.pathname) || /xss/i.test(url.pathname);
    // The address the test itself opens may well hold a payload.
    if (request.isNavigationRequest() && request.frame() === page.mainFrame() && hosts.includes(url.host)) return;
    if (stray) findings.push(`stray request: ${request.method()} ${request.url()}`);
  });
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame()) findings.push(`a frame was loaded: ${frame.url()}`);
  });
  const pending = new Set<Request>();
  page.on('request', (request) => pending.add(request));
  page.on('requestfinished', (request) => pending.delete(request));
  page.on('requestfailed', (request) => pending.delete(request));
  return { context, page, findings, pending };
}

const takeFindings = (trapped: Trapped) => trapped.findings.splice(0);

/**
 * Lets late handlers have their turn: an image's onerror comes once its request has failed, so
 * every request the page made must have ended; a toggle event or autofocus, by the next frames.
 */
async function settle({ page, pending }: Trapped): Promise<void> {
  await expect.poll(() => [...pending].map((request) => request.url()), { timeout: 15_000, message: 'requests still running' }).toEqual([]);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/**
 * Markup no view of the app ever makes, and that a payload parsed as HTML would: event
 * handler attributes, frames and plug-ins, scripts and styles in the body, unsafe URLs.
 */
function auditDocument(): { problems: string[]; urls: number } {
  const problems: string[] = [];
  let urls = 0;
  const foreign = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'marquee', 'bgsound', 'isindex', 'xss', 'math', 'audio', 'video', 'source', 'img', 'image', 'animate', 'set', 'foreignobject', 'textarea']);
  const urlAttributes = new Set(['href', 'xlink:href', 'src', 'action', 'formaction', 'background', 'data', 'poster', 'cite', 'lowsrc', 'dynsrc', 'ping']);
  const show = (element: Element) => element.outerHTML.slice(0, 160);
  for (const element of document.querySelectorAll('*')) {
    const tag = element.localName.toLowerCase();
    if (foreign.has(tag)) problems.push(`unexpected <${tag}>: ${show(element)}`);
    if (['script', 'style', 'link', 'meta', 'title'].includes(tag) && element.closest('body') && !element.closest('svg')) problems.push(`<${tag}> in the body: ${show(element)}`);
    if (tag === 'script' && !/^\/assets\/[\w.-]+\.js$/.test(element.getAttribute('src') ?? '')) problems.push(`a script that is not the app's: ${show(element)}`);
    if (tag === 'meta' && element.hasAttribute('http-equiv')) problems.push(`<meta http-equiv>: ${show(element)}`);
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`event handler ${name}: ${show(element)}`);
      if (name === 'srcdoc' || name === 'formaction') problems.push(`${name}: ${show(element)}`);
      if (name === 'style' && /expression\s*\(|javascript:|behavior\s*:/i.test(attribute.value)) problems.push(`script in a style: ${show(element)}`);
      if (urlAttributes.has(name)) {
        urls++;
        // The browser ignores control characters and white space before and inside a scheme.
        const compact = [...attribute.value].filter((char) => char.charCodeAt(0) > 0x20 && (char.charCodeAt(0) < 0x7f || char.charCodeAt(0) > 0xa0)).join('').toLowerCase();
        const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
        if (scheme !== undefined && !['http', 'https', 'mailto'].includes(scheme)) problems.push(`${name} with the scheme "${scheme}": ${show(element)}`);
      }
    }
  }
  return { problems, urls };
}

/**
 * For each value: 'visible' when one of the innermost elements holding all of it as text
 * is rendered (a chart's <title> holds a label too, but is never rendered), 'hidden' when
 * it is in the text but nowhere rendered, 'missing' when the text does not hold it (it was
 * dropped, cut, or parsed as markup).
 */
function findLiterally(values: string[]): string[] {
  const shownIn = (element: Element, value: string): boolean => {
    const holders = [...element.children].filter((child) => child.textContent?.includes(value));
    return holders.length === 0 ? element.checkVisibility() : holders.some((child) => shownIn(child, value));
  };
  return values.map((value) => (!document.body.textContent?.includes(value) ? 'missing' : shownIn(document.body, value) ? 'visible' : 'hidden'));
}

/** Nothing ran, nothing was injected, the document is still the app's, and a heading is shown. */
async function expectSafe(trapped: Trapped, label: string): Promise<void> {
  const { page } = trapped;
  await settle(trapped);
  const state = await page.evaluate(() => ({ flag: window.__xss, dialogs: window.__dialogs }));
  const audit = await page.evaluate(auditDocument);
  tally.hrefsChecked += audit.urls;
  expect(state.flag, `window.__xss on ${label}`).toBe(false);
  expect(state.dialogs, `dialogs on ${label}`).toEqual([]);
  expect(takeFindings(trapped), `what ran or failed on ${label}`).toEqual([]);
  expect(page.frames().map((frame) => frame.url()), `frames on ${label}`).toEqual([page.url()]);
  expect(audit.problems, `markup on ${label}`).toEqual([]);
  const heading = page.getByRole('heading', { level: 1 }).first();
  expect(await heading.isVisible(), `a heading on ${label}`).toBe(true);
  expect((await heading.textContent())?.trim(), `the heading's text on ${label}`).not.toBe('');
}

/** Every one of `values` is shown, whole and as text, where the reader can see it. */
async function expectShown(page: Page, values: readonly string[], label: string): Promise<void> {
  const wanted = unique(values);
  const results = await page.evaluate(findLiterally, wanted);
  const notShown = wanted.flatMap((value, i) => (results[i] === 'visible' ? [] : [`${results[i]}: ${value}`]));
  expect(notShown, `payloads not shown as text on ${label} (of ${wanted.length})`).toEqual([]);
}

/** At least one of `values` is shown as text (a chart's first row depends on its sort). */
async function expectSomeShown(page: Page, values: readonly string[], label: string): Promise<void> {
  const results = await page.evaluate(findLiterally, unique(values));
  expect(results.filter((result) => result === 'visible').length, `none of ${values.length} payloads shown as text on ${label}`).toBeGreaterThan(0);
}

const withParams = (path: string, params: Record<string, string>) => {
  const [beforeHash, hash] = path.split('#');
  const url = new URL(beforeHash!, 'http://x.invalid');
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return `${url.pathname}${url.search}${hash === undefined ? '' : `#${hash}`}`;
};
const withLang = (path: string, lang: Language) => (lang === 'zh-Hant' ? path : withParams(path, { lang }));

const waitForHeading = (page: Page) => page.getByRole('heading', { level: 1 }).first().waitFor();

// ---------------------------------------------------------------------------------------

/** A payload with its character references, URL, JS and base64 escapes undone and look-alike characters folded. */
const decoded = (payload: string) =>
  payload
    .replace(/&#(x?)([0-9a-f]+);?/gi, (_match, hex: string, digits: string) => String.fromCodePoint(parseInt(digits, hex ? 16 : 10)))
    .replace(/\\u([0-9a-f]{4})|\\x([0-9a-f]{2})/gi, (_match, u?: string, x?: string) => String.fromCharCode(parseInt(u ?? x!, 16)))
    .replace(/%([0-9a-f]{2})/gi, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/base64,([\w+/]+=*)/g, (_match, base64: string) => Buffer.from(base64, 'base64').toString('utf8'))
    .normalize('NFKC');

test('the traps and checks catch a payload that is parsed as markup (so a pass means something)', async ({ newContext }) => {
  const trapped = await openTrappedPage(newContext);
  const { page } = trapped;
  await page.goto(`${session.baseUrl}/en/schemes`);
  await waitForHeading(page);
  const planted = ['<img src=x onerror="window.__xss=true">', '<a href="javascript:alert(1)">xss</a>', '<iframe srcdoc="<script>parent.confirm(1)</script>"></iframe>'];
  await page.evaluate((markup) => {
    const container = document.createElement('div');
    container.innerHTML = markup.join(''); // what the app must never do
    document.querySelector('main')!.append(container);
  }, planted);
  await page.waitForFunction(() => window.__dialogs.length >= 2);
  await settle(trapped);
  const findings = takeFindings(trapped).join('\n');
  expect(findings).toContain('executed __xss(true)');
  expect(findings).toContain('executed confirm(1)');
  expect(findings).toMatch(/stray request: GET .*\/x$/m);
  expect(await page.evaluate(() => window.__xss)).toBe(true);
  expect(page.frames()).toHaveLength(2);
  const audit = (await page.evaluate(auditDocument)).problems.join('\n');
  for (const sign of ['unexpected <img>', 'event handler onerror', 'href with the scheme "javascript"', 'unexpected <iframe>', 'srcdoc']) expect(audit).toContain(sign);
  expect(await page.evaluate(findLiterally, planted)).toEqual(['missing', 'missing', 'missing']);
});

test('the payload list: at least 40, unique, each naming a trapped sink, none too long for a search', () => {
  expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(40);
  expect(new Set(XSS_PAYLOADS).size).toBe(XSS_PAYLOADS.length);
  for (const payload of XSS_PAYLOADS) {
    expect(decoded(payload), `${payload} names __xss, alert, confirm or prompt`).toMatch(/__xss|alert|confirm|prompt|__x'\+'ss/);
    expect(payload.length, payload).toBeLessThanOrEqual(200);
    expect(payload.trim(), payload).toBe(payload);
  }
});

describe('payloads in every free-text field of the dataset and of the source text', () => {
  test('the hostile documents still pass the app schemas, and every string left alone is an id, a reference, an enum, a date or a hash', () => {
    const parsed = Dataset.safeParse(H);
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 5)).toEqual([]);
    const parsedSource = SourceDocument.safeParse(hostileSource.document);
    expect(parsedSource.success ? [] : parsedSource.error.issues.slice(0, 5)).toEqual([]);
    expect([...hostile.untouched, ...hostileSource.untouched].filter((key) => !REFERENCE_KEYS.has(key))).toEqual([]);
    // Every kind of free text got payloads, in all three languages.
    const kinds = new Set(allInjections.map((injection) => injection.path.replace(/\.\d+\./g, '.')));
    for (const kind of ['submission.title.en', 'submission.author.zh-Hant', 'pillars.title.zh-Hans', 'chapters.title.en', 'sections.title.en', 'sections.lead.zh-Hant', 'recommendations.text.en', 'themes.label.en', 'themes.rule.zh-Hans', 'levers.label.en', 'industries.rule.zh-Hant', 'schemes.name.en', 'schemes.administrator.zh-Hant', 'asks.label.en', 'asks.quote', 'addressees.label.en', 'places.label.zh-Hant', 'pages.paragraphs.text', 'recommendations.urgency.quote.zh-Hans', 'recommendations.response.reason.en', 'recommendations.response.quote.zh-Hant', 'recommendations.response.searched.en.0', 'responseDocument.title.en']) {
      expect(kinds, kind).toContain(kind);
    }
    // Every payload was used, many times over.
    expect(new Set(allInjections.map((injection) => injection.payload)).size).toBe(XSS_PAYLOADS.length);
  });

  interface View {
    name: string;
    path: string;
    /** Parameters in the reader's language (a search for one of the payloads). */
    params?: (lang: Language) => Record<string, string>;
    ready?: (page: Page) => Promise<unknown>;
    /** More to check on the page, once it is safe. */
    check?: (page: Page, lang: Language) => Promise<void>;
    /** Injected values each of which must be shown as visible text. */
    all: (lang: Language) => string[];
    /** At least one of these must be. */
    some?: (lang: Language) => string[];
    /** Something to do next on the same page, and what must be shown then. */
    then?: { name: string; act: (page: Page, lang: Language) => Promise<unknown>; all: (lang: Language) => string[] };
  }

  const firstAsk = H.asks.find((ask) => ask.role === 'ask' && ask.value !== null) ?? H.asks[0]!;
  const queried = byId(H.recommendations, richRec.id);
  const queriedTheme = queried.themes[0]!;
  const queryFor = (lang: Language) => allInjections.find((injection) => injection.path === `recommendations.${recs.indexOf(richRec)}.text.${lang}`)!.payload;
  const pageTexts = (number: number) => hostileSource.document.pages[number - 1]!.paragraphs.map((paragraph) => paragraph.text);

  const VIEWS: View[] = [
    {
      name: 'overview',
      path: '/',
      ready: (page) => chartBars(page).first().waitFor(),
      all: (lang) => [firstAsk.label[lang], firstAsk.quote],
      some: (lang) => usedThemes.map((theme) => byId(H.themes, theme.id).label[lang]),
      then: {
        name: 'overview, the themes chart as a table',
        act: async (page, lang) => {
          await page.locator('figure#chart-themes').getByRole('button', { name: locales[lang].chart.table, exact: true }).click();
          await page.locator('figure#chart-themes').getByRole('table').waitFor();
        },
        all: (lang) => usedThemes.map((theme) => byId(H.themes, theme.id).label[lang]),
      },
    },
    {
      name: 'explore',
      path: '/explore',
      ready: (page) => page.locator('.results').waitFor(),
      all: (lang) => [H.recommendations[0]!.text[lang], byId(H.sections, recs[0]!.sectionId).title[lang]],
      // The results' chips name their industries and kinds of help.
      some: (lang) => [...H.industries, ...H.levers].map((value) => value.label[lang]),
      // The list draws the results near the screen (decision 016): the last one once scrolled to.
      then: {
        name: 'explore, scrolled to the last result',
        act: async (page) => {
          await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
          await page.locator(`ol.results > li[aria-posinset="${H.recommendations.length}"]`).waitFor();
        },
        all: (lang) => [H.recommendations.at(-1)!.text[lang]],
      },
    },
    {
      name: 'explore with a payload as the search and a filter',
      path: '/explore',
      params: (lang) => ({ theme: queriedTheme, q: queryFor(lang) }),
      ready: (page) => page.getByRole('searchbox').waitFor(),
      // The filter's chip names the theme; the search box holds the query as it was given.
      all: (lang) => [byId(H.themes, queriedTheme).label[lang]],
      check: async (page, lang) => expect(await page.getByRole('searchbox').inputValue()).toBe(queryFor(lang)),
    },
    {
      name: 'schemes',
      path: '/schemes',
      all: (lang) => [H.schemes[0]!.name[lang], H.schemes[0]!.administrator[lang], byId(H.recommendations, dataset.schemes[0]!.recommendationIds[0]!).text[lang]],
    },
    { name: 'source, page 1', path: '/source?page=1', all: () => pageTexts(1) },
    {
      name: `source, page ${highlighted.page} with ${highlighted.id} highlighted`,
      path: `/source?page=${highlighted.page}#${highlighted.id}`,
      ready: (page) => page.locator('mark').first().waitFor(),
      all: () => pageTexts(highlighted.page),
    },
    {
      name: 'structure, every section open',
      path: '/structure?open=all',
      all: (lang) => [
        H.submission.title[lang],
        ...H.pillars.map((pillar) => pillar.title[lang]),
        ...H.chapters.map((chapter) => chapter.title[lang]),
        ...H.sections.filter((section) => !section.implicit).slice(0, 5).map((section) => section.title[lang]),
        ...H.sections.flatMap((section) => (section.lead ? [section.lead[lang]] : [])).slice(0, 3),
        H.recommendations[0]!.text[lang],
        H.recommendations.at(-1)!.text[lang],
      ],
    },
    {
      name: 'briefing, slides',
      path: '/briefing?brief=themes,places',
      ready: (page) => chartBars(page).first().waitFor(),
      all: () => [],
      some: (lang) => usedThemes.map((theme) => byId(H.themes, theme.id).label[lang]),
    },
    {
      name: 'briefing, print pack',
      path: '/briefing?brief=themes,places&print=1',
      ready: (page) => page.locator('.count-table').nth(1).waitFor(),
      all: (lang) => [H.submission.title[lang], ...usedThemes.map((theme) => byId(H.themes, theme.id).label[lang]), ...usedPlaces.map((place) => byId(H.places, place.id).label[lang])],
      some: () => H.recommendations.map((rec) => rec.text['zh-Hant']),
    },
    ...REC_IDS.map((id) => ({
      name: `recommendation ${id}`,
      path: `/recommendations/${id}`,
      ready: (page: Page) => page.locator('figure.quote blockquote').waitFor(),
      all: (lang: Language) => recommendationTexts(id, lang),
    })),
    { name: 'submissions', path: '/submissions', all: (lang) => [H.submission.title[lang], H.submission.author[lang]] },
  ];

  // English and traditional Chinese see every view; simplified Chinese (its own payloads) the ones that show the most fields.
  const ZH_HANS_VIEWS = new Set(['overview', 'explore', 'structure, every section open', `recommendation ${richRec.id}`, `recommendation ${leadRec.id}`, 'briefing, print pack']);
  describe.each(['en', 'zh-Hant', 'zh-Hans'] as const)('in %s', (lang) => {
    let trapped: Trapped;
    const served = { dataset: 0, source: 0 };
    beforeAll(async () => {
      trapped = await openTrappedPage(sharedContext);
      await trapped.context.route('**/data/fhki-2025-policy-address.json', (route) => {
        served.dataset++;
        return route.fulfill({ json: hostileParts.core });
      });
      await trapped.context.route('**/data/fhki-2025-policy-address.texts.json', (route) => {
        served.dataset++;
        return route.fulfill({ json: hostileParts.texts });
      });
      await trapped.context.route('**/data/fhki-2025-policy-address.source.json', (route) => {
        served.source++;
        return route.fulfill({ json: hostileSource.document });
      });
    });
    afterAll(async () => {
      await trapped?.context.close();
    });

    test.each(lang === 'zh-Hans' ? VIEWS.filter((view) => ZH_HANS_VIEWS.has(view.name)) : VIEWS)('$name', async (view) => {
      const { page } = trapped;
      const path = view.params ? withParams(view.path, view.params(lang)) : view.path;
      await page.goto(`${session.baseUrl}${withLang(path, lang)}`);
      await waitForHeading(page);
      await view.ready?.(page);
      const label = `${view.name} (${lang})`;
      await expectSafe(trapped, label);
      const wanted = view.all(lang);
      await expectShown(page, wanted, label);
      if (wanted[0]) expect(await page.getByText(wanted[0], { exact: false }).count(), `getByText on ${label}`).toBeGreaterThan(0);
      if (view.some) await expectSomeShown(page, view.some(lang), label);
      await view.check?.(page, lang);
      if (view.then) {
        await view.then.act(page, lang);
        await expectSafe(trapped, `${view.then.name} (${lang})`);
        await expectShown(page, view.then.all(lang), `${view.then.name} (${lang})`);
      }
      // For the report: how many poisoned fields this view showed whole, as text.
      const text = (await page.evaluate(() => document.body.textContent)) ?? '';
      tally.datasetChecks += allInjections.filter((injection) => text.includes(injection.value)).length;
      tally.datasetViews++;
      expect(served.dataset + served.source, 'the hostile files were served').toBeGreaterThan(0);
    });
  });
});

describe('payloads in every URL parameter, the path and the hash', () => {
  const PARAMS = ['lang', 'theme', 'pillar', 'chapter', 'addressee', 'place', 'action', 'scheme', 'q', 'sort', 'table', 'page', 'open', 'brief', 'slide', 'print', 'submission'] as const;
  let next = 0;
  const payload = () => XSS_PAYLOADS[next++ % XSS_PAYLOADS.length]!;
  const PATHS = ['/', '/explore', '/schemes', '/source', '/structure', '/briefing', '/submissions', `/recommendations/${recs[0]!.id}`];
  const ROUNDS = PATHS.flatMap((path) => [
    { path, lang: undefined, hashPrefix: '' },
    { path, lang: 'en' as const, hashPrefix: path === '/source' ? 'R-' : '' },
  ]);
  const hostilePath = (value: string) => `/recommendations/${encodeURIComponent(value)}`;
  let trapped: Trapped;
  beforeAll(async () => {
    trapped = await openTrappedPage(sharedContext);
  });
  afterAll(async () => {
    await trapped?.context.close();
  });

  test.each(ROUNDS)('$path with lang=$lang and every other parameter hostile', async ({ path, lang, hashPrefix }) => {
    const { page } = trapped;
    const values = new Map<string, string>();
    const params = new URLSearchParams();
    if (lang) params.set('lang', lang);
    for (const name of PARAMS) {
      if (name === 'lang' && lang) continue;
      values.set(name, payload());
      params.set(name, values.get(name)!);
    }
    // The hash as typed: the browser percent-encodes what it must and nothing more.
    const hash = `${hashPrefix}${payload()}`;
    await page.goto(`${session.baseUrl}${path}?${params}#${hash}`);
    await waitForHeading(page);
    if (path === '/') await chartBars(page).first().waitFor();
    const label = `${path}?…${lang ? ' (lang=en)' : ' (lang hostile)'}`;
    await expectSafe(trapped, label);
    tally.urlValues += values.size + 1;
    tally.urlViews++;
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang ?? 'zh-Hant');
    // An unsupported language is named in a notice, as the reader typed it (a long value may be
    // cut short with an ellipsis, so its first 20 characters, all markup, are what must be there).
    if (!lang) await expectShown(page, [values.get('lang')!.slice(0, 20)], label);
    if (path === '/explore') expect(await page.getByRole('searchbox').inputValue()).toBe(values.get('q'));
    const text = (await page.evaluate(() => document.body.textContent)) ?? '';
    tally.urlShown += [...values.values()].filter((value) => text.includes(value)).length;
  });

  test.each(XSS_PAYLOADS.slice(0, 8).map((value, i) => [i % 2 === 0 ? 'en' : 'zh-Hant', value] as const))('in the path (%s): /recommendations/%s', async (lang, value) => {
    const { page } = trapped;
    await page.goto(`${session.baseUrl}${withLang(hostilePath(value), lang)}`);
    await waitForHeading(page);
    await expectSafe(trapped, `the path ${value}`);
    tally.urlValues++;
    tally.urlViews++;
    // The heading names the id the reader asked for, as text.
    await expectShown(page, [value], `the not-found heading for ${value}`);
  });

  // Raw, as a link or a reader could type them: "%" not followed by two hex digits is not a valid escape.
  test.each([
    ['/source', 'R-<%= alert(1) %>'],
    ['/source', 'R-%E0%A4%A'],
    ['/structure', '%3Cimg src=x onerror=alert(1)%'],
    [`/recommendations/${recs[0]!.id}`, '100%<svg onload=alert(1)>'],
  ])('%s with the hash #%s, which is not valid percent-encoding', async (path, hash) => {
    const { page } = trapped;
    await page.goto(`${session.baseUrl}${path}?lang=en#${hash}`);
    await waitForHeading(page);
    await expectSafe(trapped, `${path}#${hash}`);
    tally.urlValues++;
    tally.urlViews++;
    expect(await page.getByRole('heading', { level: 1 }).first().textContent()).not.toBe(en.errors.title);
  });

  test('an unknown path made of a payload shows the not-found page', async () => {
    const { page } = trapped;
    await page.goto(`${session.baseUrl}/${encodeURIComponent(XSS_PAYLOADS[0]!)}?lang=en#${XSS_PAYLOADS[1]}`);
    await waitForHeading(page);
    await expectSafe(trapped, 'an unknown path');
    tally.urlValues += 2;
    tally.urlViews++;
    expect(await page.getByRole('heading', { level: 1 }).first().textContent()).toBe(en.notFound.title);
  });
});

describe('payloads in the API error bodies', () => {
  const STATUSES = [500, 404, 503, 401] as const;
  const VIEWS = ['/', '/explore', '/schemes', '/source?page=2', '/structure?open=all', '/briefing?brief=themes', `/recommendations/${recs[0]!.id}`, '/submissions'];
  const CASES = Array.from({ length: Math.ceil(XSS_PAYLOADS.length / 2) }, (_unused, i) => ({
    status: STATUSES[i % STATUSES.length]!,
    view: VIEWS[i % VIEWS.length]!,
    lang: (['en', 'zh-Hant'] as const)[Math.floor(i / VIEWS.length) % 2]!,
    title: XSS_PAYLOADS[2 * i]!,
    detail: XSS_PAYLOADS[(2 * i + 1) % XSS_PAYLOADS.length]!,
  }));
  let trapped: Trapped;
  let current = CASES[0]!;
  beforeAll(async () => {
    // The browser reports each failed response as a console error: expected here, from the API only.
    trapped = await openTrappedPage(sharedContext, (message) => message.location().url.startsWith(apiUrl) && /status of (500|404|503|401)/.test(message.text()));
    const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'ETag, Retry-After' };
    await trapped.context.route(
      (url) => url.href.startsWith(`${apiUrl}v1/submissions`),
      (route) => {
        if (route.request().method() === 'OPTIONS') {
          return route.fulfill({ status: 204, headers: { ...cors, 'Access-Control-Allow-Methods': 'GET', 'Access-Control-Allow-Headers': 'Authorization, If-None-Match, Accept' } });
        }
        return route.fulfill({
          status: current.status,
          // Retry-After: 0 makes the two retries of a 500 or 503 immediate.
          headers: { ...cors, 'Content-Type': 'application/problem+json', 'Retry-After': '0' },
          body: JSON.stringify({ type: 'about:blank', title: current.title, status: current.status, detail: current.detail }),
        });
      },
    );
  });
  afterAll(async () => {
    await trapped?.context.close();
  });

  test.each(CASES)('$status on $view ($lang)', async (testCase) => {
    current = testCase;
    const { page } = trapped;
    await page.goto(`${session.apiAppUrl}${withLang(testCase.view, testCase.lang)}`);
    const panel = page.locator('section[aria-labelledby="dataset-error-title"]');
    await panel.getByRole('heading', { level: 1 }).waitFor();
    const label = `${testCase.status} on ${testCase.view} (${testCase.lang})`;
    await expectSafe(trapped, label);
    const said = `${testCase.title} — ${testCase.detail}`;
    // After "The server said:", the title and detail, whole and as text.
    const quote = panel.locator('q');
    expect(await quote.textContent(), label).toBe(said);
    expect(await quote.isVisible()).toBe(true);
    expect(await quote.locator('*').count(), 'no elements inside the quote').toBe(0);
    expect((await quote.locator('xpath=..').textContent())?.startsWith(locales[testCase.lang].errors.serverSaid)).toBe(true);
    await expectShown(page, [testCase.title, testCase.detail], label);
    tally.apiBodies += 2;
  });
});

afterAll(() => {
  console.log(
    `XSS sweep: ${XSS_PAYLOADS.length} payloads in ${allInjections.length} dataset and source fields ` +
      `(${hostile.injections.length} + ${hostileSource.injections.length}); ${tally.datasetChecks} poisoned fields seen whole as text over ${tally.datasetViews} view visits; ` +
      `${tally.urlValues} hostile URL values over ${tally.urlViews} visits (${tally.urlShown} of them echoed as text); ` +
      `${tally.apiBodies} API error texts; ${tally.hrefsChecked} URL attributes checked.`,
  );
});
