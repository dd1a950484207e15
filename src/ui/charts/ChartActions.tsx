/**
 * One menu of take-aways on every chart, wherever it appears (like the download and share
 * tabs of Our World in Data's grapher): PNG, SVG and CSV downloads, copy the image, copy a
 * link to the chart with its filters, pin to the briefing, full screen. A disclosure: a
 * button that shows a list of buttons; Esc or a click elsewhere closes it.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toCsv } from '../../domain/csv.ts';
import type { Recommendation, RecommendationCore } from '../../domain/dataset.ts';
import { recommendationLabel } from '../../domain/outline.ts';
import { formatToday } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { useDataSource } from '../../sources/DataSourceContext.tsx';
import { datasetQueries } from '../../sources/queries.ts';
import { useSubmissionId } from '../../url/useViewState.ts';
import { download } from '../download.ts';
import { pageLabel } from '../pageLabel.ts';
import { chartSvg, svgToPng } from './exportChart.ts';
import { chartLink, type ChartSpec } from './useChartSpec.ts';

export interface ChartActionsProps {
  spec: ChartSpec;
  pin?: { pinned: boolean; toggle: () => void };
  fullscreen?: { active: boolean; toggle: () => void };
}

/** The source's words for an image could not be loaded (the texts file failed): no image is made without them. */
export class QuoteUnavailableError extends Error {
  constructor(readonly recommendationId: string) {
    super(`The words of ${recommendationId} could not be loaded.`);
    this.name = 'QuoteUnavailableError';
  }
}

const hasWords = (rec: RecommendationCore): rec is Recommendation => 'text' in rec;

/**
 * A quoted recommendation's words in the source's language: its own on a slide (the full
 * dataset), or, on the first screen (the core only), from the full dataset loaded now, when an
 * image with the source's words is asked for.
 */
function useSourceWords() {
  const client = useQueryClient();
  const source = useDataSource();
  const submissionId = useSubmissionId();
  return async (rec: RecommendationCore): Promise<string> => {
    if (hasWords(rec)) return rec.text['zh-Hant'];
    const dataset = await client.ensureQueryData(datasetQueries.detail(source, submissionId)).catch(() => undefined);
    const words = dataset?.recommendations.find((candidate) => candidate.id === rec.id)?.text['zh-Hant'];
    if (words === undefined) throw new QuoteUnavailableError(rec.id);
    return words;
  };
}

/**
 * The chart's exports as files: the image in the reader's language (optionally with the source's
 * words, which may have to be loaded first: `QuoteUnavailableError` when they cannot), and its rows as CSV.
 */
export function useChartExports(spec: ChartSpec) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const sourceWords = useSourceWords();
  const filename = `fhki-2025-${spec.id}-${lang}`;
  const image = async (withQuote: boolean) => {
    const quoted = withQuote ? spec.quoted[0] : undefined;
    const words = quoted && (await sourceWords(quoted));
    const today = formatToday(lang);
    return chartSvg(spec.rows, {
      title: spec.title,
      subtitle: spec.subtitle,
      filters: spec.filterText,
      citation: t('chart.source', { citation: spec.citation }),
      footer: t('chart.exportFooter', { app: t('app.name'), date: today, url: chartLink(spec) }),
      lang,
      ...(spec.legend ? { legend: spec.legend } : {}),
      ...(quoted && words !== undefined
        ? { quote: { text: words, lang: 'zh-Hant', citation: `${t('recommendation.heading', { label: recommendationLabel(quoted.id) })} · ${pageLabel(t, quoted.page, quoted.endPage)}` } }
        : {}),
    });
  };
  const png = async (withQuote: boolean) => {
    const { svg, width, height } = await image(withQuote);
    return svgToPng(svg, width, height, 2);
  };
  // A stacked chart has a column per verdict, strongest first, before the total (as its table).
  const verdicts = spec.rows.find((row) => row.segments)?.segments ?? [];
  const csv = () =>
    toCsv(
      [
        t('chart.csvId'),
        spec.categoryHeader,
        ...verdicts.map((segment) => segment.label),
        spec.valueHeader,
        ...(spec.extraColumn ? [spec.extraColumn.header] : []),
        t('chart.csvIds'),
      ],
      spec.rows.map((row) => [
        row.id,
        row.label,
        ...(row.segments ?? []).map((segment) => segment.count),
        row.count,
        ...(spec.extraColumn ? [spec.extraColumn.cell(row)] : []),
        row.recommendationIds.join(' '),
      ]),
    );
  return { filename, image, png, csv };
}

