import { describe, expect, test } from 'vitest';
import { DatasetLoadError } from '../http/errors.ts';
import { MAX_RETRY_AFTER_MS, retryDelay, shouldRetry } from './retryPolicy.ts';

const network = () => new DatasetLoadError('network', 'offline', { url: 'u' });
const timeout = () => new DatasetLoadError('timeout', 'slow', { url: 'u', timeoutMs: 100 });
const http = (status: number, retryAfterMs?: number) => new DatasetLoadError('http', `HTTP ${status}`, { url: 'u', status, ...(retryAfterMs !== undefined && { retryAfterMs }) });

describe('shouldRetry (called with failures so far minus one, as TanStack Query does)', () => {
  test('a network error is retried twice (failureCount 0 and 1), not a third time', () => {
    expect([0, 1, 2, 3].map((n) => shouldRetry(n, network()))).toEqual([true, true, false, false]);
  });

  test('timeouts, 5xx and 429 are retried like a network error', () => {
    for (const error of [timeout(), http(500), http(502), http(503), http(429)]) {
      expect([shouldRetry(0, error), shouldRetry(1, error), shouldRetry(2, error)], error.message).toEqual([true, true, false]);
    }
  });

  test('other 4xx and documents that will never parse are not retried', () => {
    for (const status of [400, 401, 403, 404, 410]) expect(shouldRetry(0, http(status)), String(status)).toBe(false);
    expect(shouldRetry(0, new DatasetLoadError('schema', 'bad', { problems: [{ path: 'x', message: 'y' }] }))).toBe(false);
    expect(shouldRetry(0, new DatasetLoadError('not-json', 'html', { received: 'html' }))).toBe(false);
  });

  test('a server asking for a wait longer than the limit is not retried automatically', () => {
    expect(shouldRetry(0, http(503, MAX_RETRY_AFTER_MS))).toBe(true);
    expect(shouldRetry(0, http(503, MAX_RETRY_AFTER_MS + 1000))).toBe(false);
  });

  test('an unknown error (not a DatasetLoadError) is retried up to the same limit', () => {
    expect(shouldRetry(0, new TypeError('boom'))).toBe(true);
    expect(shouldRetry(2, new TypeError('boom'))).toBe(false);
  });
});

describe('retryDelay', () => {
  test('backs off exponentially from the base', () => {
    expect([0, 1, 2].map((n) => retryDelay(n, network(), 1000))).toEqual([1000, 2000, 4000]);
    expect(retryDelay(1, network(), 10)).toBe(20);
  });

  test("honours the server's Retry-After instead, whatever the base", () => {
    expect(retryDelay(0, http(503, 3000), 10)).toBe(3000);
    expect(retryDelay(1, http(429, 0), 1000)).toBe(0);
  });
});
