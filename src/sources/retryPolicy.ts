/**
 * When and how soon a failed load is tried again. One policy for every source and query,
 * installed as the QueryClient's defaults (app/AppProviders.tsx).
 *
 * TanStack Query calls both functions with the number of failures so far minus one
 * (0 after the first failure).
 */
import { DatasetLoadError } from '../http/errors.ts';

/** Two more tries after the first: three requests at most. */
export const MAX_RETRIES = 2;
/** The first wait of the exponential backoff (1 s, then 2 s). */
export const DEFAULT_BACKOFF_MS = 1000;
/** A server that asks for a longer wait than this is not retried automatically; the reader is told when to try. */
export const MAX_RETRY_AFTER_MS = 30_000;

export function shouldRetry(failureCount: number, error: Error): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (!(error instanceof DatasetLoadError)) return true;
  if (!error.retryable) return false;
  return (error.details.retryAfterMs ?? 0) <= MAX_RETRY_AFTER_MS;
}

/** The server's Retry-After when it gave one, else exponential backoff from `backoffMs`. */
export function retryDelay(failureCount: number, error: Error, backoffMs = DEFAULT_BACKOFF_MS): number {
  const asked = error instanceof DatasetLoadError ? error.details.retryAfterMs : undefined;
  if (asked !== undefined) return asked;
  return backoffMs * 2 ** failureCount;
}
