/**
 * Trusted Types (required by the CSP, config/contentSecurityPolicy.ts): the app writes no
 * HTML and no script text, so the one policy it creates only vouches for two script URLs
 * on our own origin: the service worker's and the search worker's (decision 016). Any other
 * sink assignment is refused by the browser and reported as a CSP violation.
 */
// The search worker's URL exactly as the build names it (/assets/recommendationSearch.worker-<hash>.js;
// in `npm run dev` the source file's URL): only the string, not the worker's code.
import searchWorkerUrl from '../search/recommendationSearch.worker.ts?worker&url';
import { TRUSTED_TYPES_POLICY } from './contentSecurityPolicy.ts';

interface TrustedTypePolicyFactory {
  createPolicy(name: string, rules: { createScriptURL?: (input: string) => string }): { createScriptURL(input: string): unknown };
}

/** The search worker's script URL, and how to load it: a classic script as built (one self-contained file), a module in `npm run dev`. */
export const SEARCH_WORKER = { url: searchWorkerUrl, type: import.meta.env.DEV ? 'module' : 'classic' } as const satisfies { url: string; type: WorkerType };

/**
 * Script URLs the app may load outside its module graph: the PWA's worker and the search
 * worker, each exactly (path and query). (The dev server sends no CSP, so MSW's worker in
 * `dev:api` needs no policy.)
 */
const ALLOWED_WORKERS = ['/sw.js', SEARCH_WORKER.url];

export function isAllowedWorkerUrl(input: string, origin: string): boolean {
  let url: URL;
  try {
    url = new URL(input, origin);
  } catch {
    return false;
  }
  return (
    url.origin === origin &&
    url.hash === '' &&
    ALLOWED_WORKERS.some((allowed) => {
      const exact = new URL(allowed, origin);
      return exact.pathname === url.pathname && exact.search === url.search;
    })
  );
}

let policy: { createScriptURL(input: string): unknown } | undefined;

/** A worker's URL (the service worker's or the search worker's) as a TrustedScriptURL where the browser has Trusted Types, else as is. */
export function trustedWorkerUrl(input: string): string {
  const factory = (window as unknown as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
  if (!factory) return input;
  policy ??= factory.createPolicy(TRUSTED_TYPES_POLICY, {
    createScriptURL: (url) => {
      if (!isAllowedWorkerUrl(url, window.location.origin)) throw new TypeError(`Refused script URL ${url}`);
      return url;
    },
  });
  return policy.createScriptURL(input) as string;
}