export function ChartActions({ spec, pin, fullscreen }: ChartActionsProps) {
  const { t } = useTranslation();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [withQuote, setWithQuote] = useState(false);
  const [status, setStatus] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const { filename, image, png, csv } = useChartExports(spec);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    // Esc closes the menu and gives focus back to its button (before a full-screen figure or the deck sees it).
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !rootRef.current?.contains(document.activeElement)) return;
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey, true);
    };
  }, [open]);

  const act = (action: () => void | Promise<void>) => () => {
    setOpen(false);
    setStatus('');
    void action();
    buttonRef.current?.focus();
  };
  /** A download that could not be made: the source's words did not load (anything else is unexpected, and reported as such). */
  const failed = (error: unknown) => {
    if (!(error instanceof QuoteUnavailableError)) throw error;
    setStatus(t('chart.quoteFailed'));
  };
  const copyImage = async () => {
    let quoteFailed = false;
    try {
      if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) throw new Error('no image clipboard');
      // The PNG is handed over as a promise, within the click (Safari asks for that).
      const blob = png(withQuote).catch((error: unknown) => {
        quoteFailed = error instanceof QuoteUnavailableError;
        throw error;
      });
      // Handled here whatever the clipboard does with it (the failure is reported below).
      blob.catch(() => undefined);
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
      setStatus(t('chart.imageCopied'));
    } catch {
      setStatus(quoteFailed ? t('chart.quoteFailed') : t('chart.imageCopyFailed'));
    }
  };
  const copyLink = async () => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(chartLink(spec));
      setStatus(t('chart.linkCopied'));
    } catch {
      setStatus(t('chart.linkCopyFailed', { url: chartLink(spec) }));
    }
  };

  return (
    <div ref={rootRef} className="chart-actions">
      <button
        ref={buttonRef}
        type="button"
        className="button button--secondary chart-actions__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('chart.menuLabel', { title: spec.subtitle })}
        onClick={() => setOpen(!open)}
      >
        {t('chart.menu')} <span aria-hidden="true">▾</span>
      </button>
      <div id={panelId} className="chart-actions__panel" hidden={!open}>
        <ul>
          <li>
            <button type="button" onClick={act(() => png(withQuote).then((blob) => download(blob, `${filename}.png`), failed))}>
              {t('chart.downloadPng')}
            </button>
          </li>
          <li>
            <button type="button" onClick={act(() => image(withQuote).then(({ svg }) => download(new Blob([svg], { type: 'image/svg+xml' }), `${filename}.svg`), failed))}>
              {t('chart.downloadSvg')}
            </button>
          </li>
          <li>
            <button type="button" onClick={act(() => download(new Blob([csv()], { type: 'text/csv;charset=utf-8' }), `${filename}.csv`))}>
              {t('chart.downloadCsv')}
            </button>
          </li>
          <li>
            <button type="button" onClick={act(copyImage)}>
              {t('chart.copyImage')}
            </button>
          </li>
          <li>
            <button type="button" onClick={act(copyLink)}>
              {t('chart.copyLink')}
            </button>
          </li>
          {pin && (
            <li>
              <button type="button" aria-pressed={pin.pinned} onClick={act(pin.toggle)}>
                {pin.pinned ? t('chart.unpin') : t('chart.pin')}
              </button>
            </li>
          )}
          {fullscreen && (
            <li>
              <button type="button" onClick={act(fullscreen.toggle)}>
                {fullscreen.active ? t('chart.exitFullscreen') : t('chart.fullscreen')}
              </button>
            </li>
          )}
        </ul>
        <label className="chart-actions__option">
          <input type="checkbox" checked={withQuote} onChange={(event) => setWithQuote(event.target.checked)} /> {t('chart.includeQuote')}
        </label>
      </div>
      <p role="status" className="chart-actions__status">
        {status}
      </p>
    </div>
  );
}
