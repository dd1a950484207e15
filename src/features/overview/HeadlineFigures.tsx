import { useTranslation } from 'react-i18next';
import type { Headline } from '../../domain/metrics.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';

const FIGURES = ['recommendations', 'themes', 'schemes', 'asks', 'pages'] as const;

/** The five numbers at the top: readable in a second. */
export function HeadlineFigures({ headline }: { headline: Headline }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <section aria-label={t('overview.headline.label')}>
      <dl className="headline">
        {FIGURES.map((figure) => (
          <div key={figure} className="headline__figure">
            <dt>{t(`overview.headline.${figure}`)}</dt>
            <dd>{new Intl.NumberFormat(lang).format(headline[figure])}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
