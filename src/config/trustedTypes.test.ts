import { describe, expect, test } from 'vitest';
import { isAllowedWorkerUrl } from './trustedTypes.ts';

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
