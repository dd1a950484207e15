// @vitest-environment jsdom
/**
 * A request the page's Content Security Policy refuses (issue 13): the browser rejects
 * fetch() as it would for a network failure and reports a `securitypolicyviolation`
 * (Chromium: just after the rejection). getText() tells the two apart.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { DatasetLoadError } from './errors.ts';
import { getText } from './http.ts';

const URL_ = 'https://api.example.org/v1/submissions/fhki-2025-policy-address';

/** What Chromium dispatches at the document (jsdom has no SecurityPolicyViolationEvent). */
function violation(blockedURI: string, effectiveDirective = 'connect-src'): Event {
  const event = new Event('securitypolicyviolation', { bubbles: true, composed: true });
  return Object.assign(event, { blockedURI, effectiveDirective, violatedDirective: effectiveDirective, disposition: 'enforce' });
}

/** fetch() refused, the violation reported `reportAfterMs` later (negative: before the rejection). */
function refuse(report: Event | undefined, reportAfterMs: number) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      if (report && reportAfterMs < 0) document.dispatchEvent(report);
      if (report && reportAfterMs >= 0) setTimeout(() => document.dispatchEvent(report), reportAfterMs);
      throw new TypeError('Failed to fetch');
    }),
  );
}

async function failure(promise: Promise<unknown>): Promise<DatasetLoadError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(DatasetLoadError);
  return error as DatasetLoadError;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('getText under a Content Security Policy', () => {
  test('a connect-src violation for the request\'s origin during the fetch → "csp", with the origin, not retryable', async () => {
    refuse(violation(URL_), -1);
    const error = await failure(getText(URL_, { timeoutMs: 5000 }));
    expect(error.kind).toBe('csp');
    expect(error.details).toEqual({ url: URL_, blockedOrigin: 'https://api.example.org' });
    expect(error.retryable).toBe(false);
    expect(error.message).toContain('does not allow connecting to https://api.example.org');
  });

  test('the report arriving just after the rejection (as Chromium sends it) still counts', async () => {
    refuse(violation('https://api.example.org'), 20);
    const error = await failure(getText(URL_, { timeoutMs: 5000 }));
    expect([error.kind, error.details.blockedOrigin]).toEqual(['csp', 'https://api.example.org']);
  });

  test.each([
    ['another origin', violation('https://elsewhere.example.org/x')],
    ['another directive', violation(URL_, 'img-src')],
    ['no violation at all', undefined],
  ])('%s: an ordinary "network" error, as before', async (_case, report) => {
    refuse(report, -1);
    const error = await failure(getText(URL_, { timeoutMs: 5000 }));
    expect(error.kind).toBe('network');
    expect(error.details).toEqual({ url: URL_ });
    expect(error.retryable).toBe(true);
  });

  test('the listener is gone once the request is over', async () => {
    const removed = vi.spyOn(document, 'removeEventListener');
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{}', { status: 200 })));
    await getText(URL_, { timeoutMs: 5000 });
    expect(removed).toHaveBeenCalledWith('securitypolicyviolation', expect.any(Function), true);
    removed.mockRestore();
  });
});
