import { describe, expect, test } from 'vitest';
import { LANGUAGES } from '../domain/dataset.ts';
import {
  DEFAULT_VIEW_STATE,
  globalParams,
  parseViewState,
  toSearch,
  writeViewState,
  type ViewState,
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
    expect([...writeViewState({ lang: 'en', open: [] }).keys()]).toEqual(['lang']);
    expect([...writeViewState({ lang: 'zh-Hant', open: ['5.2'] }).keys()]).toEqual(['open']);
    expect(writeViewState({ lang: 'zh-Hans', open: 'all' }).get('open')).toBe('all');
  });

  test('writing a default removes the parameter from the base', () => {
    const base = new URLSearchParams('lang=en&open=5.2');
    expect(writeViewState({ lang: 'zh-Hant', open: [] }, base).toString()).toBe('');
  });

  test('other parameters of the base are kept and the base is not mutated', () => {
    const base = new URLSearchParams('q=tax&lang=en&page=2');
    const written = writeViewState({ lang: 'zh-Hans', open: ['1.1'] }, base);
    expect(written.get('q')).toBe('tax');
    expect(written.get('page')).toBe('2');
    expect(written.get('lang')).toBe('zh-Hans');
    expect(written.get('open')).toBe('1.1');
    expect(base.toString()).toBe('q=tax&lang=en&page=2');
  });

  test('a partial state leaves the missing fields of the base alone', () => {
    const base = new URLSearchParams('lang=en&open=5.2');
    expect(writeViewState({ open: 'all' }, base).get('lang')).toBe('en');
    expect(writeViewState({ lang: 'zh-Hans' }, base).get('open')).toBe('5.2');
  });
});

describe('parseViewState', () => {
  test('an empty query gives the defaults and no issue', () => {
    expect(parse('')).toEqual({ state: DEFAULT_VIEW_STATE, issues: [] });
  });

  const states: ViewState[] = LANGUAGES.flatMap((lang) =>
    ([[], ['5.2'], ['1.1', '14'], 'all'] as const).map((open) => ({ ...DEFAULT_VIEW_STATE, lang, open })),
  );
  test.each(states)('parse(write(x)) equals x for %o', (state) => {
    expect(parseViewState(writeViewState(state))).toEqual({ state, issues: [] });
  });

  test('an unsupported language falls back to the default and is reported', () => {
    expect(parse('lang=fr')).toEqual({
      state: DEFAULT_VIEW_STATE,
      issues: [{ param: 'lang', value: 'fr', reason: 'unsupported-language' }],
    });
    expect(parse('lang=EN').issues).toEqual([{ param: 'lang', value: 'EN', reason: 'unsupported-language' }]);
    expect(parse('lang=').issues).toEqual([{ param: 'lang', value: '', reason: 'unsupported-language' }]);
  });

  test('invalid section ids are dropped, one issue each, and valid ones survive', () => {
    const params = new URLSearchParams();
    params.set('open', 'x!y,5.2,<script>,1.2.3,14');
    expect(parseViewState(params)).toEqual({
      state: { ...DEFAULT_VIEW_STATE, lang: 'zh-Hant', open: ['5.2', '14'] },
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
    expect(parse('open=,5.2,')).toEqual({ state: { ...DEFAULT_VIEW_STATE, lang: 'zh-Hant', open: ['5.2'] }, issues: [] });
    expect(parse('open=').state.open).toEqual([]);
    expect(parse('open=,,').issues).toEqual([]);
  });

  test('both parameters are parsed independently', () => {
    expect(parse('lang=xx&open=all')).toEqual({
      state: { ...DEFAULT_VIEW_STATE, lang: 'zh-Hant', open: 'all' },
      issues: [{ param: 'lang', value: 'xx', reason: 'unsupported-language' }],
    });
  });

  test('the URL-encoded comma written by writeViewState parses back', () => {
    expect(parse('open=1.1%2C14').state.open).toEqual(['1.1', '14']);
  });
});

describe('globalParams and toSearch', () => {
  test('globalParams keeps the language and the filters, not the view\'s own state', () => {
    expect(globalParams(new URLSearchParams('open=5.2&lang=en&q=x&theme=halal&page=3&table=themes')).toString()).toBe('lang=en&theme=halal');
    expect(globalParams(new URLSearchParams('open=all')).toString()).toBe('');
  });

  test('toSearch gives the empty string or "?…"', () => {
    expect(toSearch(new URLSearchParams())).toBe('');
    expect(toSearch(new URLSearchParams('lang=en'))).toBe('?lang=en');
    expect(toSearch(writeViewState({ lang: 'en', open: ['5.2'] }))).toBe('?lang=en&open=5.2');
  });
});

describe('generated round trips', () => {
  const pool = ['1', '1.1', '1.2', '2.10', '5.2', '10.1', '14', '15', '99.99'];

  test('parse(write(x)) equals x for 400 seeded random states, also over a foreign base', () => {
    const random = mulberry32(20250801);
    for (let i = 0; i < 400; i += 1) {
      const lang = LANGUAGES[Math.floor(random() * LANGUAGES.length)]!;
      const open: ViewState['open'] = random() < 0.1 ? 'all' : shuffle(pool.filter(() => random() < 0.4), random);
      const some = <T,>(values: readonly T[]) => shuffle(values.filter(() => random() < 0.3), random);
      const state: ViewState = {
        lang,
        submission: random() < 0.3 ? ['demo-chamber-2025-budget', 'fhki-2025-policy-address'][Math.floor(random() * 2)]! : '',
        open,
        filters: {
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
      };
      const base = new URLSearchParams(random() < 0.5 ? '' : 'x=a%2Cb&y=1');
      const written = writeViewState(state, base);
      expect(parseViewState(written), JSON.stringify(state)).toEqual({ state, issues: [] });
      expect(parseViewState(new URLSearchParams(toSearch(written))).state).toEqual(state);
      expect(written.get('x')).toBe(base.get('x'));
    }
  });
});
