import { useTranslation } from 'react-i18next';
import { recommendationsBehind } from '../../domain/overview.ts';
import { recommendationLabel } from '../../domain/outline.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { CountTable } from '../../ui/charts/ChartFrame.tsx';
import { LazyBarChart } from '../../ui/charts/LazyBarChart.tsx';
import { useChartSpecs } from '../../ui/charts/useChartSpecs.ts';
import { LocalizedText } from '../../ui/LocalizedText.tsx';
import { pageLabel } from '../../ui/pageLabel.ts';
import { QrCode } from '../../ui/QrCode.tsx';
import { toSearch, writeViewState } from '../../url/viewState.ts';
import type { BriefingData, SlideData } from './selectBriefing.ts';
import { useSlideText } from './useSlideText.ts';


/** How many recommendations behind each chart's top row the pack quotes. */
const QUOTED = 6;

/** The briefing as an A4 pack: a cover, then one chart per page with its table and the words behind it. */
export function PrintPack({ data }: { data: BriefingData }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  // The live briefing: this address without the print layout.
  const live = new URL(window.location.href);
  live.search = toSearch(writeViewState({ print: false, slide: 1 }, live.searchParams));
  const text = useSlideText(data.dataset, data.values);
  return (
    <article className="print-pack" aria-labelledby="pack-title">
      <section className="pack-cover">
        <h1 id="pack-title">{t('briefing.cover')}</h1>
        <p>
          <LocalizedText value={data.dataset.submission.title} />
        </p>
        <p>{t('briefing.printed', { date: new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date()) })}</p>
        <ol className="pack-cover__list">
          {data.slides.map((entry, index) => (
            <CoverLine key={index} entry={entry} filters={text(entry).filters} />
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
        <PackPage key={index} entry={entry} data={data} text={text(entry)} />
      ))}
    </article>
  );
}

function CoverLine({ entry, filters }: { entry: SlideData; filters: string }) {
  const spec = useChartSpecs(entry.data).find((candidate) => candidate.id === entry.slide.chart);
  return (
    <li>
      {spec?.title ?? entry.slide.chart} <span className="pack-cover__filters">({filters})</span>
    </li>
  );
}

function PackPage({ entry, data, text }: { entry: SlideData; data: BriefingData; text: { filters: string; citation: string } }) {
  const { t } = useTranslation();
  const spec = useChartSpecs(entry.data).find((candidate) => candidate.id === entry.slide.chart);
  if (!spec) return null;
  const behind = recommendationsBehind(data.dataset, entry.data.index, entry.slide.filters, spec.id, spec.rows[0]!.id);
  return (
    <section className="pack-page" aria-labelledby={`pack-${spec.id}-${entry.slide.chart}`}>
      <h2 id={`pack-${spec.id}-${entry.slide.chart}`}>{spec.title}</h2>
      <p className="slide__subtitle">{spec.subtitle}</p>
      <p className="slide__filters">{text.filters}</p>
      <LazyBarChart rows={spec.rows.slice(0, 12)} label={spec.subtitle} eager />
      <CountTable rows={spec.rows} categoryHeader={spec.categoryHeader} valueHeader={spec.valueHeader} extraColumn={spec.extraColumn} subtitle={spec.subtitle} />
      <h3>{t('briefing.quoteTitle', { label: spec.rows[0]!.label })}</h3>
      <ol className="pack-quotes">
        {behind.slice(0, QUOTED).map((rec) => (
          <li key={rec.id}>
            <span lang="zh-Hant">{rec.text['zh-Hant']}</span>{' '}
            <span className="pack-quotes__cite">
              ({t('recommendation.heading', { label: recommendationLabel(rec.id) })}, {pageLabel(t, rec.page, rec.endPage)})
            </span>
          </li>
        ))}
      </ol>
      <p className="slide__citation">{text.citation}</p>
    </section>
  );
}
