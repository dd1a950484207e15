import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useBriefing } from '../../url/useBriefing.ts';
import { useViewState } from '../../url/useViewState.ts';
import type { ChartId } from '../../url/viewState.ts';
import type { ChartRow } from './chartTypes.ts';
import { LazyBarChart } from './LazyBarChart.tsx';


export interface ChartFrameProps {
  id: ChartId;
  /** The finding, in words ("GBA integration leads with 33 of 198"). */
  title: string;
  /** What the chart shows ("Recommendations by theme"). */
  subtitle: string;
  /** One sentence with the figures, for screen readers. */
  summary: string;
  rows: readonly ChartRow[];
  /** Column headers of the table view. */
  categoryHeader: string;
  valueHeader: string;
  /** An extra column for the table (e.g. what is asked of each scheme). */
  extraColumn?: { header: string; cell: (row: ChartRow) => ReactNode };
  /** Explore with the current filters. */
  seeAllHref: string;
  seeAllLabel: string;
}

/**
 * Every chart is a figure: a title that states the finding, a chart/table switch (the
 * table is a real <table> with the same rows), a sentence for screen readers, and a way
 * to the recommendations behind it. The switch lives in the URL (`table=themes`).
 */
export function ChartFrame(props: ChartFrameProps) {
  const { t } = useTranslation();
  const { state, update } = useViewState();
  const titleId = useId();
  const summaryId = useId();
  const asTable = state.tables.includes(props.id);
  const { isPinned, toggle } = useBriefing();
  const pinned = isPinned(props.id);
  const figureRef = useRef<HTMLElement>(null);
  const [fullscreen, setFullscreen] = useState(false);
  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement !== null && document.fullscreenElement === figureRef.current);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  // Esc leaves full screen (the browser's own key); the button does too.
  const toggleFullscreen = () => (document.fullscreenElement ? void document.exitFullscreen() : void figureRef.current?.requestFullscreen?.());
  const show = (table: boolean) =>
    update({ tables: table ? [...state.tables.filter((id) => id !== props.id), props.id] : state.tables.filter((id) => id !== props.id) });

  return (
    <figure ref={figureRef} className={`chart${fullscreen ? ' is-fullscreen' : ''}`} id={`chart-${props.id}`} aria-labelledby={titleId} aria-describedby={summaryId}>
      <figcaption className="chart__caption">
        <h2 id={titleId} className="chart__title">
          {props.title}
        </h2>
        <p className="chart__subtitle">{props.subtitle}</p>
      </figcaption>
      <p id={summaryId} className="visually-hidden">
        {props.summary}
      </p>
      <div className="chart__toolbar">
        <div className="chart__switch" role="group" aria-label={t('chart.viewAs', { title: props.subtitle })}>
        <button type="button" className="toggle" aria-pressed={!asTable} onClick={() => show(false)}>
          {t('chart.chart')}
        </button>
        <button type="button" className="toggle" aria-pressed={asTable} onClick={() => show(true)}>
          {t('chart.table')}
        </button>
        </div>
        <button type="button" className="button button--secondary chart__pin" aria-pressed={pinned} onClick={() => toggle(props.id)}>
          {pinned ? t('briefing.pinned') : t('briefing.pin')}
        </button>
        <button type="button" className="button button--secondary" onClick={toggleFullscreen}>
          {fullscreen ? t('briefing.exitFullscreen') : t('briefing.fullscreen')}
        </button>
      </div>
      {asTable ? (
        <CountTable {...props} />
      ) : (
        <LazyBarChart rows={props.rows} size={fullscreen ? 'large' : 'normal'} label={props.subtitle} />
      )}
      <p className="chart__more">
        <Link to={props.seeAllHref}>{props.seeAllLabel}</Link>
      </p>
    </figure>
  );
}

/** A chart's rows as a real table: the same rows, each row header the same drill-down link. */
export function CountTable({ rows, categoryHeader, valueHeader, extraColumn, subtitle }: Pick<ChartFrameProps, 'rows' | 'categoryHeader' | 'valueHeader' | 'extraColumn' | 'subtitle'>) {
  return (
    <div className="table-scroll">
      <table className="count-table">
        <caption className="visually-hidden">{subtitle}</caption>
        <thead>
          <tr>
            <th scope="col">{categoryHeader}</th>
            <th scope="col" className="numeric">
              {valueHeader}
            </th>
            {extraColumn && <th scope="col">{extraColumn.header}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <Link to={row.href} aria-label={row.linkLabel}>
                  {row.label}
                </Link>
              </th>
              <td className="numeric">{row.count}</td>
              {extraColumn && <td>{extraColumn.cell(row)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
