/**
 * Hostile addresses: parsing never throws, every valid parameter survives beside invalid
 * ones, the canonical form is stable, and what was dropped is reported. 45 hand-picked
 * query strings and 1,000 generated ones (fast-check, fixed seed) per run.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { canonicalAddress, languageOf } from './languagePath.ts';
import { KNOWN_PARAMS, parseViewState } from './viewState.ts';

const SEED = Number(process.env.FC_SEED ?? 20261125);
const LONG = 'a'.repeat(64 * 1024);

const HAND_PICKED: readonly string[] = [
  '',
  '?',
  '&&&',
  '=',
  '==x',
  'lang',
  'lang=',
  'lang=en&lang=zh-Hans',
  'lang=EN',
  'lang=en-US',
  'lang=__proto__',
  '__proto__=1',
  '__proto__[polluted]=yes',
  'constructor[prototype][polluted]=yes',
  'toString=1&valueOf=2&hasOwnProperty=3',
  'theme=%E0%A4%A',
  'theme=%',
  'theme=%%32%65',
  'q=%FF%FE',
  'q=%00',
  'q=%u0041',
  'theme=javascript:alert(1)',
  'q=javascript:alert(1)',
  'submission=javascript:alert(1)',
  'q=<script>alert(1)</script>',
  'theme=<img src=x onerror=alert(1)>',
  `q=${LONG}`,
  `theme=${LONG}`,
  `brief=${LONG}`,
  `${LONG}=1`,
  'page=1e309',
  'page=-1',
  'page=0',
  'page=1.5',
  'page=00013',
  'page=NaN',
  'page=Infinity',
  'slide=9999999999999999999999',
  'print=true',
  'sort=__proto__',
  'table=themes,themes,nope,<b>',
  'open=all,5.2',
  'open=5.2,,,14,',
  'brief=themes(theme:halal,places(((',
  'brief=)(',
  'brief=themes(theme:__proto__)',
  'theme=halal&theme=tourism&place=gba',
  'theme=halal,HALAL,hal al,halal',
  'action=fund,wish',
  'submission=..&submission=x',
  'lang=en&unknown=1&q=parcel&page=3',
];

/** Every way the app could ever be handed a query string (on Explore): never a throw, a stable canonical form. */
function checkInvariants(search: string) {
  const params = new URLSearchParams(search);
  const { pathname, search: written, ignored } = canonicalAddress('/explore', search);
  // Canonical is a fixed point: reading it back ignores nothing and changes nothing.
  expect(canonicalAddress(pathname, written)).toEqual({ pathname, search: written, ignored: [] });
  // Nothing unknown or repeated remains.
  const keys = [...new URLSearchParams(written).keys()];
  expect(keys.every((key) => KNOWN_PARAMS.has(key))).toBe(true);
  expect(new Set(keys).size).toBe(keys.length);
  // What it parses to is what the original parsed to (the first of each parameter), in the same language.
  expect(parseViewState(new URLSearchParams(written)).state).toEqual(parseViewState(params).state);
  expect(languageOf(pathname, written)).toBe(languageOf('/explore', search));
  // Untouched prototypes.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
  return { written, pathname, ignored };
}

