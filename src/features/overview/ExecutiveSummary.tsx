import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import type { ResponseDocumentRef } from '../../domain/dataset.ts';
import { hasFilters, type Filters } from '../../domain/filters.ts';
import type { ExecutiveSummary as Summary } from '../../domain/summary.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { useLinkBuilder } from '../../url/useViewState.ts';
import { findingText } from './finding.ts';
import { numberFormat } from '../../i18n/intl.ts';

/**
 * The first screen's finding, written from the data (no number in it is typed by hand), and the
 * counts that matter, each a link to the rows behind it: the recommendations, what was taken up,
 * what is still open (in Explore), the quantities asked for (the cards below) and the schemes
 * named (their chart's table).
 */
export function ExecutiveSummary({ summary, filters, document }: { summary: Summary; filters: Filters; document: ResponseDocumentRef | undefined }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const linkTo = useLinkBuilder();
  const number = numberFormat(lang);
  const { uptake } = summary;
  const cards: { key: string; count: number; label: string; href: string }[] = [
    { key: 'recommendations', count: summary.total, label: t('overview.counts.recommendations'), href: linkTo(paths.explore(), { filters }) },
    ...(uptake
      ? [
          { key: 'taken-up', count: uptake.takenUp, label: t('overview.counts.takenUp'), href: linkTo(paths.explore(), { filters: { ...filters, verdict: ['adopted', 'partly'] } }) },
          { key: 'open', count: uptake.notAddressed.length, label: t('overview.counts.open'), href: linkTo(paths.explore(), { filters: { ...filters, verdict: ['not-addressed'] } }) },
        ]
      : []),
    { key: 'asks', count: summary.asks, label: t('overview.counts.asks'), href: linkTo(paths.overview(), {}, '#asks') },
    { key: 'schemes', count: summary.schemes, label: t('overview.counts.schemes'), href: linkTo(paths.overview(), { tables: ['schemes'] }, '#chart-schemes') },
  ];
  const finding = findingText(summary, document, hasFilters(filters), t, lang);
  return (
    <section className="summary" aria-labelledby="summary-title">
      <h2 id="summary-title" className="visually-hidden">
        {t('overview.summary.label')}
      </h2>
      <p className="summary__finding">{finding}</p>
      <ul className="summary__counts">
        {cards.map((card) => (
          <li key={card.key}>
            <Link to={card.href} className="count-card">
              <span className="count-card__number">{number.format(card.count)}</span>{' '}
              <span className="count-card__label">{card.label}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
