import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths, sourceAnchor } from '../../config/paths.ts';
import type { Recommendation } from '../../domain/dataset.ts';
import { recommendationLabel } from '../../domain/outline.ts';
import { LocalizedText } from '../../ui/LocalizedText.tsx';
import { VerdictTag } from '../../ui/VerdictTag.tsx';
import { pageLabel } from '../../ui/pageLabel.ts';
import { useFilterValueLabel } from '../../ui/FilterChips.tsx';
import { useLinkBuilder } from '../../url/useViewState.ts';
import type { ExploreData } from './selectExplore.ts';

/**
 * Results drawn at a time: all of this submission's 198 at once, while a submission fifty
 * times larger does not put ten thousand entries in the page (docs/performance.md).
 */
export const RESULTS_PER_PAGE = 200;

/**
 * The matching recommendations: the words, their themes, and one click to the recommendation
 * or its page in the source. The list starts again from the top when the filters, search or
 * order change (the parent keys it on them).
 */
export function ResultList({ recommendations, data }: { recommendations: readonly Recommendation[]; data: ExploreData }) {
  const { t } = useTranslation();
  const linkTo = useLinkBuilder();
  const labelOf = useFilterValueLabel(data.values);
  const [shown, setShown] = useState(RESULTS_PER_PAGE);
  const more = Math.min(RESULTS_PER_PAGE, recommendations.length - shown);
  return (
    <>
      <ol className="results">
        {recommendations.slice(0, shown).map((rec) => {
          const section = data.sections.get(rec.sectionId)!;
          const label = recommendationLabel(rec.id);
          const pages = pageLabel(t, rec.page, rec.endPage);
          return (
            <li key={rec.id} className="result">
              <h2 className="result__title">
                <Link to={linkTo(paths.recommendation(rec.id))}>{t('recommendation.heading', { label })}</Link>{' '}
                <span className="result__section">
                  {section.number} <LocalizedText value={section.title} />
                </span>
              </h2>
              <p className="result__text">
                <LocalizedText value={rec.text} />
              </p>
              <p className="result__meta">
                {rec.response && (
                  <>
                    <VerdictTag verdict={rec.response.verdict} />
                    {' · '}
                  </>
                )}
                <Link to={linkTo(paths.source(), { page: rec.page }, `#${sourceAnchor(rec.id)}`)}>{t('explore.inSource', { page: pages })}</Link>
              </p>
              {(
                [
                  ['industry', 'industries'],
                  ['lever', 'levers'],
                ] as const
              ).map(([dimension, field]) => (
                <ul key={dimension} className="chips" aria-label={t(`annotations.${field}`)}>
                  {rec[field].map((value) => (
                    <li key={value} className="chip">
                      {labelOf(dimension, value)}
                    </li>
                  ))}
                </ul>
              ))}
            </li>
          );
        })}
      </ol>
      {more > 0 && (
        <p>
          <button type="button" className="button" onClick={() => setShown(shown + RESULTS_PER_PAGE)}>
            {t('explore.showMore', { count: more, shown, total: recommendations.length })}
          </button>
        </p>
      )}
    </>
  );
}
