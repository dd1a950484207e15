import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import type { ResponseDocumentRef } from '../../domain/dataset.ts';
import { hasFilters, type Filters } from '../../domain/filters.ts';
import { localize } from '../../domain/localize.ts';
import type { ExecutiveSummary as Summary } from '../../domain/summary.ts';
import { formatDay } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { useLinkBuilder } from '../../url/useViewState.ts';

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
  const number = new Intl.NumberFormat(lang);
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
  const sentences = [
    t(hasFilters(filters) ? 'overview.summary.inView' : 'overview.summary.all', { count: summary.total }),
    summary.topLever && t('overview.summary.lever', { lever: localize(summary.topLever.value.label, lang), count: summary.topLever.count }),
    summary.topIndustry && t('overview.summary.industry', { industry: localize(summary.topIndustry.value.label, lang), count: summary.topIndustry.count }),
    uptake && document
      ? t('overview.summary.response', {
          document: localize(document.title, lang),
          date: formatDay(document.delivered, lang),
          adopted: number.format(uptake.byVerdict[0]!.count),
          partly: number.format(uptake.byVerdict[1]!.count),
          related: number.format(uptake.byVerdict[2]!.count),
          notAddressed: number.format(uptake.byVerdict[3]!.count),
        })
      : t('overview.summary.noResponse'),
  ];
  // Chinese runs its sentences on; English puts a space between them.
  const finding = sentences.filter(Boolean).join(lang === 'en' ? ' ' : '');
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
