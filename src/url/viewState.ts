/**
 * Shareable view state ⇄ URL search parameters, declared once: `PARAMS` has one row per
 * parameter (its name in the address, how it parses and writes, its default, whether it
 * follows the reader between views), and everything else here is derived from it: the
 * `ViewState` type, `DEFAULT_VIEW_STATE`, `KNOWN_PARAMS`, `GLOBAL_PARAMS`, the parser,
 * the writer and the canonical form. To add a parameter, add a row.
 *
 * Only values that differ from the defaults are written; every parameter parses to valid,
 * invalid (falls back to the default and is reported so the UI can say what it ignored)
 * or missing. Pure: no React, no router, so `parse(write(x))` is unit-tested directly.
 */
import { ID_PATTERNS } from '../domain/constants.ts';
import { FILTER_DIMENSIONS, type FilterDimension } from '../domain/filters.ts';
import { ACTIONS, EMPHASES, VERDICTS } from '../domain/vocabulary.ts';
import { CHART_IDS, parseBriefing, writeBriefing, type ChartId, type Slide } from '../domain/briefing.ts';

export { CHART_IDS, type ChartId } from '../domain/briefing.ts';

/** `auto`: by relevance while searching, in the submission's order otherwise. */
export const SORTS = ['auto', 'source', 'relevance'] as const;
export type Sort = (typeof SORTS)[number];

export const MAX_QUERY_LENGTH = 200;

export interface UrlIssue {
  param: string;
  value: string;
  reason: 'unsupported-language' | 'invalid-section-id' | 'invalid-value' | 'too-long' | 'invalid-slide' | 'unknown-param' | 'duplicate';
}

/**
 * What a parameter's text parses to: a value (a list may have dropped some of its parts,
 * each with its reason), or invalid as a whole, with the reason (the value then falls back
 * to the default). `quote` replaces the raw text in the report when that is too long to quote.
 */
export type ParseResult<T> =
  | { ok: true; value: T; dropped?: readonly { value: string; reason: UrlIssue['reason'] }[] }
  | { ok: false; reason: UrlIssue['reason']; quote?: string };

/** One parameter of the address. */
export interface Param<T> {
  /** Its name in the address. */
  readonly name: string;
  /** Its text → a value, or invalid with a reason. */
  parse(raw: string): ParseResult<T>;
  /** A value → its text; a value written as the default is ('' or the default's text) is left out of the address. */
  write(value: T): string;
  readonly default: T;
  /** Follows the reader from view to view (kept by in-app links). */
  readonly global: boolean;
}

/** Several parameters that make up one field of the view state (the seven filters make `filters`). */
export interface ParamGroup<K extends string, T> {
  readonly params: Readonly<Record<K, Param<T>>>;
}

const param = <T,>(row: Param<T>): Param<T> => row;
const group = <K extends string, T>(keys: readonly K[], row: (key: K) => Param<T>): ParamGroup<K, T> => ({
  params: Object.fromEntries(keys.map((key) => [key, row(key)])) as Record<K, Param<T>>,
});

const ok = <T,>(value: T): ParseResult<T> => ({ ok: true, value });
const invalid = { ok: false, reason: 'invalid-value' } as const;
const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);
const oneOf =
  <T extends string>(list: readonly T[], reason: UrlIssue['reason'] = 'invalid-value') =>
  (raw: string): ParseResult<T> =>
    isOneOf(list, raw) ? ok(raw) : { ok: false, reason };

/** A comma-separated list: well-formed values kept once each, in order; the rest dropped and reported. */
const list =
  <T extends string>(valid: (value: string) => value is T, reason: UrlIssue['reason'] = 'invalid-value') =>
  (raw: string): ParseResult<readonly T[]> => {
    const kept: T[] = [];
    const dropped: { value: string; reason: UrlIssue['reason'] }[] = [];
    for (const value of raw.split(',').map((part) => part.trim()).filter((part) => part !== '')) {
      if (!valid(value)) dropped.push({ value, reason });
      else if (!kept.includes(value)) kept.push(value);
    }
    return { ok: true, value: kept, dropped };
  };
const joined = (values: readonly string[]) => values.join(',');
const matches = (pattern: RegExp) => (value: string): value is string => pattern.test(value);

/** A whole number from 1 to `max`, written plainly (no sign, exponent or leading zero). */
const wholeNumber =
  (max: number) =>
  (raw: string): ParseResult<number | undefined> =>
    /^[1-9]\d*$/.test(raw) && Number(raw) <= max ? ok(Number(raw)) : invalid;
const numberText = (value: number | undefined) => (value === undefined ? '' : String(value));

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** A submission id as the API contract defines it. */
const SUBMISSION_ID = /^[a-z0-9-]{1,100}$/;

