/**
 * Trusted Types (required by the CSP, config/contentSecurityPolicy.ts): the app writes no
 * HTML and no script text, so the one policy it creates only vouches for the service
 * worker's script URL on our own origin. Any other sink assignment is refused by the
 * browser and reported as a CSP violation.
 */
import { TRUSTED_TYPES_POLICY } from './contentSecurityPolicy.ts';

interface TrustedTypePolicyFactory {
  createPolicy(name: string, rules: { createScriptURL?: (input: string) => string }): { createScriptURL(input: string): unknown };
}

/** Script URLs the app may load outside its module graph: the PWA's worker. (The dev server sends no CSP, so MSW's worker in `dev:api` needs no policy.) */
const ALLOWED_WORKERS = ['/sw.js'];

export function isAllowedWorkerUrl(input: string, origin: string): boolean {
  let url: URL;
  try {
    url = new URL(input, origin);
  } catch {
    return false;
  }
  return url.origin === origin && ALLOWED_WORKERS.includes(url.pathname) && url.search === '' && url.hash === '';
}

let policy: { createScriptURL(input: string): unknown } | undefined;

/** The service worker's URL as a TrustedScriptURL where the browser has Trusted Types, else as is. */
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
