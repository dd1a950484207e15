/**
 * The Content Security Policy the built app runs under: served by `vite preview` (and so
 * in every browser test) and to be set by the production host (docs/reliability.md).
 * No inline scripts or styles, no eval, no plugins, no <base>, no framing; DOM sinks need
 * Trusted Types, and the only policy allowed is the app's own (config/trustedTypes.ts), which
 * creates script URLs for the app's two workers (the service worker, the search worker) and
 * nothing else.
 *
 * `connectSources` adds the submissions API's origin when the app reads one (servedPolicy.ts works it
 * out from config.json for `vite preview`).
 */
export const TRUSTED_TYPES_POLICY = 'dashboard';

export function contentSecurityPolicy({ connectSources = [] as readonly string[] } = {}): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    // Exported PNGs are drawn from a blob: SVG; the QR code is inline SVG.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${["'self'", ...connectSources].join(' ')}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    `trusted-types ${TRUSTED_TYPES_POLICY}`,
  ].join('; ');
}