/** What a well-formed value of each filter looks like (whether it exists is the view's business). */
const FILTER_VALUE: Record<FilterDimension, (value: string) => value is string> = {
  verdict: (value): value is string => isOneOf(VERDICTS, value),
  industry: matches(SLUG),
  lever: matches(SLUG),
  emphasis: (value): value is string => isOneOf(EMPHASES, value),
  theme: matches(SLUG),
  pillar: matches(/^P\d{1,2}$/),
  chapter: matches(/^C\d{1,3}$/),
  addressee: matches(SLUG),
  place: matches(SLUG),
  action: (value): value is string => isOneOf(ACTIONS, value),
  scheme: matches(SLUG),
};

/**
 * Every parameter of the address, in the order the app writes them. A field is one
 * parameter, or a group of them (`filters`: one parameter per dimension).
 */
export const PARAMS = {
  /** The submission being read, when the source holds several; '' for the default one. */
  submission: param<string>({ name: 'submission', global: true, default: '', parse: (raw) => (SUBMISSION_ID.test(raw) ? ok(raw) : invalid), write: String }),
  /** Sections expanded in the submission outline: all of them, or these ids. */
  open: param<'all' | readonly string[]>({
    name: 'open',
    global: false,
    default: [],
    parse: (raw) => (raw === 'all' ? ok('all') : list((id): id is string => ID_PATTERNS.section.test(id), 'invalid-section-id')(raw)),
    write: (open) => (open === 'all' ? 'all' : joined(open)),
  }),
  /** The filters, one parameter per dimension (`theme=halal&place=gba`). */
  filters: group(FILTER_DIMENSIONS, (dimension) => param<readonly string[]>({ name: dimension, global: true, default: [], parse: list(FILTER_VALUE[dimension]), write: joined })),
  /** Free-text search over the recommendations, in any of the three languages. */
  q: param<string>({
    name: 'q',
    global: false,
    default: '',
    parse: (raw) => (raw.length > MAX_QUERY_LENGTH ? { ok: false, reason: 'too-long', quote: `${raw.slice(0, 20)}…` } : ok(raw.trim())),
    write: (q) => q.trim(),
  }),
  sort: param<Sort>({ name: 'sort', global: false, default: 'auto', parse: oneOf(SORTS), write: String }),
  /** Charts shown as their table instead of the chart. */
  tables: param<readonly ChartId[]>({ name: 'table', global: false, default: [], parse: list((id): id is ChartId => isOneOf(CHART_IDS, id)), write: joined }),
  /** The page of the source being read. */
  page: param<number | undefined>({ name: 'page', global: false, default: undefined, parse: wholeNumber(9999), write: numberText }),
  /** The numbered paragraph of the response document being read (the address view highlights it). */
  paragraph: param<number | undefined>({ name: 'p', global: false, default: undefined, parse: wholeNumber(9999), write: numberText }),
  /** The pinned charts, each with its filters: the briefing. */
  brief: param<readonly Slide[]>({
    name: 'brief',
    global: true,
    default: [],
    parse: (raw) => {
      const { slides, invalid: unreadable } = parseBriefing(raw);
      return { ok: true, value: slides, dropped: unreadable.map((value) => ({ value, reason: 'invalid-slide' as const })) };
    },
    write: writeBriefing,
  }),
  /** The slide being presented (1-based). */
  slide: param<number | undefined>({ name: 'slide', global: false, default: undefined, parse: wholeNumber(99), write: numberText }),
  /** The briefing laid out as a printable pack. */
  print: param<boolean>({ name: 'print', global: false, default: false, parse: (raw) => (raw === '1' ? ok(true) : invalid), write: (print) => (print ? '1' : '') }),
};

type Entry = Param<unknown> | ParamGroup<string, unknown>;
type ValueOf<E> = E extends ParamGroup<infer K, infer T> ? Readonly<Record<K, T>> : E extends Param<infer T> ? T : never;

/** The view state: one field per row of `PARAMS`, of the type its row parses to. */
export type ViewState = { -readonly [F in keyof typeof PARAMS]: ValueOf<(typeof PARAMS)[F]> };

/** Written in a patch, removes the parameter from the address (its value becomes the default). */
export const RESET: unique symbol = Symbol('reset');
export type Reset = typeof RESET;

/**
 * A change to the view state: a field absent from the patch (or undefined) is left as it
 * is; a value is written (and left out of the address when it is the default); `RESET`
 * removes the parameter (for `filters`, all seven).
 */
export type ViewStatePatch = { [F in keyof ViewState]?: ViewState[F] | Reset };

export interface ParsedViewState {
  state: ViewState;
  issues: UrlIssue[];
}

const isGroup = (entry: Entry): entry is ParamGroup<string, unknown> => 'params' in entry;
const FIELDS = Object.keys(PARAMS) as (keyof ViewState)[];
const entryOf = (field: keyof ViewState): Entry => PARAMS[field] as Entry;

