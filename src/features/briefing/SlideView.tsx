import { useTranslation } from 'react-i18next';
import { recommendationLabel } from '../../domain/outline.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { ChartFrame } from '../../ui/charts/ChartFrame.tsx';
import { useChartSpec } from '../../ui/charts/useChartSpec.ts';
import { LocalizedText } from '../../ui/LocalizedText.tsx';
import { pageLabel } from '../../ui/pageLabel.ts';
import type { SlideData } from './selectBriefing.ts';

interface SlideViewProps {
  entry: SlideData;
  showQuote: boolean;
  /** The deck's full screen, offered in the chart's menu too. */
  fullscreen: { active: boolean; toggle: () => void };
}

/** One pinned chart as a slide: the chart's figure at slide size, and on request the words behind it. */
export function SlideView({ entry, showQuote, fullscreen }: SlideViewProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const spec = useChartSpec(entry.data, entry.slide.chart);
  if (!spec) return <p className="panel">{t('briefing.slideEmpty')}</p>;
  const behind = spec.quoted.slice(0, 3);
  const topLabel = spec.rows.find((row) => row.highlight)?.label ?? spec.rows[0]!.label;
  return (
    <div className="slide">
      <ChartFrame spec={spec} variant="slide" fullscreen={fullscreen}>
        {showQuote && (
          <section className="slide__quote" aria-label={t('briefing.quoteTitle', { label: topLabel })}>
            <h3>{t('briefing.quoteTitle', { label: topLabel })}</h3>
            <ul>
              {behind.map((rec) => (
                <li key={rec.id}>
                  <blockquote lang="zh-Hant">{rec.text['zh-Hant']}</blockquote>
                  {lang !== 'zh-Hant' && (
                    <p className="slide__quote-translation">
                      <span className="slide__quote-label">{t('recommendation.translationLabel')}</span> <LocalizedText value={rec.text} />
                    </p>
                  )}
                  <p className="slide__quote-cite">
                    {t('recommendation.heading', { label: recommendationLabel(rec.id) })} · {pageLabel(t, rec.page, rec.endPage)}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        )}
      </ChartFrame>
    </div>
  );
}
