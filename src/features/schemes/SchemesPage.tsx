import { useTranslation } from 'react-i18next';
import { PageArticle } from '../../ui/PageArticle.tsx';
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import type { Dataset, Recommendation, Scheme } from '../../domain/dataset.ts';
import { ancestry } from '../../domain/hierarchy.ts';
import { recommendationLabel } from '../../domain/outline.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { useDataset } from '../../sources/useDataset.ts';
import { LocalizedText } from '../../ui/LocalizedText.tsx';
import { QueryResult } from '../../ui/StatusPanels.tsx';
import { useFilters } from '../../url/useFilters.ts';
import { useLinkBuilder, useSubmissionId } from '../../url/useViewState.ts';

/** Module-level, hence stable for `select`. */
const selectSchemes = (dataset: Dataset) => {
  // How many recommendations a filter on each scheme opens: its own and its programmes' (ITF → ITSP).
  const around = ancestry(dataset.schemes);
  const behind = new Map<string, number>();
  for (const rec of dataset.recommendations) for (const id of around(rec.schemeIds)) behind.set(id, (behind.get(id) ?? 0) + 1);
  return { schemes: dataset.schemes, behind, recommendations: new Map(dataset.recommendations.map((rec) => [rec.id, rec])) };
};
type SchemesData = ReturnType<typeof selectSchemes>;

/** Every scheme the submission names, what is asked of it and by which recommendations. */
export function SchemesPage() {
  return <QueryResult query={useDataset(useSubmissionId(), selectSchemes)}>{(data) => <Schemes {...data} />}</QueryResult>;
}

function Schemes(data: SchemesData) {
  const { t } = useTranslation();
  return (
    <PageArticle id="schemes" title={t('schemes.title')} intro={t('schemes.intro', { count: data.schemes.length })}>
      <SchemeTree data={data} />
    </PageArticle>
  );
}

/** The schemes under `parent` (the top level without one), each followed by its own programmes, to any depth. */
function SchemeTree({ data, parent }: { data: SchemesData; parent?: Scheme }) {
  const children = data.schemes.filter((scheme) => scheme.parentId === parent?.id);
  if (children.length === 0) return null;
  return (
    <ul className={parent ? 'scheme-list scheme-list--children' : 'scheme-list'}>
      {children.map((scheme) => (
        <li key={scheme.id}>
          <SchemeCard scheme={scheme} parent={parent} recommendations={data.recommendations} behind={data.behind.get(scheme.id) ?? 0} />
          <SchemeTree data={data} parent={scheme} />
        </li>
      ))}
    </ul>
  );
}

function SchemeCard({ scheme, parent, recommendations, behind }: { scheme: Scheme; parent?: Scheme; recommendations: Map<string, Recommendation>; behind: number }) {
  const { t } = useTranslation();
  const lang = useLanguage();
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
        {lang === 'en' && !scheme.officialEnglish && (
          <>
            {' · '}
            {t('schemes.englishName')}
          </>
        )}
      </p>
      <p className="scheme-card__counts">
        {asked > 0 && t('schemes.asks', { count: asked })}
        {asked > 0 && mentioned > 0 && ' · '}
        {mentioned > 0 && t('schemes.mentions', { count: mentioned })}
        {scheme.requests.length === 0 && t('schemes.umbrella')}
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
        <Link to={exploreWith('scheme', scheme.id)}>{t('chart.seeRecommendations', { count: behind })}</Link>
      </p>
    </section>
  );
}
