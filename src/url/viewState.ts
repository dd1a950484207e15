/**
 * Shareable view state ⇄ URL search parameters. Only values that differ from the
 * defaults are written; every parameter parses to valid, invalid (falls back to the
 * default and is reported so the UI can say what it ignored) or missing.
 * Pure: no React, no router, so `parse(write(x))` is unit-tested directly.
 */
import { LANGUAGES, SectionId, SOURCE_LANGUAGE, type Language } from '../domain/dataset.ts';
import { FILTER_DIMENSIONS, NO_FILTERS, type FilterDimension, type Filters } from '../domain/filters.ts';
import { ACTIONS } from '../domain/vocabulary.ts';
import { CHART_IDS, parseBriefing, writeBriefing, type ChartId, type Slide } from '../domain/briefing.ts';

export { CHART_IDS, type ChartId } from '../domain/briefing.ts';

/** `auto`: by relevance while searching, in the submission's order otherwise. */
export const SORTS = ['auto', 'source', 'relevance'] as const;
export type Sort = (typeof SORTS)[number];

export interface ViewState {
  lang: Language;
  /** The submission being read, when the source holds several; '' for the default one. */
  submission: string;
  /** Sections expanded in the submission outline: all of them, or these ids. */
  open: 'all' | readonly string[];
  filters: Filters;
  /** Free-text search over the recommendations, in any of the three languages. */
  q: string;
  sort: Sort;
  /** Charts shown as their table instead of the chart. */
  tables: readonly ChartId[];
  /** The page of the source being read. */
  page: number | undefined;
  /** The pinned charts, each with its filters: the briefing. */
  brief: readonly Slide[];
  /** The slide being presented (1-based). */
  slide: number | undefined;
  /** The briefing laid out as a printable pack. */
  print: boolean;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  lang: SOURCE_LANGUAGE,
  submission: '',
  open: [],
  filters: NO_FILTERS,
  q: '',
  sort: 'auto',
  tables: [],
  page: undefined,
  brief: [],
  slide: undefined,
  print: false,
};

/** Parameters that follow the reader from view to view: the language, the filters, the briefing and the submission. */
export const GLOBAL_PARAMS = ['lang', ...FILTER_DIMENSIONS, 'brief', 'submission'] as const;

export const MAX_QUERY_LENGTH = 200;

export interface UrlIssue {
  param: string;
  value: string;
  reason: 'unsupported-language' | 'invalid-section-id' | 'invalid-value' | 'too-long' | 'invalid-slide' | 'unknown-param' | 'duplicate';
}

/** Every parameter the app reads; anything else in the address is reported and dropped. */
export const KNOWN_PARAMS: ReadonlySet<string> = new Set(['lang', 'submission', 'open', ...FILTER_DIMENSIONS, 'q', 'sort', 'table', 'page', 'brief', 'slide', 'print']);

