import { useTranslation } from 'react-i18next';
import { DatasetLoadError } from '../sources/errors.ts';

/** Shown while data loads; a polite live region so screen readers hear it once. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="status" role="status">
      {t('status.loading')}
    </p>
  );
}

const MAX_PROBLEMS_SHOWN = 8;

/** Explains why the data could not be loaded, and offers a retry. It is the page's content then, hence its h1. */
export function DatasetErrorPanel({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const loadError = error instanceof DatasetLoadError ? error : undefined;
  const problems = loadError?.details.problems ?? [];
  let message: string;
  switch (loadError?.kind) {
    case 'http':
      message = t('errors.http', { status: loadError.details.status });
      break;
    case 'not-json':
      message = t('errors.notJson');
      break;
    case 'schema':
      message = t('errors.schema');
      break;
    default:
      message = t('errors.network');
  }
  return (
    <section className="panel panel--error" role="alert" aria-labelledby="dataset-error-title">
      <h1 id="dataset-error-title">{t('errors.title')}</h1>
      <p>{message}</p>
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
      <button type="button" className="button" onClick={onRetry}>
        {t('errors.retry')}
      </button>
    </section>
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
