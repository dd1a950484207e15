import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../domain/dataset.ts';
import { localize } from '../../domain/localize.ts';
import { METHOD_FIGURES } from '../../domain/methodFigures.ts';
import { VERDICTS } from '../../domain/vocabulary.ts';
import { formatDay, formatYearMonth } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { useDataset } from '../../sources/useDataset.ts';
import { PageArticle } from '../../ui/PageArticle.tsx';
import { QueryResult } from '../../ui/StatusPanels.tsx';
import { VerdictTag } from '../../ui/VerdictTag.tsx';
import { numberFormat } from '../../i18n/intl.ts';
import { useSubmissionId } from '../../url/useViewState.ts';

/** What the About page needs of the dataset (module-level, hence stable for `select`). */
const selectAbout = (dataset: Dataset) => ({
  submission: dataset.submission,
  responseDocument: dataset.responseDocument,
  schemaVersion: dataset.schemaVersion,
  recommendations: dataset.recommendations.length,
  /** The citation example quotes the first recommendation. */
  example: dataset.recommendations[0]!,
});

/**
 * About the dashboard: its two sources with their checksums and terms, how the data was made
 * (with the agreement of the annotators), what each verdict means, how to cite, and the data to take.
 */
export function AboutPage() {
  const { t } = useTranslation();
  const query = useDataset(useSubmissionId(), selectAbout);
  return (
    <PageArticle id="about" title={t('about.title')} intro={t('about.intro')}>
      <QueryResult query={query}>{(data) => <About {...data} />}</QueryResult>
    </PageArticle>
  );
}

function About({ submission, responseDocument, schemaVersion, recommendations, example }: ReturnType<typeof selectAbout>) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const number = numberFormat(lang, { maximumFractionDigits: 2, minimumFractionDigits: 2 });
  const files: { key: 'dataset' | 'source' | 'response'; suffix: string }[] = [
    { key: 'dataset', suffix: '.json' },
    { key: 'source', suffix: '.source.json' },
    ...(responseDocument ? [{ key: 'response' as const, suffix: '.response.json' }] : []),
  ];
  return (
    <>
      <section className="about-section" aria-labelledby="about-sources">
        <h2 id="about-sources">{t('about.sources.title')}</h2>
        <dl className="about-sources">
          <div>
            <dt>{localize(submission.title, lang)}</dt>
            <dd>
              {t('about.sources.submission', { author: localize(submission.author, lang), date: formatYearMonth(submission.date, lang), pages: submission.pages, count: recommendations })}
              <br />
              {t('about.sources.sha256')} <code className="about-hash">{submission.sourceSha256}</code>
            </dd>
          </div>
          {responseDocument && (
            <div>
              <dt>{localize(responseDocument.title, lang)}</dt>
              <dd>
                {t('about.sources.response', { date: formatDay(responseDocument.delivered, lang), paragraphs: responseDocument.paragraphs })}{' '}
                <a href={responseDocument.url}>{responseDocument.url.replace(/^https:\/\//, '').replace(/\/$/, '')}</a>
                <br />
                {t('about.sources.sha256Zh')} <code className="about-hash">{responseDocument.sourceSha256['zh-Hant']}</code>
                <br />
                {t('about.sources.sha256En')} <code className="about-hash">{responseDocument.sourceSha256.en}</code>
                <br />
                <small>{localize(responseDocument.attribution, lang)}</small>
              </dd>
            </div>
          )}
        </dl>
      </section>

      <section className="about-section" aria-labelledby="about-method">
        <h2 id="about-method">{t('about.method.title')}</h2>
        <p>{t('about.method.text')}</p>
        <p>{t('about.method.translations')}</p>
        <ul>
          <li>{t('about.method.facets', { levers: number.format(METHOD_FIGURES.levers), industries: number.format(METHOD_FIGURES.industries) })}</li>
          <li>{t('about.method.asks', { kappa: number.format(METHOD_FIGURES.asksWithoutNumber), urgency: number.format(METHOD_FIGURES.urgency) })}</li>
          <li>{t('about.method.response', { agree: METHOD_FIGURES.response.agree, of: METHOD_FIGURES.response.of, kappa: number.format(METHOD_FIGURES.response.kappa) })}</li>
        </ul>
        <p>{t('about.method.where')}</p>
      </section>

      {responseDocument && (
        <section className="about-section" aria-labelledby="about-verdicts">
          <h2 id="about-verdicts">{t('about.verdicts.title')}</h2>
          <dl className="about-verdicts">
            {VERDICTS.map((verdict) => (
              <div key={verdict}>
                <dt>
                  <VerdictTag verdict={verdict} />
                </dt>
                <dd>{t(`verdictHints.${verdict}`)}</dd>
              </div>
            ))}
          </dl>
          <p>{t('response.scope')}</p>
        </section>
      )}

      <section className="about-section" aria-labelledby="about-cite">
        <h2 id="about-cite">{t('about.cite.title')}</h2>
        <p>{t('about.cite.chart')}</p>
        <p>{t('about.cite.recommendation')}</p>
        <p className="about-example">{t('about.cite.example', { author: localize(submission.author, lang), title: localize(submission.title, lang), date: formatYearMonth(submission.date, lang), section: example.sectionId, page: example.page })}</p>
      </section>

      <section className="about-section" aria-labelledby="about-data">
        <h2 id="about-data">{t('about.data.title')}</h2>
        <p>{t('about.data.version', { version: schemaVersion, date: formatYearMonth(submission.date, lang), hash: submission.sourceSha256.slice(0, 12) })}</p>
        <ul>
          {files.map(({ key, suffix }) => (
            <li key={key}>
              <a href={`${import.meta.env.BASE_URL}data/${encodeURIComponent(submission.id)}${suffix}`} type="application/json" download>
                {t(`about.data.files.${key}`)}
              </a>
            </li>
          ))}
        </ul>
        <p>{t('about.data.api')}</p>
      </section>
    </>
  );
}
