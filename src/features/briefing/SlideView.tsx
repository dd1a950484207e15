import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../domain/dataset.ts';
import type { FilterValues } from '../../domain/filters.ts';
import { recommendationsBehind } from '../../domain/overview.ts';
import { recommendationLabel } from '../../domain/outline.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { chartSvg, svgToPng } from '../../ui/charts/exportChart.ts';
import { download } from '../../ui/download.ts';
import { LazyBarChart } from '../../ui/charts/LazyBarChart.tsx';
import { useChartSpecs, type ChartSpec } from '../../ui/charts/useChartSpecs.ts';
import { LocalizedText } from '../../ui/LocalizedText.tsx';
import { pageLabel } from '../../ui/pageLabel.ts';
import type { SlideData } from './selectBriefing.ts';
import { useSlideText } from './useSlideText.ts';


interface SlideViewProps {
  entry: SlideData;
  dataset: Dataset;
  values: FilterValues;
  showQuote: boolean;
  /** Slides offer export; the printed pack does not. */
  exportable: boolean;
}

/** One pinned chart as a slide: the finding, the chart, its filters and its citation. */
export function SlideView({ entry, dataset, values, showQuote, exportable }: SlideViewProps) {
  const { t } = useTranslation();
  const spec = useChartSpecs(entry.data).find((candidate) => candidate.id === entry.slide.chart);
  const text = useSlideText(dataset, values)(entry);
  if (!spec) return <p className="panel">{t('briefing.slideEmpty')}</p>;
  const behind = recommendationsBehind(dataset, entry.data.index, entry.slide.filters, spec.id, spec.rows[0]!.id).slice(0, 3);
  return (
    <div className="slide">
      <h2 className="slide__title">{spec.title}</h2>
      <p className="slide__subtitle">{spec.subtitle}</p>
      <p className="slide__filters">{text.filters}</p>
      <p className="visually-hidden">{spec.summary}</p>
      <LazyBarChart rows={spec.rows} size="large" label={spec.subtitle} eager />
      {showQuote && (
        <section className="slide__quote" aria-label={t('briefing.quoteTitle', { label: spec.rows[0]!.label })}>
          <h3>{t('briefing.quoteTitle', { label: spec.rows[0]!.label })}</h3>
          <ul>
            {behind.map((rec) => (
              <li key={rec.id}>
                <blockquote lang="zh-Hant">{rec.text['zh-Hant']}</blockquote>
                <p className="slide__quote-translation">
                  <LocalizedText value={rec.text} />
                </p>
                <p className="slide__quote-cite">
                  {t('recommendation.heading', { label: recommendationLabel(rec.id) })} · {pageLabel(t, rec.page, rec.endPage)}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="slide__citation">{text.citation}</p>
      {exportable && <ExportButtons spec={spec} filters={text.filters} citation={text.citation} quote={behind[0]} />}
    </div>
  );
}

function ExportButtons({ spec, filters, citation, quote }: { spec: ChartSpec; filters: string; citation: string; quote: Dataset['recommendations'][number] | undefined }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [withQuote, setWithQuote] = useState(false);
  const [status, setStatus] = useState('');
  const image = () =>
    chartSvg(spec.rows, {
      title: spec.title,
      subtitle: spec.subtitle,
      filters,
      source: citation,
      lang,
      ...(withQuote && quote ? { quote: { text: quote.text['zh-Hant'], lang: 'zh-Hant', citation: `${recommendationLabel(quote.id)} · ${pageLabel(t, quote.page, quote.endPage)}` } } : {}),
    });
  const filename = `fhki-${spec.id}-${lang}`;
  const png = async () => {
    const { svg, width, height } = image();
    return svgToPng(svg, width, height, 2);
  };
  const copy = async () => {
    try {
      if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) throw new Error('no image clipboard');
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': png() })]);
      setStatus(t('briefing.imageCopied'));
    } catch {
      setStatus(t('briefing.imageCopyFailed'));
    }
  };
  return (
    <div className="slide__export" role="group" aria-label={t('briefing.exportLabel')}>
      <label className="slide__export-option">
        <input type="checkbox" checked={withQuote} onChange={(event) => setWithQuote(event.target.checked)} /> {t('briefing.includeQuote')}
      </label>
      <button type="button" className="button button--secondary" onClick={() => download(new Blob([image().svg], { type: 'image/svg+xml' }), `${filename}.svg`)}>
        {t('briefing.exportSvg')}
      </button>
      <button type="button" className="button button--secondary" onClick={() => void png().then((blob) => download(blob, `${filename}.png`))}>
        {t('briefing.exportPng')}
      </button>
      <button type="button" className="button button--secondary" onClick={() => void copy()}>
        {t('briefing.copyImage')}
      </button>
      <span role="status">{status}</span>
    </div>
  );
}
