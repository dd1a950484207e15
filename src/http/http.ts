/**
 * The one way the app talks HTTP: a GET with a time limit covering the whole answer
 * (headers and body), errors turned into DatasetLoadError, and response bodies parsed
 * with a zod schema. The static and REST sources differ only in URLs and headers; the
 * configuration (config/appConfig.ts) reads config.json with the same GET. A leaf: it
 * imports nothing from the app (docs/architecture.md).
 */
import type { z } from 'zod';
import { DatasetLoadError, type NotJsonBody, type ProblemDetails } from './errors.ts';

export interface GetOptions {
  signal?: AbortSignal | undefined;
  /** The request is aborted, and a `timeout` error thrown, when the answer takes longer. */
  timeoutMs: number;
  headers?: Record<string, string>;
}

export interface TextResponse {
  status: number;
  headers: Headers;
  body: string;
}

/**
 * How long a failed request waits for the CSP's violation report. Chromium rejects fetch()
 * first and fires `securitypolicyviolation` in a later task, so the report can trail the failure.
 */
export const CSP_REPORT_GRACE_MS = 250;

const originOf = (url: string): string | undefined => {
  try {
    return new URL(url, globalThis.location?.href).origin;
  } catch {
    return undefined;
  }
};

/**
 * Listens, while a request is under way, for the page's Content Security Policy refusing a
 * connection to the request's origin (connect-src). `blocked()`, after the request failed,
 * says whether that was why. Nothing to listen to outside a document (Node, the unit tests).
 */
function watchForCspBlock(url: string): { blocked(): Promise<string | undefined>; stop(): void } {
  const origin = originOf(url);
  if (typeof document === 'undefined' || origin === undefined) return { blocked: () => Promise.resolve(undefined), stop: () => undefined };
  let seen = false;
  let wake: (() => void) | undefined;
  const listener = (event: Event) => {
    const { effectiveDirective, blockedURI } = event as SecurityPolicyViolationEvent;
    if (effectiveDirective !== 'connect-src' || originOf(blockedURI) !== origin) return;
    seen = true;
    wake?.();
  };
  document.addEventListener('securitypolicyviolation', listener, true);
  return {
    async blocked() {
      if (!seen) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, CSP_REPORT_GRACE_MS);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
      return seen ? origin : undefined;
    },
    stop: () => document.removeEventListener('securitypolicyviolation', listener, true),
  };
}

/**
 * GETs `url` and reads its body as text within `timeoutMs`; a caller's abort is passed through untouched.
 * A request the page's CSP refuses is a `csp` error, not `network`: the connection was never tried.
 */
export async function getText(url: string, { signal, timeoutMs, headers }: GetOptions): Promise<TextResponse> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const passOnAbort = () => controller.abort(signal?.reason);
  if (signal?.aborted) passOnAbort();
  else signal?.addEventListener('abort', passOnAbort, { once: true });
  const csp = watchForCspBlock(url);
  try {
    const response = await fetch(url, { signal: controller.signal, headers: { Accept: 'application/json', ...headers } });
    const body = await response.text();
    return { status: response.status, headers: response.headers, body };
  } catch (error) {
    if (timedOut) throw new DatasetLoadError('timeout', `${url} did not answer within ${timeoutMs} ms.`, { url, timeoutMs });
    if (signal?.aborted) throw error;
    clearTimeout(timer); // the request is over: the wait for a CSP report is not a timeout
    const blockedOrigin = await csp.blocked();
    if (signal?.aborted) throw error;
    if (blockedOrigin !== undefined) {
      throw new DatasetLoadError('csp', `The page's Content Security Policy (connect-src) does not allow connecting to ${blockedOrigin}, so ${url} was not requested.`, {
        url,
        blockedOrigin,
      });
    }
    throw new DatasetLoadError('network', `Could not reach ${url}.`, { url });
  } finally {
    clearTimeout(timer);
    csp.stop();
    signal?.removeEventListener('abort', passOnAbort);
  }
}

/** RFC 9110's preferred date form, "Sun, 06 Nov 1994 08:49:37 GMT" (Date.parse alone would accept "1.5" as a date in 2001). */
const IMF_FIXDATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/** `Retry-After` as milliseconds from `now`: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  const trimmed = value?.trim() ?? '';
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  if (!IMF_FIXDATE.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const MAX_PROBLEM_TEXT = 300;

/** The title and detail of an RFC 9457 body, if the body is one; anything else is ignored. */
export function readProblem(body: string): ProblemDetails | undefined {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof json !== 'object' || json === null) return undefined;
  const { title, detail } = json as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim().slice(0, MAX_PROBLEM_TEXT) : undefined);
  const problem = { title: text(title), detail: text(detail) };
  return problem.title || problem.detail ? problem : undefined;
}

/** The error for a response that is not a success, with what the server said and asked for. */
export function errorForStatus(url: string, response: TextResponse): DatasetLoadError {
  const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'));
  const problem = readProblem(response.body);
  return new DatasetLoadError('http', `${url} answered ${response.status}.`, {
    url,
    status: response.status,
    ...(retryAfterMs !== undefined && { retryAfterMs }),
    ...(problem && { problem }),
  });
}

function describeNotJson(body: string): NotJsonBody {
  const start = body.trimStart();
  if (start === '') return 'empty';
  return start.startsWith('<') ? 'html' : 'malformed';
}

/** Parses a response body with `schema`, or says exactly what is wrong and where. */
export function parseBody<T>(schema: z.ZodType<T>, body: string, url: string): T {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new DatasetLoadError('not-json', `The data at ${url} is not valid JSON.`, { url, received: describeNotJson(body) });
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.') || '(document)',
      message: issue.message,
    }));
    throw new DatasetLoadError('schema', `The data at ${url} does not match the expected format.`, { url, problems });
  }
  return result.data;
}
