import { describe, expect, test } from 'vitest';
import { FILTER_DIMENSIONS, NO_FILTERS } from '../domain/filters.ts';
import {
  DEFAULT_VIEW_STATE,
  GLOBAL_PARAMS,
  globalParams,
  KNOWN_PARAMS,
  MAX_QUERY_LENGTH,
  PARAMS,
  parseViewState,
  RESET,
  SORTS,
  toSearch,
  writeViewState,
  type Param,
  type ParamGroup,
  type ViewState,
  type ViewStatePatch,
} from './viewState.ts';

const parse = (query: string) => parseViewState(new URLSearchParams(query));

/** mulberry32: a tiny seeded PRNG, so the generated cases are the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with the seeded PRNG: the order of `open` is part of the state. */
function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

describe('writeViewState', () => {
  test('the defaults write an empty query', () => {
    expect(writeViewState(DEFAULT_VIEW_STATE).toString()).toBe('');
    expect(toSearch(writeViewState(DEFAULT_VIEW_STATE))).toBe('');
  });

  test('only values that differ from the defaults are written', () => {
    expect([...writeViewState({ sort: 'source', open: [] }).keys()]).toEqual(['sort']);
    expect([...writeViewState({ sort: 'auto', open: ['5.2'] }).keys()]).toEqual(['open']);
    expect(writeViewState({ sort: 'relevance', open: 'all' }).get('open')).toBe('all');
  });

  test('writing a default removes the parameter from the base', () => {
    const base = new URLSearchParams('sort=source&open=5.2');
    expect(writeViewState({ sort: 'auto', open: [] }, base).toString()).toBe('');
  });

  test('other parameters of the base are kept and the base is not mutated', () => {
    const base = new URLSearchParams('q=tax&sort=source&page=2');
    const written = writeViewState({ sort: 'relevance', open: ['1.1'] }, base);
    expect(written.get('q')).toBe('tax');
    expect(written.get('page')).toBe('2');
    expect(written.get('sort')).toBe('relevance');
    expect(written.get('open')).toBe('1.1');
    expect(base.toString()).toBe('q=tax&sort=source&page=2');
  });

  test('a partial state leaves the missing fields of the base alone', () => {
    const base = new URLSearchParams('sort=source&open=5.2');
    expect(writeViewState({ open: 'all' }, base).get('sort')).toBe('source');
    expect(writeViewState({ sort: 'relevance' }, base).get('open')).toBe('5.2');
  });
});

describe('parseViewState', () => {
  test('an empty query gives the defaults and no issue', () => {
    expect(parse('')).toEqual({ state: DEFAULT_VIEW_STATE, issues: [] });
  });

  const states: ViewState[] = SORTS.flatMap((sort) =>
    ([[], ['5.2'], ['1.1', '14'], 'all'] as const).map((open) => ({ ...DEFAULT_VIEW_STATE, sort, open })),
  );
  test.each(states)('parse(write(x)) equals x for %o', (state) => {
    expect(parseViewState(writeViewState(state))).toEqual({ state, issues: [] });
  });

  test('an unsupported sort falls back to the default and is reported', () => {
    expect(parse('sort=newest')).toEqual({
      state: DEFAULT_VIEW_STATE,
      issues: [{ param: 'sort', value: 'newest', reason: 'invalid-value' }],
    });
  });

  test('the language is not a parameter any more: it is in the path (languagePath.ts)', () => {
    expect(KNOWN_PARAMS.has('lang')).toBe(false);
  });

  test('invalid section ids are dropped, one issue each, and valid ones survive', () => {
    const params = new URLSearchParams();
    params.set('open', 'x!y,5.2,<script>,1.2.3,14');
    expect(parseViewState(params)).toEqual({
      state: { ...DEFAULT_VIEW_STATE, open: ['5.2', '14'] },
      issues: [
        { param: 'open', value: 'x!y', reason: 'invalid-section-id' },
        { param: 'open', value: '<script>', reason: 'invalid-section-id' },
        { param: 'open', value: '1.2.3', reason: 'invalid-section-id' },
      ],
    });
  });

  test('duplicates are removed, keeping the first occurrence order', () => {
    expect(parse('open=5.2,1.1,5.2,1.1,14').state.open).toEqual(['5.2', '1.1', '14']);
  });

  test('empty parts are ignored without issues', () => {
    expect(parse('open=,5.2,')).toEqual({ state: { ...DEFAULT_VIEW_STATE, open: ['5.2'] }, issues: [] });
    expect(parse('open=').state.open).toEqual([]);
    expect(parse('open=,,').issues).toEqual([]);
  });

  test('both parameters are parsed independently', () => {
    expect(parse('sort=xx&open=all')).toEqual({
      state: { ...DEFAULT_VIEW_STATE, open: 'all' },
      issues: [{ param: 'sort', value: 'xx', reason: 'invalid-value' }],
    });
  });

  test('the URL-encoded comma written by writeViewState parses back', () => {
    expect(parse('open=1.1%2C14').state.open).toEqual(['1.1', '14']);
  });
});

