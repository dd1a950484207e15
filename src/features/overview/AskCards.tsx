import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import type { Ask, RecommendationCore } from '../../domain/dataset.ts';
import { recommendationLabel } from '../../domain/outline.ts';
import { LocalizedText } from '../../ui/LocalizedText.tsx';
import { pageLabel } from '../../ui/pageLabel.ts';
import { AskOutcomeText } from '../../ui/RecommendationAnnotations.tsx';
import { useAskText } from '../../ui/useAskText.ts';
import { useLinkBuilder } from '../../url/useViewState.ts';

/** What the response made of one numeric ask of a recommendation, if it was judged. */
const outcomeOf = (rec: RecommendationCore, askId: string) => rec.response?.numbers?.find((number) => number.askId === askId);

/** The numbers as cards: what is measured, from → to, the source's words, and the recommendation one click away. */
export function AskCards({ asks, recommendationsById }: { asks: { asks: Ask[]; background: Ask[] }; recommendationsById: Map<string, RecommendationCore> }) {
  const { t } = useTranslation();
  return (
    <section id="asks" className="asks" aria-labelledby="asks-title" tabIndex={-1}>
      <h2 id="asks-title">{t('overview.asks.title')}</h2>
      <p className="chart__subtitle">{t('overview.asks.subtitle')}</p>
      {asks.asks.length === 0 ? <p>{t('overview.asks.none')}</p> : <CardList asks={asks.asks} recommendationsById={recommendationsById} />}
      {asks.background.length > 0 && (
        <>
          <h3>{t('overview.asks.context')}</h3>
          <CardList asks={asks.background} recommendationsById={recommendationsById} />
        </>
      )}
    </section>
  );
}

function CardList({ asks, recommendationsById }: { asks: Ask[]; recommendationsById: Map<string, RecommendationCore> }) {
  const { t } = useTranslation();
  const askText = useAskText();
  const linkTo = useLinkBuilder();
  return (
    <ul className="ask-cards">
      {asks.map((ask) => {
        const rec = recommendationsById.get(ask.recommendationId)!;
        const { figure, ratio, date } = askText(ask);
        return (
          <li key={ask.id} className={`ask-card${ask.role === 'background' ? ' ask-card--context' : ''}`}>
            <p className="ask-card__label">
              <LocalizedText value={ask.label} />
            </p>
            <p className="ask-card__figure">
              {figure}
              {ratio && <span className="ask-card__ratio"> {ratio}</span>}
            </p>
            {date && date !== figure && <p className="ask-card__date">{date}</p>}
            {outcomeOf(rec, ask.id) && (
              <p className="ask-card__outcome">
                <AskOutcomeText outcome={outcomeOf(rec, ask.id)!} />
              </p>
            )}
            <p className="ask-card__quote">
              <q lang="zh-Hant">{ask.quote}</q>
            </p>
            <p className="ask-card__link">
              <Link to={linkTo(paths.recommendation(rec.id))}>
                {t('overview.asks.open', { label: ask.source === 'lead' ? ask.sectionId : recommendationLabel(rec.id), page: pageLabel(t, rec.page, rec.endPage) })}
              </Link>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