/** The parameters one field is made of, each with its key in the field's value (for a group). */
const paramsOf = (field: keyof ViewState): readonly { key?: string; param: Param<unknown> }[] => {
  const entry = entryOf(field);
  return isGroup(entry) ? Object.entries<Param<unknown>>(entry.params).map(([key, param]) => ({ key, param })) : [{ param: entry }];
};

/** Every parameter, in the table's order. */
const ALL_PARAMS: readonly Param<unknown>[] = FIELDS.flatMap((field) => paramsOf(field).map(({ param }) => param));

/** A field's value built parameter by parameter. */
const fieldFrom = (field: keyof ViewState, value: (param: Param<unknown>) => unknown): unknown => {
  const entry = entryOf(field);
  return isGroup(entry) ? Object.fromEntries(paramsOf(field).map(({ key, param }) => [key, value(param)])) : value(entry);
};
const stateFrom = (value: (param: Param<unknown>) => unknown): ViewState =>
  Object.fromEntries(FIELDS.map((field) => [field, fieldFrom(field, value)])) as ViewState;

export const DEFAULT_VIEW_STATE: ViewState = stateFrom((param) => param.default);

/** Every parameter the app reads; anything else in the address is reported and dropped. */
export const KNOWN_PARAMS: ReadonlySet<string> = new Set(ALL_PARAMS.map((param) => param.name));

/** Parameters that follow the reader from view to view: the filters, the briefing and the submission (the language is in the path, url/languagePath.ts). */
export const GLOBAL_PARAMS: readonly string[] = ALL_PARAMS.filter((param) => param.global).map((param) => param.name);

/** One parameter's text: its value (the default when invalid), with what was reported. */
function readParam<T>(param: Param<T>, raw: string, issues: UrlIssue[]): { ok: boolean; value: T } {
  const result = param.parse(raw);
  if (!result.ok) {
    issues.push({ param: param.name, value: result.quote ?? raw, reason: result.reason });
    return { ok: false, value: param.default };
  }
  for (const { value, reason } of result.dropped ?? []) issues.push({ param: param.name, value, reason });
  return { ok: true, value: result.value };
}

/** A value's text in the address: '' (leave it out) for the default. */
function textOf<T>(param: Param<T>, value: T): string {
  const text = param.write(value);
  return text === param.write(param.default) ? '' : text;
}

export function parseViewState(params: URLSearchParams): ParsedViewState {
  const issues: UrlIssue[] = [];
  const state = stateFrom((param) => {
    const raw = params.get(param.name);
    return raw === null ? param.default : readParam(param, raw, issues).value;
  });
  return { state, issues };
}

/** The `submission` parameter alone, for the data layer (an invalid one is reported by parseViewState). */
export const submissionParam = (params: URLSearchParams): string | undefined => {
  const raw = params.get(PARAMS.submission.name);
  const parsed = raw === null ? undefined : PARAMS.submission.parse(raw);
  return parsed?.ok ? parsed.value : undefined;
};

/**
 * Writes `patch` over `base` (whose other parameters are kept; `base` is not changed):
 * each field given is written, a default or `RESET` removes its parameters, and fields
 * absent from the patch are left as they are.
 */
export function writeViewState(patch: ViewStatePatch, base = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const field of FIELDS) {
    const value: unknown = patch[field];
    if (value === undefined) continue;
    for (const { key, param } of paramsOf(field)) {
      const part = value === RESET || key === undefined ? value : (value as Record<string, unknown>)[key];
      if (part === undefined) continue;
      const text = part === RESET ? '' : textOf(param, part);
      if (text === '') params.delete(param.name);
      else params.set(param.name, text);
    }
  }
  return params;
}

/**
 * The address as the app would have written it: unknown and repeated parameters dropped,
 * each known one rewritten from what it parsed to (its invalid parts gone, an invalid or
 * default value removed), the rest in the order given. With what was ignored, so the page
 * can say so. Never throws, whatever the input.
 */
export function canonicalParams(params: URLSearchParams): { params: URLSearchParams; ignored: UrlIssue[] } {
  const ignored: UrlIssue[] = [];
  const kept = new URLSearchParams();
  for (const [name, value] of params) {
    if (!KNOWN_PARAMS.has(name)) ignored.push({ param: name, value, reason: 'unknown-param' });
    else if (kept.has(name)) ignored.push({ param: name, value, reason: 'duplicate' });
    else kept.append(name, value);
  }
  const issues: UrlIssue[] = [];
  for (const param of ALL_PARAMS) {
    const raw = kept.get(param.name);
    if (raw === null) continue;
    const read = readParam(param, raw, issues);
    const text = read.ok ? textOf(param, read.value) : '';
    if (text === '') kept.delete(param.name);
    else kept.set(param.name, text);
  }
  return { params: kept, ignored: [...issues, ...ignored] };
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