export interface ParsedViewState {
  state: ViewState;
  issues: UrlIssue[];
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** A submission id as the API contract defines it, or undefined. */
const readSubmissionId = (raw: string) => (/^[a-z0-9-]{1,100}$/.test(raw) ? raw : undefined);

/** The `submission` parameter alone, for the data layer (an invalid one is reported by parseViewState). */
export const submissionParam = (params: URLSearchParams): string | undefined => readSubmissionId(params.get('submission') ?? '');
/** What a well-formed value of each filter looks like (whether it exists is the view's business). */
const FILTER_VALUE: Record<FilterDimension, (value: string) => boolean> = {
  theme: (v) => SLUG.test(v),
  pillar: (v) => /^P\d{1,2}$/.test(v),
  chapter: (v) => /^C\d{1,3}$/.test(v),
  addressee: (v) => SLUG.test(v),
  place: (v) => SLUG.test(v),
  action: (v) => (ACTIONS as readonly string[]).includes(v),
  scheme: (v) => SLUG.test(v),
};

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

/** A comma-separated list: well-formed values kept once each, the rest reported. */
function parseList(params: URLSearchParams, param: string, valid: (value: string) => boolean, issues: UrlIssue[], reason: UrlIssue['reason'] = 'invalid-value'): string[] {
  const raw = params.get(param);
  if (raw === null) return [];
  const kept: string[] = [];
  for (const value of raw.split(',').map((part) => part.trim()).filter((part) => part !== '')) {
    if (!valid(value)) issues.push({ param, value, reason });
    else if (!kept.includes(value)) kept.push(value);
  }
  return kept;
}

/** A single-valued parameter: its value when `read` accepts it; otherwise reported, and undefined. */
function parseOne<T>(params: URLSearchParams, param: string, read: (raw: string) => T | undefined, issues: UrlIssue[]): T | undefined {
  const raw = params.get(param);
  if (raw === null) return undefined;
  const value = read(raw);
  if (value === undefined) issues.push({ param, value: raw, reason: 'invalid-value' });
  return value;
}

/** A whole number from 1 to `max`, written plainly (no sign, exponent or leading zero). */
const wholeNumber = (max: number) => (raw: string) => (/^[1-9]\d*$/.test(raw) && Number(raw) <= max ? Number(raw) : undefined);

export function parseViewState(params: URLSearchParams): ParsedViewState {
  const issues: UrlIssue[] = [];
  const state: ViewState = { ...DEFAULT_VIEW_STATE };

  const lang = params.get('lang');
  if (lang !== null) {
    if (isOneOf(LANGUAGES, lang)) state.lang = lang;
    else issues.push({ param: 'lang', value: lang, reason: 'unsupported-language' });
  }

  state.submission = parseOne(params, 'submission', readSubmissionId, issues) ?? '';

  const open = params.get('open');
  if (open !== null) {
    state.open = open === 'all' ? 'all' : parseList(params, 'open', (id) => SectionId.safeParse(id).success, issues, 'invalid-section-id');
  }

  const filters = { ...NO_FILTERS };
  for (const dimension of FILTER_DIMENSIONS) filters[dimension] = parseList(params, dimension, FILTER_VALUE[dimension], issues);
  state.filters = filters;

  const q = params.get('q');
  if (q !== null) {
    if (q.length > MAX_QUERY_LENGTH) issues.push({ param: 'q', value: `${q.slice(0, 20)}…`, reason: 'too-long' });
    else state.q = q.trim();
  }

  state.sort = parseOne(params, 'sort', (raw) => (isOneOf(SORTS, raw) ? raw : undefined), issues) ?? state.sort;

  state.tables = parseList(params, 'table', (id) => isOneOf(CHART_IDS, id), issues) as ChartId[];

  state.page = parseOne(params, 'page', wholeNumber(9999), issues);
  const brief = params.get('brief');
  if (brief !== null) {
    const parsed = parseBriefing(brief);
    state.brief = parsed.slides;
    for (const value of parsed.invalid) issues.push({ param: 'brief', value, reason: 'invalid-slide' });
  }

  state.slide = parseOne(params, 'slide', wholeNumber(99), issues);
  state.print = parseOne(params, 'print', (raw) => (raw === '1' ? true : undefined), issues) ?? false;
  return { state, issues };
}

/** Writes `state` over `base` (other parameters are kept), omitting defaults. */
export function writeViewState(state: Partial<ViewState>, base = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  const set = (name: string, value: string) => (value === '' ? params.delete(name) : params.set(name, value));
  if (state.lang !== undefined) set('lang', state.lang === DEFAULT_VIEW_STATE.lang ? '' : state.lang);
  if (state.submission !== undefined) set('submission', state.submission);
  if (state.open !== undefined) set('open', state.open === 'all' ? 'all' : state.open.join(','));
  if (state.filters !== undefined) for (const dimension of FILTER_DIMENSIONS) set(dimension, state.filters[dimension].join(','));
  if (state.q !== undefined) set('q', state.q.trim());
  if (state.sort !== undefined) set('sort', state.sort === DEFAULT_VIEW_STATE.sort ? '' : state.sort);
  if (state.tables !== undefined) set('table', state.tables.join(','));
  if (state.page !== undefined) set('page', String(state.page));
  if (state.brief !== undefined) set('brief', writeBriefing(state.brief));
  if (state.slide !== undefined) set('slide', String(state.slide));
  if (state.print !== undefined) set('print', state.print ? '1' : '');
  return params;
}

/**
 * The address as the app would have written it: unknown and repeated parameters dropped,
 * each known one rewritten from what it parsed to (its invalid parts gone, defaults
 * omitted), the rest in the order given. With what was ignored, so the page can say so.
 * Never throws, whatever the input.
 */
export function canonicalParams(params: URLSearchParams): { params: URLSearchParams; ignored: UrlIssue[] } {
  const ignored: UrlIssue[] = [];
  const kept = new URLSearchParams();
  for (const [param, value] of params) {
    if (!KNOWN_PARAMS.has(param)) ignored.push({ param, value, reason: 'unknown-param' });
    else if (kept.has(param)) ignored.push({ param, value, reason: 'duplicate' });
    else kept.append(param, value);
  }
  const { state, issues } = parseViewState(kept);
  const canonical = writeViewState(state, kept);
  // A value that did not parse and that writing left as it was (a page or slide number has
  // nothing to be rewritten to) goes.
  for (const issue of issues) if (canonical.get(issue.param) === kept.get(issue.param)) canonical.delete(issue.param);
  return { params: canonical, ignored: [...issues, ...ignored] };
}

/** Keeps only the parameters that follow the reader to another view. */
export function globalParams(params: URLSearchParams): URLSearchParams {
  const kept = new URLSearchParams();
  for (const name of GLOBAL_PARAMS) {
    const value = params.get(name);
    if (value !== null) kept.set(name, value);
  }
  return kept;
}

/** Characters RFC 3986 allows in a query, kept literal so links read as written (`open=1.1,14`, `brief=themes(theme:halal)`). */
const READABLE = { '%2C': ',', '%28': '(', '%29': ')', '%3A': ':', '%3B': ';' } as const;

/** `?a=b` or the empty string. */
export const toSearch = (params: URLSearchParams): string => {
  const search = params.toString().replace(/%2C|%28|%29|%3A|%3B/g, (code) => READABLE[code as keyof typeof READABLE]);
  return search === '' ? '' : `?${search}`;
};