describe('globalParams and toSearch', () => {
  test('globalParams keeps the filters and the submission, not the view\'s own state', () => {
    expect(globalParams(new URLSearchParams('open=5.2&submission=a&q=x&theme=halal&page=3&table=themes')).toString()).toBe('submission=a&theme=halal');
    expect(globalParams(new URLSearchParams('open=all')).toString()).toBe('');
  });

  test('toSearch gives the empty string or "?…"', () => {
    expect(toSearch(new URLSearchParams())).toBe('');
    expect(toSearch(new URLSearchParams('sort=source'))).toBe('?sort=source');
    expect(toSearch(writeViewState({ sort: 'source', open: ['5.2'] }))).toBe('?open=5.2&sort=source');
  });
});

describe('generated round trips', () => {
  const pool = ['1', '1.1', '1.2', '2.10', '5.2', '10.1', '14', '15', '99.99'];

  test('parse(write(x)) equals x for 400 seeded random states, also over a foreign base', () => {
    const random = mulberry32(20250801);
    for (let i = 0; i < 400; i += 1) {
      const open: ViewState['open'] = random() < 0.1 ? 'all' : shuffle(pool.filter(() => random() < 0.4), random);
      const some = <T,>(values: readonly T[]) => shuffle(values.filter(() => random() < 0.3), random);
      const state: ViewState = {
        submission: random() < 0.3 ? ['demo-chamber-2025-budget', 'fhki-2025-policy-address'][Math.floor(random() * 2)]! : '',
        open,
        filters: {
          industry: some(['halal', 'manufacturing', 'innovation-technology']),
          lever: some(['tax', 'funding', 'customs-logistics']),
          emphasis: some(['urgent', 'repeated']),
          verdict: some(['adopted', 'not-addressed']),
          theme: some(['halal', 'silver-economy', 'gba-integration']),
          pillar: some(['P1', 'P2', 'P3']),
          chapter: some(['C1', 'C5', 'C14']),
          addressee: some(['tdc', 'hksar-government']),
          place: some(['gba', 'san-tin']),
          action: some(['fund', 'negotiate', 'build']),
          scheme: some(['bud-fund', 'itsp']),
        },
        q: random() < 0.3 ? ['parcel', '小額包裹', 'BUD 基金', 'a,b & c=d'][Math.floor(random() * 4)]! : '',
        sort: (['auto', 'source', 'relevance'] as const)[Math.floor(random() * 3)]!,
        tables: some(['themes', 'schemes', 'places'] as const),
        page: random() < 0.3 ? 1 + Math.floor(random() * 29) : undefined,
        brief: some(['themes', 'places', 'schemes'] as const).map((chart) => ({
          chart,
          filters: { ...DEFAULT_VIEW_STATE.filters, theme: some(['halal', 'gba-integration']), place: some(['san-tin']) },
        })),
        slide: random() < 0.3 ? 1 + Math.floor(random() * 5) : undefined,
        print: random() < 0.2,
        paragraph: random() < 0.3 ? 1 + Math.floor(random() * 286) : undefined,
      };
      const base = new URLSearchParams(random() < 0.5 ? '' : 'x=a%2Cb&y=1');
      const written = writeViewState(state, base);
      expect(parseViewState(written), JSON.stringify(state)).toEqual({ state, issues: [] });
      expect(parseViewState(new URLSearchParams(toSearch(written))).state).toEqual(state);
      expect(written.get('x')).toBe(base.get('x'));
    }
  });
});

