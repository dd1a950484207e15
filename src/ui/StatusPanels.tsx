import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { paths } from '../config/paths.ts';
import { useAppConfig } from '../config/AppConfigContext.tsx';
import { useDataSource } from '../sources/DataSourceContext.tsx';
import { DatasetLoadError } from '../http/errors.ts';
import { useLinkBuilder } from '../url/useViewState.ts';
import { dateTimeFormat } from '../i18n/intl.ts';

/** Whole seconds for a message, never "0 seconds". */
const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/**
 * Shown while data loads; a polite live region so screen readers hear it once. After a
 * while it adds that the source is slow, and how long it will be given.
 */
export function Loading() {
  const { t } = useTranslation();
  const { stillLoadingAfterMs, timeoutMs } = useAppConfig();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), stillLoadingAfterMs);
    return () => clearTimeout(timer);
  }, [stillLoadingAfterMs]);
  return (
    <p className="status" role="status">
      {slow ? t('status.stillLoading', { count: seconds(timeoutMs) }) : t('status.loading')}
    </p>
  );
}

const MAX_PROBLEMS_SHOWN = 8;

/** What went wrong, in the reader's language: one sentence per kind of failure. */
export function describeLoadError(error: unknown, t: TFunction): string {
  if (!(error instanceof DatasetLoadError)) return t('errors.network');
  const { kind, details } = error;
  switch (kind) {
    case 'timeout':
      return t('errors.timeout', { count: seconds(details.timeoutMs ?? 0) });
    case 'not-json':
      return details.received === 'html' ? t('errors.html') : details.received === 'empty' ? t('errors.empty') : t('errors.notJson');
    case 'schema':
      return t('errors.schema');
    case 'csp':
      return t('errors.csp', { origin: details.blockedOrigin ?? details.url ?? '' });
    case 'http':
      switch (details.status) {
        case 401:
          return t('errors.unauthorized');
        case 403:
          return t('errors.forbidden');
        case 404:
          return t('errors.notFound');
        case 429:
          return t('errors.tooManyRequests');
        case 503:
          return t('errors.unavailable');
        default:
          return t('errors.http', { status: details.status });
      }
    default:
      return t('errors.network');
  }
}

/** A bearer token for this tab only; it is never written to storage or to the address. */
function TokenForm({ onToken }: { onToken: () => void }) {
  const { t } = useTranslation();
  const { token } = useDataSource();
  const inputId = useId();
  const [value, setValue] = useState('');
  if (!token) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    token.set(value);
    onToken();
  };
  return (
    <form className="token-form" onSubmit={submit}>
      <label htmlFor={inputId}>{t('errors.tokenLabel')}</label>
      <input id={inputId} type="password" autoComplete="off" spellCheck={false} required value={value} onChange={(event) => setValue(event.target.value)} />
      <button type="submit" className="button">
        {t('errors.tokenSubmit')}
      </button>
      <p className="hint">{t('errors.tokenHint')}</p>
    </form>
  );
}

/**
 * The page's CSP refused the connection: only the host can fix that, by allowing the
 * origin in connect-src (docs/api/README.md). Until then the bundled data is the way back,
 * by config.json or by the build, whichever chose the API.
 */
function CspBlockedAdvice({ origin }: { origin: string }) {
  const { t } = useTranslation();
  const config = useAppConfig();
  return (
    <>
      <p>{t('errors.cspHost', { origin })}</p>
      {config.origin === 'config.json' && <p>{t('errors.cspStatic')}</p>}
      {config.origin === 'build' && <p>{t('errors.cspRebuild')}</p>}
    </>
  );
}

/**
 * Explains why the data could not be loaded, how often it was tried, and what to do:
 * try again, give a token, or pick another submission. It is the page's content then, hence its h1.
 * A CSP refusal is not tried again in the page (its policy stays until a reload): it offers a reload.
 */
