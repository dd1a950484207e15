import { useTranslation } from 'react-i18next';
import { PageArticle } from '../../ui/PageArticle.tsx';
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import type { Dataset, Recommendation, Scheme } from '../../domain/dataset.ts';
import { recommendationLabel } from '../../domain/outline.ts';
import { useDataset } from '../../sources/useDataset.ts';
import { LocalizedText } from '../../ui/LocalizedText.tsx';
import { QueryResult } from '../../ui/StatusPanels.tsx';
import { useFilters } from '../../url/useFilters.ts';
import { useLinkBuilder } from '../../url/useViewState.ts';

/** Module-level, hence stable for `select`. */
const selectSchemes = (dataset: Dataset) => ({
  schemes: dataset.schemes,
  recommendations: new Map(dataset.recommendations.map((rec) => [rec.id, rec])),
});

/** Every scheme the submission names, what is asked of it and by which recommendations. */
export function SchemesPage() {
  return <QueryResult query={useDataset(selectSchemes)}>{(data) => <Schemes {...data} />}</QueryResult>;
}

function Schemes({ schemes, recommendations }: ReturnType<typeof selectSchemes>) {
  const { t } = useTranslation();
  const topLevel = schemes.filter((scheme) => !scheme.parentId);
  return (
    <PageArticle id="schemes" title={t('schemes.title')} intro={t('schemes.intro', { count: schemes.length })}>
      <ul className="scheme-list">
        {topLevel.map((scheme) => (
          <li key={scheme.id}>
            <SchemeCard scheme={scheme} recommendations={recommendations} />
            {schemes.some((child) => child.parentId === scheme.id) && (
              <ul className="scheme-list scheme-list--children">
                {schemes
                  .filter((child) => child.parentId === scheme.id)
                  .map((child) => (
                    <li key={child.id}>
                      <SchemeCard scheme={child} parent={scheme} recommendations={recommendations} />
                    </li>
                  ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </PageArticle>
  );
}

function SchemeCard({ scheme, parent, recommendations }: { scheme: Scheme; parent?: Scheme; recommendations: Map<string, Recommendation> }) {
  const { t } = useTranslation();
  const linkTo = useLinkBuilder();
  const { exploreWith } = useFilters();
  const asked = scheme.requests.filter((r) => r.request !== 'reference').length;
  const mentioned = scheme.requests.length - asked;
  const headingId = `scheme-${scheme.id}`;
  return (
    <section className="scheme-card" aria-labelledby={headingId} id={`scheme-card-${scheme.id}`}>
      <h2 id={headingId} className="scheme-card__title">
        <LocalizedText value={scheme.name} />
      </h2>
      <p className="scheme-card__meta">
        {t('schemes.runBy')}
        <LocalizedText value={scheme.administrator} />
        {parent && (
          <>
            {' · '}
            {t('schemes.partOf', { parent: '' })}
            <LocalizedText value={parent.name} />
          </>
        )}
      </p>
      <p className="scheme-card__counts">
        {asked > 0 && t('schemes.asks', { count: asked })}
        {asked > 0 && mentioned > 0 && ' · '}
        {mentioned > 0 && t('schemes.mentions', { count: mentioned })}
      </p>
      <ul className="scheme-card__requests">
        {scheme.requests.map(({ recommendationId, request }) => {
          const rec = recommendations.get(recommendationId)!;
          return (
            <li key={recommendationId}>
              <span className="scheme-card__request">{t(`schemeRequests.${request}`)}</span>{' '}
              <Link to={linkTo(paths.recommendation(rec.id))}>{t('recommendation.heading', { label: recommendationLabel(rec.id) })}</Link>
              <p className="scheme-card__text">
                <LocalizedText value={rec.text} />
              </p>
            </li>
          );
        })}
      </ul>
      <p>
        <Link to={exploreWith('scheme', scheme.id)}>{t('chart.seeRecommendations', { count: scheme.requests.length })}</Link>
      </p>
    </section>
  );
}
