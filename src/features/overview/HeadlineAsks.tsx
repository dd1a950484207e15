import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import type { Addressee } from '../../domain/dataset.ts';
import { localize } from '../../domain/localize.ts';
import { recommendationLabel } from '../../domain/outline.ts';
import type { HeadlineAsk } from '../../domain/summary.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { pageLabel } from '../../ui/pageLabel.ts';
import { AskOutcomeText } from '../../ui/RecommendationAnnotations.tsx';
import { useAskText } from '../../ui/useAskText.ts';
import { VerdictTag } from '../../ui/VerdictTag.tsx';
import { useLinkBuilder } from '../../url/useViewState.ts';
import { listFormat } from '../../i18n/intl.ts';

/**
 * The asks executives quote, as cards: what, from → to (or which way), of whom, what the
 * Government's response did with it, and the recommendation's words one click away.
 */
export function HeadlineAsks({ cards, addressees }: { cards: HeadlineAsk[]; addressees: ReadonlyMap<string, Addressee> }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const askText = useAskText();
  const linkTo = useLinkBuilder();
  if (cards.length === 0) return null;
  return (
    <section className="headline-asks" aria-labelledby="headline-asks-title">
      <h2 id="headline-asks-title">{t('overview.headlineAsks.title')}</h2>
      <ul className="headline-asks__list">
        {cards.map(({ recommendation: rec, ask }) => {
          const { figure, ratio } = askText(ask);
          const outcome = rec.response?.numbers?.find((number) => number.askId === ask.id);
          const of = listFormat(lang, { type: 'conjunction' }).format(rec.addressees.flatMap((id) => (addressees.get(id) ? [localize(addressees.get(id)!.label, lang)] : [])));
          return (
            <li key={rec.id} className="headline-ask">
              <p className="headline-ask__label">{localize(ask.label, lang)}</p>
              <p className="headline-ask__figure">
                {figure}
                {ratio && <span className="headline-ask__ratio"> {ratio}</span>}
              </p>
              <p className="headline-ask__of">{t('overview.headlineAsks.of', { list: of })}</p>
              {rec.response && (
                <p className="headline-ask__response">
                  <VerdictTag verdict={rec.response.verdict} />
                  {outcome && (
                    <>
                      {' '}
                      <AskOutcomeText outcome={outcome} />
                    </>
                  )}
                </p>
              )}
              <p className="headline-ask__link">
                <Link to={linkTo(paths.recommendation(rec.id))}>{t('overview.asks.open', { label: recommendationLabel(rec.id), page: pageLabel(t, rec.page, rec.endPage) })}</Link>
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