export function DatasetErrorPanel({ error, attempts, onRetry }: { error: unknown; attempts: number; onRetry: () => void }) {
  const { t } = useTranslation();
  const linkTo = useLinkBuilder();
  const loadError = error instanceof DatasetLoadError ? error : undefined;
  const problems = loadError?.details.problems ?? [];
  const status = loadError?.kind === 'http' ? loadError.details.status : undefined;
  const retryAfterMs = loadError?.details.retryAfterMs;
  const serverSaid = loadError?.details.problem;
  const cspBlocked = loadError?.kind === 'csp';
  return (
    <section className="panel panel--error" role="alert" aria-labelledby="dataset-error-title">
      <h1 id="dataset-error-title">{t('errors.title')}</h1>
      <p>{describeLoadError(error, t)}</p>
      {cspBlocked && <CspBlockedAdvice origin={loadError.details.blockedOrigin ?? loadError.details.url ?? ''} />}
      {problems.length > 0 && (
        <ul className="problems">
          {problems.slice(0, MAX_PROBLEMS_SHOWN).map((problem) => (
            <li key={`${problem.path}:${problem.message}`}>
              {/* The validator's own words are English whatever the UI language. */}
              <code>{problem.path}</code>: <span lang="en">{problem.message}</span>
            </li>
          ))}
        </ul>
      )}
      {problems.length > MAX_PROBLEMS_SHOWN && <p>{t('errors.moreProblems', { count: problems.length - MAX_PROBLEMS_SHOWN })}</p>}
      {serverSaid && (
        <p>
          {t('errors.serverSaid')} <q>{[serverSaid.title, serverSaid.detail].filter(Boolean).join(' — ')}</q>
        </p>
      )}
      {retryAfterMs !== undefined && <p>{t('errors.retryAfter', { count: seconds(retryAfterMs) })}</p>}
      {attempts > 0 && <p>{t('errors.attempts', { count: attempts })}</p>}
      {status === 404 && (
        <p>
          <Link to={linkTo(paths.submissions(), { submission: '' })}>{t('errors.toSubmissions')}</Link>
        </p>
      )}
      {(status === 401 || status === 403) && <TokenForm onToken={onRetry} />}
      {cspBlocked ? (
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </button>
      ) : (
        status !== 401 && (
          <button type="button" className="button" onClick={onRetry}>
            {t('errors.retry')}
          </button>
        )
      )}
    </section>
  );
}

/** The last good data stays on screen when a background refresh fails; this says so, and offers a retry. */
function RefreshFailedBanner({ error, updatedAt, onRetry }: { error: unknown; updatedAt: number; onRetry: () => void }) {
  const { t, i18n } = useTranslation();
  const time = dateTimeFormat(i18n.language, { timeStyle: 'short' }).format(updatedAt);
  return (
    <div className="panel panel--notice" role="status">
      <p>
        {t('errors.refreshFailed', { time })} {describeLoadError(error, t)}
      </p>
      <button type="button" className="button" onClick={onRetry}>
        {t('errors.retry')}
      </button>
    </div>
  );
}

/**
 * One rendering of a query's states for every view: loading, failed (with the reason),
 * or the data, which stays visible when a later refresh fails.
 */
export function QueryResult<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const retry = () => void query.refetch();
  // While loading, and while retrying after a failure the reader asked to retry.
  if (query.isPending || (query.isError && query.isFetching && query.data === undefined)) return <Loading />;
  if (query.isError && query.data === undefined) return <DatasetErrorPanel error={query.error} attempts={query.failureCount} onRetry={retry} />;
  return (
    <>
      {query.isError && <RefreshFailedBanner error={query.error} updatedAt={query.dataUpdatedAt} onRetry={retry} />}
      {children(query.data as T)}
    </>
  );
}

/** Lists what the URL asked for that could not be honoured. */
export function UrlNotice({ messages }: { messages: readonly string[] }) {
  const { t } = useTranslation();
  if (messages.length === 0) return null;
  return (
    <div className="panel panel--notice" role="status">
      <p>{t('url.ignored')}</p>
      <ul>
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  );
}
