import { describe, expect, test } from 'vitest';
import { isAllowedWorkerUrl, SEARCH_WORKER } from './trustedTypes.ts';

const ORIGIN = 'https://dash.example';

describe('isAllowedWorkerUrl (what the Trusted Types policy vouches for)', () => {
  test.each(['/sw.js', 'https://dash.example/sw.js'])('our own worker %s', (url) => {
    expect(isAllowedWorkerUrl(url, ORIGIN)).toBe(true);
  });

  test.each(['https://evil.example/sw.js', '//evil.example/sw.js', '/sw.js?x=1', '/sw.js#x', '/other.js', 'javascript:alert(1)', 'data:text/javascript,1', '/assets/index.js', 'http://[bad', '/mockServiceWorker.js'])(
    'nothing else: %s',
    (url) => {
      expect(isAllowedWorkerUrl(url, ORIGIN)).toBe(false);
    },
  );
});

describe('the search worker (decision 016)', () => {
  test('its own URL, exactly as the build (or the dev server) names it', () => {
    expect(SEARCH_WORKER.url).toMatch(/recommendationSearch\.worker/);
    expect(isAllowedWorkerUrl(SEARCH_WORKER.url, ORIGIN)).toBe(true);
    expect(isAllowedWorkerUrl(new URL(SEARCH_WORKER.url, ORIGIN).href, ORIGIN)).toBe(true);
  });

  test.each([
    ['another origin', () => new URL(SEARCH_WORKER.url, 'https://evil.example').href],
    ['another query', () => `${new URL(SEARCH_WORKER.url, ORIGIN).pathname}?x=1`],
    ['a hash', () => `${SEARCH_WORKER.url}#x`],
    ['another worker next to it', () => new URL('./other.worker.js', new URL(SEARCH_WORKER.url, ORIGIN)).pathname],
  ])('nothing like it: %s', (_case, url) => {
    expect(isAllowedWorkerUrl(url(), ORIGIN)).toBe(false);
  });
});
