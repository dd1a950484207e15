import { useTranslation } from 'react-i18next';
import { recommendationLabel } from '../../domain/outline.ts';
import { formatToday } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { ChartFrame } from '../../ui/charts/ChartFrame.tsx';
import { PRINT_WIDTH } from '../../ui/charts/chartTypes.ts';
import { useChartSpec } from '../../ui/charts/useChartSpec.ts';
import { LocalizedText } from '../../ui/LocalizedText.tsx';
import { pageLabel } from '../../ui/pageLabel.ts';
import { QrCode } from '../../ui/QrCode.tsx';
import { RESET, toSearch, writeViewState } from '../../url/viewState.ts';
import type { BriefingData, SlideData } from './selectBriefing.ts';

/** How many recommendations behind each chart's highlighted row the pack quotes. */
const QUOTED = 6;

/** The briefing as an A4 pack: a cover, then one chart per page with every row, its table and the words behind it. */
export function PrintPack({ data }: { data: BriefingData }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  // The live briefing: this address without the print layout.
  const live = new URL(window.location.href);
  live.search = toSearch(writeViewState({ print: RESET, slide: RESET }, live.searchParams));
  return (
    <article className="print-pack" aria-labelledby="pack-title">
      <section className="pack-cover">
        <h1 id="pack-title">{t('briefing.cover')}</h1>
        <p>
          <LocalizedText value={data.dataset.submission.title} />
        </p>
        <p>{t('briefing.printed', { date: formatToday(lang) })}</p>
        <ol className="pack-cover__list">
          {data.slides.map((entry, index) => (
            <CoverLine key={index} entry={entry} />
          ))}
        </ol>
        <div className="pack-cover__link">
          <QrCode text={live.href} label={t('briefing.qr')} />
          <p>{t('briefing.openLive', { url: live.href })}</p>
        </div>
        <button type="button" className="button no-print" onClick={() => window.print()}>
          {t('briefing.printNow')}
        </button>
      </section>
      {data.slides.map((entry, index) => (
        <PackPage key={index} entry={entry} index={index} />
      ))}
    </article>
  );
}

function CoverLine({ entry }: { entry: SlideData }) {
  const spec = useChartSpec(entry.data, entry.slide.chart);
  if (!spec) return null;
  return (
    <li>
      {spec.title} <span className="pack-cover__filters">({spec.filterText})</span>
    </li>
  );
}

function PackPage({ entry, index }: { entry: SlideData; index: number }) {
  const { t } = useTranslation();
  const spec = useChartSpec(entry.data, entry.slide.chart);
  if (!spec) return null;
  const topLabel = spec.rows.find((row) => row.highlight)?.label ?? spec.rows[0]!.label;
  return (
    <section className="pack-page">
      <ChartFrame spec={spec} variant="print" idSuffix={`-${index + 1}`} width={PRINT_WIDTH} withTable>
        <h3>{t('briefing.quoteTitle', { label: topLabel })}</h3>
        <ol className="pack-quotes">
          {spec.quoted.slice(0, QUOTED).map((rec) => (
            <li key={rec.id}>
              <span lang="zh-Hant">{rec.text['zh-Hant']}</span>{' '}
              <span className="pack-quotes__cite">
                ({t('recommendation.heading', { label: recommendationLabel(rec.id) })}, {pageLabel(t, rec.page, rec.endPage)})
              </span>
            </li>
          ))}
        </ol>
      </ChartFrame>
    </section>
  );
}