/** The rows of the table, flattened: each parameter with the field it belongs to and its key in a group. */
function rows(): { field: keyof ViewState; key?: string; param: Param<unknown> }[] {
  return (Object.keys(PARAMS) as (keyof ViewState)[]).flatMap((field) => {
    const entry = PARAMS[field] as Param<unknown> | ParamGroup<string, unknown>;
    return 'params' in entry ? Object.entries<Param<unknown>>(entry.params).map(([key, param]) => ({ field, key, param })) : [{ field, param: entry }];
  });
}

/** Representative values of every field other than its default (a field without samples does not compile). */
const SAMPLES: { [F in keyof ViewState]: readonly ViewState[F][] } = {
  submission: ['demo-chamber-2025-budget', 'a'],
  open: ['all', ['5.2'], ['14', '1.1', '99.99']],
  filters: [
    { ...NO_FILTERS, theme: ['halal'] },
    { industry: ['halal', 'food'], verdict: ['partly'], lever: ['tax'], emphasis: ['urgent'], theme: ['halal', 'silver-economy'], pillar: ['P1', 'P12'], chapter: ['C1', 'C140'], addressee: ['tdc'], place: ['gba', 'san-tin'], action: ['fund', 'build'], scheme: ['bud-fund'] },
  ],
  q: ['parcel', '小額包裹', 'BUD 基金', 'a,b & c=d', '(x:y;z)', 'x'.repeat(MAX_QUERY_LENGTH)],
  sort: ['source', 'relevance'],
  tables: [['themes'], ['places', 'themes', 'schemes']],
  page: [1, 13, 9999],
  paragraph: [1, 240, 9999],
  brief: [
    [{ chart: 'themes', filters: NO_FILTERS }],
    [
      { chart: 'places', filters: { ...NO_FILTERS, theme: ['halal', 'gba-integration'], action: ['fund'] } },
      { chart: 'themes', filters: NO_FILTERS },
    ],
  ],
  slide: [1, 2, 99],
  print: [true],
};

/** The address holding `value` of `field` and nothing else. */
const only = <F extends keyof ViewState>(field: F, value: ViewState[F]) => writeViewState({ [field]: value } as ViewStatePatch);
const namesOf = (field: keyof ViewState) => rows().filter((row) => row.field === field).map((row) => row.param.name);
const SAMPLE_CASES = (Object.keys(SAMPLES) as (keyof ViewState)[]).flatMap((field) => SAMPLES[field].map((value) => [field, value] as const));