describe('hand-picked hostile query strings', () => {
  test.each(HAND_PICKED.map((search) => [search.length > 80 ? `${search.slice(0, 60)}… (${search.length} chars)` : search, search]))('%s', (_label, search) => {
    const { ignored } = checkInvariants(search);
    // Each ignored item names its parameter and quotes its value.
    for (const issue of ignored) expect(typeof issue.param === 'string' && typeof issue.value === 'string').toBe(true);
  });

  test('the count: at least 40 hand-picked cases', () => {
    expect(HAND_PICKED.length).toBeGreaterThanOrEqual(40);
  });

  test('valid parameters survive beside invalid ones, and each dropped item is reported', () => {
    const { written, pathname, ignored } = checkInvariants('lang=en&theme=halal,<b>&unknown=1&page=1e309&q=parcel&lang=zh-Hans&table=themes,nope');
    expect(pathname).toBe('/en/explore');
    expect(written).toBe('?theme=halal&q=parcel&table=themes');
    expect(ignored.map((issue) => `${issue.reason}:${issue.param}=${issue.value}`).sort()).toEqual(
      ['invalid-value:theme=<b>', 'unknown-param:unknown=1', 'invalid-value:page=1e309', 'duplicate:lang=zh-Hans', 'invalid-value:table=nope'].sort(),
    );
  });

  test('a 64 KB search is dropped and reported as too long, not kept', () => {
    const { written, pathname, ignored } = checkInvariants(`q=${LONG}&lang=en`);
    expect({ pathname, written }).toEqual({ pathname: '/en/explore', written: '' });
    expect(ignored).toEqual([{ param: 'q', value: `${'a'.repeat(20)}…`, reason: 'too-long' }]);
  });

  test('a valid address is left exactly as written', () => {
    for (const search of ['?open=5.2', '?place=gba&table=themes', '?brief=themes,places(theme:halal)&slide=2', '?page=13&theme=halal']) {
      expect(checkInvariants(search)).toEqual({ written: search, pathname: '/explore', ignored: [] });
    }
    // A legacy language moves into the path, the rest as written.
    expect(checkInvariants('?lang=zh-Hans&place=gba&table=themes')).toEqual({ written: '?place=gba&table=themes', pathname: '/zh-Hans/explore', ignored: [] });
  });
});

/** Pieces a generated query string is made of: valid pairs, invalid values of known parameters, unknown keys, junk. */
const VALID_PAIRS: readonly [string, string][] = [
  ['theme', 'halal'],
  ['theme', 'gba-integration,silver-economy'],
  ['place', 'gba'],
  ['pillar', 'P2'],
  ['chapter', 'C14'],
  ['action', 'fund'],
  ['scheme', 'bud-fund'],
  ['q', 'parcel 小額包裹'],
  ['sort', 'source'],
  ['table', 'themes,places'],
  ['page', '13'],
  ['open', '5.2,14'],
  ['brief', 'themes,places(theme:halal)'],
  ['slide', '2'],
  ['print', '1'],
  ['submission', 'demo-chamber-2025-budget'],
];

const pair = fc.oneof(
  fc.constantFrom(...VALID_PAIRS),
  fc.tuple(fc.constantFrom(...KNOWN_PARAMS), fc.string({ unit: 'binary', maxLength: 40 })),
  fc.tuple(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 })),
  fc.tuple(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString'), fc.string({ maxLength: 8 })),
);

const encodeLoosely = fc.constantFrom(
  (value: string) => encodeURIComponent(value),
  (value: string) => value, // raw, as a careless link might
  (value: string) => value.replace(/%/g, '%25').replace(/&/g, '%26').replace(/#/g, '%23'),
);

const queryString = fc
  .tuple(fc.array(fc.tuple(pair, encodeLoosely), { maxLength: 12 }), fc.option(fc.constantFrom('%', '%E0%A4%A', '&&', '=', '%ZZ'), { nil: undefined }))
  .map(([pairs, junk]) => `${pairs.map(([[key, value], encode]) => `${encode(key)}=${encode(value)}`).join('&')}${junk ?? ''}`);

describe('1,000 generated query strings (fast-check, fixed seed)', () => {
  test('never throw; canonical is a fixed point; nothing unknown or repeated remains; prototypes untouched', () => {
    fc.assert(
      fc.property(queryString, (search) => {
        checkInvariants(search);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  test('each valid parameter given first survives, with its value', () => {
    fc.assert(
      fc.property(fc.subarray([...VALID_PAIRS]), fc.array(pair, { maxLength: 6 }), (valid, noise) => {
        // The valid ones first (the first of a repeated parameter is the one used), then noise.
        const firstOfEach = valid.filter(([key], index) => valid.findIndex(([other]) => other === key) === index);
        const search = [...firstOfEach, ...noise].map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&');
        const written = new URLSearchParams(checkInvariants(search).written);
        for (const [key, value] of firstOfEach) expect(written.get(key), `${key} in ${search}`).toBe(value);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});
