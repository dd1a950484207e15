/**
 * Why a dataset could not be loaded, in terms the UI can explain. Every source throws
 * one of these, so the panels and the retry policy need to know no source in particular.
 */
export type DatasetErrorKind = 'network' | 'timeout' | 'http' | 'not-json' | 'schema' | 'csp';

export interface SchemaProblem {
  /** Dotted path to the offending field, e.g. "recommendations.12.page". */
  path: string;
  message: string;
}

/** The parts of an RFC 9457 problem body worth showing (the server's words, untrusted text). */
export interface ProblemDetails {
  title?: string;
  detail?: string;
}

/** What came back instead of JSON: a web page (a login or proxy page), nothing, or broken JSON. */
export type NotJsonBody = 'html' | 'empty' | 'malformed';

export interface DatasetLoadErrorDetails {
  status?: number;
  url?: string;
  problems?: readonly SchemaProblem[];
  /** How long the server asked us to wait (429, 503), in milliseconds. */
  retryAfterMs?: number;
  problem?: ProblemDetails;
  received?: NotJsonBody;
  /** The limit that was reached, for a timeout. */
  timeoutMs?: number;
  /** For `csp`: the origin the page's Content Security Policy does not allow connecting to. */
  blockedOrigin?: string;
}

export class DatasetLoadError extends Error {
  constructor(
    readonly kind: DatasetErrorKind,
    message: string,
    readonly details: DatasetLoadErrorDetails = {},
  ) {
    super(message);
    this.name = 'DatasetLoadError';
  }

  /**
   * Worth another try: the network, a timeout, a server error, or a 429 (which asks us to
   * come back later). Any other 4xx and any bad document will fail the same way again, and
   * so will a request the page's CSP blocks (`csp`): the policy only changes with a reload.
   */
  get retryable(): boolean {
    if (this.kind === 'network' || this.kind === 'timeout') return true;
    if (this.kind !== 'http') return false;
    const status = this.details.status ?? 0;
    return status >= 500 || status === 429;
  }
}
