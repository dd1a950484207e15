import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { useBriefing } from '../../url/useBriefing.ts';
import { useViewState } from '../../url/useViewState.ts';
import { PanelBoundary } from '../PanelBoundary.tsx';
import { useFullscreen } from '../useFullscreen.ts';
import { BarFigure } from './BarFigure.tsx';
import { ChartActions } from './ChartActions.tsx';
import type { LegendItem } from './barLayout.ts';
import type { ChartRow, ChartVariant } from './chartTypes.ts';
import type { ChartSpec } from './useChartSpec.ts';
import { numberFormat } from '../../i18n/intl.ts';

export interface ChartFrameProps {
  spec: ChartSpec;
  /** Where it is drawn: a dashboard panel, a slide, or the printed pack. */
  variant?: Exclude<ChartVariant, 'export'>;
  /** Added to the figure's id where a chart can appear twice on a page (a pack with one chart pinned twice). */
  idSuffix?: string;
  /** Draw at this width (the printed pack). */
  width?: number;
  /** Show the table under the chart as well (the printed pack); otherwise a chart/table switch (panels). */
  withTable?: boolean;
  /** Offer the take-away menu (not on paper). */
  actions?: boolean;
  /** Full screen of an enclosing element (a slide deck) instead of the figure's own. */
  fullscreen?: { active: boolean; toggle: () => void };
  children?: ReactNode;
}

/**
 * Every chart is this figure: the finding as its title, what is counted, the filters, the
 * chart (or its table: a real <table> of the same rows), a sentence for screen readers, the
 * citation, and one menu of take-aways. The panel's chart/table switch lives in the URL
 * (`table=themes`).
 */
export function ChartFrame({ spec, variant = 'panel', idSuffix = '', width, withTable = false, actions = variant !== 'print', fullscreen: enclosing, children }: ChartFrameProps) {
  const { t } = useTranslation();
  const { state, update } = useViewState();
  const titleId = useId();
  const summaryId = useId();
  const { isPinned, toggle } = useBriefing();
  const { ref: figureRef, state: own } = useFullscreen<HTMLElement>();
  const fullscreen = enclosing ?? own;
  // The figure itself fills the screen (drawn at slide size); an enclosing deck draws its slides at that size anyway.
  const ownFullscreen = !enclosing && own.active;
  const switchable = variant === 'panel';
  const asTable = switchable && state.tables.includes(spec.id);
  // From the address as it is when the click lands, so a quick second click is not lost.
  const show = (table: boolean) =>
    update((current) => ({ tables: table ? [...current.tables.filter((id) => id !== spec.id), spec.id] : current.tables.filter((id) => id !== spec.id) }));
  const pinned = variant === 'panel' && isPinned(spec.id);
  const drawn = ownFullscreen ? 'slide' : variant;

  return (
    <figure
      ref={figureRef}
      className={`chart chart--${variant}${ownFullscreen ? ' is-fullscreen' : ''}`}
      id={`chart-${spec.id}${idSuffix}`}
      aria-labelledby={titleId}
      aria-describedby={summaryId}
    >
      <figcaption className="chart__caption">
        <h2 id={titleId} className="chart__title">
          {spec.title}
        </h2>
        <p className="chart__subtitle">{spec.subtitle}</p>
        {(variant !== 'panel' || ownFullscreen) && <p className="chart__filters">{spec.filterText}</p>}
      </figcaption>
      <p id={summaryId} className="visually-hidden">
        {spec.summary}
      </p>
      {!enclosing && own.fallback && <p className="chart__notice">{t('chart.fullscreenFallback')}</p>}
      {(switchable || actions) && (
        <div className="chart__toolbar">
          {switchable && (
            <div className="chart__switch" role="group" aria-label={t('chart.viewAs', { title: spec.subtitle })}>
              <button type="button" className="toggle" aria-pressed={!asTable} onClick={() => show(false)}>
                {t('chart.chart')}
              </button>
              <button type="button" className="toggle" aria-pressed={asTable} onClick={() => show(true)}>
                {t('chart.table')}
              </button>
            </div>
          )}
          {pinned && <span className="chart__pinned">{t('briefing.pinned')}</span>}
          {actions && (
            <ChartActions
              spec={spec}
              fullscreen={{ active: fullscreen.active, toggle: fullscreen.toggle }}
              {...(variant === 'panel' ? { pin: { pinned, toggle: () => toggle(spec.id) } } : {})}
            />
          )}
        </div>
      )}
      {!asTable && spec.legend && <ChartLegend items={spec.legend} />}
      {!asTable && (
        // A drawing that fails leaves the title, the table switch and the page.
        <PanelBoundary label={spec.subtitle}>
          <BarFigure rows={spec.rows} variant={drawn} label={spec.subtitle} {...(width !== undefined && !ownFullscreen ? { width } : {})} />
        </PanelBoundary>
      )}
      {(asTable || withTable) && <CountTable spec={spec} />}
      <p className="chart__source">{t('chart.source', { citation: spec.citation })}</p>
      {children}
    </figure>
  );
}

/** A colour's swatch, drawn (so it prints) and hidden from screen readers: the words beside it say what it is. */
function Swatch({ colour }: { colour: string }) {
  return (
    <svg className="chart__swatch" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <rect width="12" height="12" fill={colour} />
    </svg>
  );
}

/** What each colour of a stacked chart means, in words, strongest first. */
function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  const { t } = useTranslation();
  return (
    <ul className="chart__legend" aria-label={t('chart.legend')}>
      {items.map((item) => (
        <li key={item.label}>
          <Swatch colour={item.colour} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

/**
 * A chart's rows as a real table: the same rows, each row header the same drill-down link. A
 * stacked chart has a column per verdict (each count a link to those recommendations: the
 * keyboard's way to a part of a bar) before the total.
 */
export function CountTable({ spec }: { spec: Pick<ChartSpec, 'rows' | 'categoryHeader' | 'valueHeader' | 'extraColumn' | 'subtitle' | 'legend'> }) {
  const { rows, categoryHeader, valueHeader, extraColumn, subtitle, legend } = spec;
  const format = numberFormat(useLanguage());
  const columns = legend ? (rows.find((row) => row.segments)?.segments ?? []) : [];
  return (
    <div className="table-scroll">
      <table className="count-table">
        <caption className="visually-hidden">{subtitle}</caption>
        <thead>
          <tr>
            <th scope="col">{categoryHeader}</th>
            {columns.map((column) => (
              <th key={column.id} scope="col" className="numeric">
                <Swatch colour={column.colour} /> {column.label}
              </th>
            ))}
            <th scope="col" className="numeric">
              {valueHeader}
            </th>
            {extraColumn && <th scope="col">{extraColumn.header}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row: ChartRow) => (
            <tr key={row.id} className={row.highlight ? 'is-highlighted' : undefined}>
              <th scope="row">
                <Link to={row.href} aria-label={row.linkLabel}>
                  {row.label}
                </Link>
              </th>
              {(row.segments ?? []).map((segment) => (
                <td key={segment.id} className="numeric">
                  {segment.link ? (
                    <Link to={segment.link.href} aria-label={segment.link.label}>
                      {format.format(segment.count)}
                    </Link>
                  ) : (
                    format.format(segment.count)
                  )}
                </td>
              ))}
              <td className="numeric">{format.format(row.count)}</td>
              {extraColumn && <td>{extraColumn.cell(row)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
