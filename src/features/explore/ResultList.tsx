import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths, sourceAnchor } from '../../config/paths.ts';
import type { Recommendation } from '../../domain/dataset.ts';
import { recommendationLabel } from '../../domain/outline.ts';
import { LocalizedText } from '../../ui/LocalizedText.tsx';
import { pageLabel } from '../../ui/pageLabel.ts';
import { useFilterValueLabel } from '../../ui/FilterChips.tsx';
import { useLinkBuilder } from '../../url/useViewState.ts';
import type { ExploreData } from './selectExplore.ts';

/** The matching recommendations: the words, their themes, and one click to the recommendation or its page in the source. */
export function ResultList({ recommendations, data }: { recommendations: readonly Recommendation[]; data: ExploreData }) {
  const { t } = useTranslation();
  const linkTo = useLinkBuilder();
  const labelOf = useFilterValueLabel(data.values);
  return (
    <ol className="results">
      {recommendations.map((rec) => {
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
              <Link to={linkTo(paths.source(), { page: rec.page }, `#${sourceAnchor(rec.id)}`)}>{t('explore.inSource', { page: pages })}</Link>
            </p>
            <ul className="chips" aria-label={t('annotations.themes')}>
              {rec.themes.map((theme) => (
                <li key={theme} className="chip">
                  {labelOf('theme', theme)}
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