describe('the parameter table', () => {
  test('KNOWN_PARAMS and GLOBAL_PARAMS are what the table says, in its order', () => {
    expect([...KNOWN_PARAMS]).toEqual(rows().map((row) => row.param.name));
    expect([...GLOBAL_PARAMS]).toEqual(rows().filter((row) => row.param.global).map((row) => row.param.name));
    // …and the table says this.
    expect([...KNOWN_PARAMS]).toEqual(['submission', 'open', ...FILTER_DIMENSIONS, 'q', 'sort', 'table', 'page', 'p', 'brief', 'slide', 'print']);
    expect([...GLOBAL_PARAMS].sort()).toEqual([...FILTER_DIMENSIONS, 'brief', 'submission'].sort());
  });

  test('every parameter name appears once; the filters are one row per dimension, grouped into `filters`', () => {
    expect(new Set(rows().map((row) => row.param.name)).size).toBe(rows().length);
    expect(rows().filter((row) => row.field === 'filters').map((row) => [row.key, row.param.name])).toEqual(FILTER_DIMENSIONS.map((d) => [d, d]));
  });

  test('DEFAULT_VIEW_STATE is the defaults of the rows, and every field has a row', () => {
    expect(Object.keys(DEFAULT_VIEW_STATE)).toEqual(Object.keys(PARAMS));
    expect(DEFAULT_VIEW_STATE.filters).toEqual(NO_FILTERS);
    for (const { field, key, param } of rows()) {
      const value: unknown = DEFAULT_VIEW_STATE[field];
      expect(key === undefined ? value : (value as Record<string, unknown>)[key], param.name).toEqual(param.default);
    }
  });

  test.each(SAMPLE_CASES)('%s: parse(write(x)) equals x for %j, and a parameter round-trips on its own', (field, value) => {
    const written = only(field, value);
    expect(parseViewState(written)).toEqual({ state: { ...DEFAULT_VIEW_STATE, [field]: value }, issues: [] });
    expect(parseViewState(new URLSearchParams(toSearch(written))).state[field]).toEqual(value);
    for (const { key, param } of rows().filter((row) => row.field === field)) {
      const part: unknown = key === undefined ? value : (value as Record<string, unknown>)[key];
      const text = param.write(part);
      if (text === param.write(param.default)) continue; // this part of the sample is the default
      const parsed = param.parse(text);
      expect(parsed.ok ? { value: parsed.value, dropped: parsed.dropped ?? [] } : parsed, param.name).toEqual({ value: part, dropped: [] });
    }
  });

  test.each(Object.keys(PARAMS) as (keyof ViewState)[])('%s: the default is never written, and writing it removes the parameter', (field) => {
    expect(only(field, DEFAULT_VIEW_STATE[field]).toString()).toBe('');
    const base = only(field, SAMPLES[field][0]!);
    expect(base.toString()).not.toBe('');
    base.set('x', '1');
    // A field whose default is "none" (page, slide) has no value to write for it: undefined
    // leaves the parameter alone, and RESET is how it goes.
    const expected = DEFAULT_VIEW_STATE[field] === undefined ? base.toString() : 'x=1';
    expect(writeViewState({ [field]: DEFAULT_VIEW_STATE[field] }, base).toString()).toBe(expected);
  });

  test.each(Object.keys(PARAMS) as (keyof ViewState)[])('%s: RESET removes its parameters and nothing else', (field) => {
    const base = writeViewState({ sort: 'source', q: 'parcel' }, only(field, SAMPLES[field].at(-1)!));
    base.set('x', '1');
    const reset = writeViewState({ [field]: RESET }, base);
    for (const name of namesOf(field)) expect(reset.has(name), name).toBe(false);
    expect(parseViewState(reset).state[field]).toEqual(DEFAULT_VIEW_STATE[field]);
    for (const [name, value] of base) if (!namesOf(field).includes(name)) expect(reset.get(name)).toBe(value);
    // Resetting what is not there changes nothing.
    expect(writeViewState({ [field]: RESET }, reset).toString()).toBe(reset.toString());
  });

  test('fields absent from the patch are left alone; undefined is not a reset', () => {
    const base = new URLSearchParams('lang=en&open=5.2&theme=halal&q=tax&sort=source&table=themes&page=3&brief=themes&slide=2&print=1&submission=x&other=1');
    expect(writeViewState({}, base).toString()).toBe(base.toString());
    expect(writeViewState({ slide: undefined, page: undefined }, base).toString()).toBe(base.toString());
    expect(writeViewState({ q: 'parcel' }, base).toString()).toBe(base.toString().replace('q=tax', 'q=parcel'));
    // "Clear briefing": the briefing and the slide go, the rest stays.
    expect(toSearch(writeViewState({ brief: RESET, slide: RESET }, base))).toBe('?lang=en&open=5.2&theme=halal&q=tax&sort=source&table=themes&page=3&print=1&submission=x&other=1');
  });

  test('a Filters value writes all seven parameters: a dimension left empty is removed', () => {
    const base = new URLSearchParams('theme=halal&place=gba&lang=en');
    expect(writeViewState({ filters: { ...NO_FILTERS, action: ['fund'] } }, base).toString()).toBe('lang=en&action=fund');
    expect(writeViewState({ filters: RESET }, base).toString()).toBe('lang=en');
  });
});
