import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import type { SubmissionSummary } from '../../domain/submissions.ts';
import { formatYearMonth } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { DEFAULT_SUBMISSION_ID } from '../../sources/dataSource.ts';
import { useSubmissions } from '../../sources/useDataset.ts';
import { PageArticle } from '../../ui/PageArticle.tsx';
import { QueryResult } from '../../ui/StatusPanels.tsx';
import { useLinkBuilder, useSubmissionId } from '../../url/useViewState.ts';
import { NO_FILTERS } from '../../domain/filters.ts';
import { numberFormat } from '../../i18n/intl.ts';

/** The submission picker: every submission the source holds, each opening its overview. */
export function SubmissionsPage() {
  return <QueryResult query={useSubmissions()}>{(submissions) => <SubmissionList submissions={submissions} />}</QueryResult>;
}

function SubmissionList({ submissions }: { submissions: SubmissionSummary[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const linkTo = useLinkBuilder();
  const current = useSubmissionId() ?? DEFAULT_SUBMISSION_ID;
  const captionId = useId();
  return (
    <PageArticle id="submissions" title={t('submissions.title')} intro={t('submissions.intro', { count: submissions.length })}>
      {/* On a phone the four columns scroll sideways rather than squeezing the titles; the region can be scrolled from the keyboard. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must take focus to be scrolled from the keyboard (axe: scrollable-region-focusable) */}
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="count-table submissions-table">
          <caption id={captionId} className="visually-hidden">{t('submissions.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('submissions.name')}</th>
              <th scope="col">{t('submissions.author')}</th>
              <th scope="col">{t('submissions.date')}</th>
              <th scope="col" className="numeric">
                {t('submissions.recommendations')}
              </th>
            </tr>
          </thead>
          <tbody>
            {submissions.map((submission) => (
              <tr key={submission.id}>
                <th scope="row">
                  {/* Filters and pins belong to the submission they were made on: a new one starts clean. */}
                  <Link
                    to={linkTo(paths.overview(), { submission: submission.id, filters: NO_FILTERS, brief: [] })}
                    aria-current={submission.id === current ? 'page' : undefined}
                  >
                    {submission.title[lang]}
                  </Link>
                  {submission.id === current && <> {t('submissions.current')}</>}
                </th>
                <td>{submission.author[lang]}</td>
                <td>{formatYearMonth(submission.date, lang)}</td>
                <td className="numeric">{numberFormat(lang).format(submission.recommendations)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </PageArticle>
  );
}
