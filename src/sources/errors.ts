/**
 * Why a dataset could not be loaded, in terms the UI can explain. Every source throws
 * one of these; none of them is worth retrying except a network or server failure.
 */
export type DatasetErrorKind = 'network' | 'http' | 'not-json' | 'schema';

export interface SchemaProblem {
  /** Dotted path to the offending field, e.g. "recommendations.12.page". */
  path: string;
  message: string;
}

export class DatasetLoadError extends Error {
  constructor(
    readonly kind: DatasetErrorKind,
    message: string,
    readonly details: { status?: number; url?: string; problems?: readonly SchemaProblem[] } = {},
  ) {
    super(message);
    this.name = 'DatasetLoadError';
  }

  /** Network failures and 5xx may succeed on a second try; a bad document never will. */
  get retryable(): boolean {
    return this.kind === 'network' || (this.kind === 'http' && (this.details.status ?? 0) >= 500);
  }
}
