import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { defaultRangeExtractor, measureElement, useWindowVirtualizer, type Range, type Virtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths, sourceAnchor } from '../../config/paths.ts';
import type { Recommendation, Section } from '../../domain/dataset.ts';
import type { FilterValues } from '../../domain/filters.ts';
import { recommendationLabel } from '../../domain/outline.ts';
import { LocalizedText } from '../../ui/LocalizedText.tsx';
import { VerdictTag } from '../../ui/VerdictTag.tsx';
import { pageLabel } from '../../ui/pageLabel.ts';
import { useFilterValueLabel } from '../../ui/FilterChips.tsx';
import { useLinkBuilder } from '../../url/useViewState.ts';
import type { ExploreData } from './selectExplore.ts';

/**
 * Results in the first render, before the list knows the screen (the page as pre-rendered to
 * HTML and as hydrated): more than the tallest screen shows, so that when the list starts to
 * follow the scrolling nothing on screen moves.
 */
export const FIRST_RESULTS = 12;
/** Results drawn beyond each edge of the screen, so that a short scroll or Tab lands on drawn ones. */
export const OVERSCAN = 5;
/** A result's height until it is measured (px; the first render's results give a better one). */
const ESTIMATED_HEIGHT = 160;
/** How far (in results) from the drawn ones a result with the focus is kept drawn, so that scrolling away does not drop the focus. */
const KEEP_FOCUSED_WITHIN = 60;

/** What the list measured once mounted: where it starts on the page, its gap, a result's height, the screen. */
interface Layout {
  top: number;
  gap: number;
  estimate: number;
  viewport: { width: number; height: number };
}

/** The list's top on the page (px from the top of the document). */
const pageTop = (list: HTMLElement) => list.getBoundingClientRect().top + window.scrollY;

/** A result's height as laid out; where nothing is laid out (jsdom, a hidden page), the estimate. */
function measureResult(element: Element, entry: ResizeObserverEntry | undefined, instance: Virtualizer<Window, Element>): number {
  const size = measureElement(element, entry, instance);
  return size > 0 ? size : instance.options.estimateSize(instance.indexFromElement(element));
}

/**
 * The matching recommendations, every one reachable by scrolling: the words, the verdict,
 * and one click to the recommendation or its page in the source (decision 016).
 *
 * Only the results near the screen are in the page. The first render (on the server and
 * in hydration) reads no window or layout and writes no style: it draws the first
 * {@link FIRST_RESULTS} as an ordinary list. Once mounted, the list measures itself and
 * follows the window's scrolling (TanStack Virtual): the results off screen are stood in
 * for by the list's top and bottom padding, set through the CSSOM, so the drawn ones stay
 * in the normal flow where the first render put them. It stays an ordered list whose
 * items say their position in the whole (aria-posinset of aria-setsize).
 */
export function ResultList({ recommendations, data }: { recommendations: readonly Recommendation[]; data: ExploreData }) {
  const listRef = useRef<HTMLOListElement>(null);
  const [layout, setLayout] = useState<Layout>();
  const count = recommendations.length;

  // Measured before the first paint, so the first virtual render replaces the plain one unseen.
  useLayoutEffect(() => {
    const list = listRef.current!;
    const heights = [...list.children].map((item) => item.getBoundingClientRect().height).filter((height) => height > 0);
    setLayout({
      top: pageTop(list),
      gap: parseFloat(getComputedStyle(list).rowGap) || 0,
      estimate: heights.length > 0 ? Math.round(heights.reduce((a, b) => a + b, 0) / heights.length) : ESTIMATED_HEIGHT,
      viewport: { width: window.innerWidth, height: window.innerHeight },
    });
  }, []);

  // What is above the list can change height (the chips of the filters just chosen, a notice, the
  // filters on a phone): follow its top when the results change and whenever the page resizes.
  const mounted = layout !== undefined;
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!mounted || !list) return;
    const follow = () => {
      const top = pageTop(list);
      setLayout((now) => (now && Math.abs(now.top - top) >= 1 ? { ...now, top } : now));
    };
    follow();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(follow);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [mounted, recommendations]);

  // The result that has the focus stays drawn while it is near (see rangeExtractor).
  const [focusedId, setFocusedId] = useState<string>();
  const positions = useMemo(() => new Map(recommendations.map((rec, i) => [rec.id, i])), [recommendations]);
  const focused = focusedId === undefined ? undefined : positions.get(focusedId);
  useEffect(() => {
    const list = listRef.current!;
    const onFocusIn = (event: FocusEvent) => setFocusedId((event.target as Element).closest<HTMLElement>('li[data-id]')?.dataset.id);
    const onFocusOut = (event: FocusEvent) => {
      if (!(event.relatedTarget instanceof Node && list.contains(event.relatedTarget))) setFocusedId(undefined);
    };
    list.addEventListener('focusin', onFocusIn);
    list.addEventListener('focusout', onFocusOut);
    return () => {
      list.removeEventListener('focusin', onFocusIn);
      list.removeEventListener('focusout', onFocusOut);
    };
  }, []);
  const rangeExtractor = useCallback((range: Range) => keepDrawn(defaultRangeExtractor(range), focused), [focused]);
  const getItemKey = useCallback((i: number) => recommendations[i]!.id, [recommendations]);

  const virtualizer = useWindowVirtualizer<Element>({
    count,
    // Off in the first render: then nothing reads the window.
    enabled: mounted,
    estimateSize: () => layout?.estimate ?? ESTIMATED_HEIGHT,
    getItemKey,
    overscan: OVERSCAN,
    gap: layout?.gap ?? 0,
    scrollMargin: layout?.top ?? 0,
    initialRect: layout?.viewport,
    rangeExtractor,
    measureElement: measureResult,
  });

  let drawn: number[];
  let padding: { paddingTop: number; paddingBottom: number } | undefined;
  if (!mounted) {
    drawn = Array.from({ length: Math.min(count, FIRST_RESULTS) }, (_, i) => i);
  } else {
    const items = virtualizer.getVirtualItems();
    drawn = items.map((item) => item.index);
    const first = items[0];
    const last = items.at(-1);
    padding = first && last ? { paddingTop: first.start - layout.top, paddingBottom: Math.max(0, virtualizer.getTotalSize() - (last.end - layout.top)) } : { paddingTop: 0, paddingBottom: 0 };
  }

  return (
    // The padding is set only once mounted (React writes it through the CSSOM): the first render has no style attribute.
    <ol ref={listRef} className="results" style={padding}>
      {drawn.map((i) => {
        const rec = recommendations[i]!;
        return <ResultItem key={rec.id} rec={rec} index={i} setSize={count} section={data.sections.get(rec.sectionId)!} values={data.values} measure={mounted ? virtualizer.measureElement : undefined} />;
      })}
    </ol>
  );
}

/**
 * The drawn results, and those between them and the focused one if it is near, so that the
 * drawn ones stay one run (the padding stands for the rest) and the focus is not dropped.
 */
function keepDrawn(indexes: number[], focused: number | undefined): number[] {
  const first = indexes[0];
  const last = indexes.at(-1);
  if (focused === undefined || first === undefined || last === undefined || (focused >= first && focused <= last)) return indexes;
  const from = Math.min(first, focused);
  const to = Math.max(last, focused);
  if (to - from - (last - first) > KEEP_FOCUSED_WITHIN) return indexes;
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

interface ResultItemProps {
  rec: Recommendation;
  /** Its place in the results, from 0. */
  index: number;
  setSize: number;
  section: Section;
  /** The filter values' labels (one object per dataset, so a filter change alone does not draw a result again). */
  values: FilterValues;
  /** The virtualizer's measuring ref, once mounted. */
  measure: ((element: Element | null) => void) | undefined;
}

/** One result; drawn again only when it or its place changes (scrolling draws only the results that come into view). */
const ResultItem = memo(function ResultItem({ rec, index, setSize, section, values, measure }: ResultItemProps) {
  const { t } = useTranslation();
  const linkTo = useLinkBuilder();
  const labelOf = useFilterValueLabel(values);
  const label = recommendationLabel(rec.id);
  const pages = pageLabel(t, rec.page, rec.endPage);
  return (
    <li ref={measure} className="result" data-index={index} data-id={rec.id} aria-posinset={index + 1} aria-setsize={setSize}>
      <h2 className="result__title">
        <Link to={linkTo(paths.recommendation(rec.id))}>{t('recommendation.heading', { label })}</Link>{' '}
        <span className="result__section">
          {section.number} <LocalizedText value={section.title} />
        </span>
      </h2>
      <p className="result__text">
        <LocalizedText value={rec.text} />
      </p>
      <p className="result__meta">
        {rec.response && (
          <>
            <VerdictTag verdict={rec.response.verdict} />
            {' · '}
          </>
        )}
        <Link to={linkTo(paths.source(), { page: rec.page }, `#${sourceAnchor(rec.id)}`)}>{t('explore.inSource', { page: pages })}</Link>
      </p>
      {(
        [
          ['industry', 'industries'],
          ['lever', 'levers'],
        ] as const
      ).map(([dimension, field]) => (
        <ul key={dimension} className="chips" aria-label={t(`annotations.${field}`)}>
          {rec[field].map((value) => (
            <li key={value} className="chip">
              {labelOf(dimension, value)}
            </li>
          ))}
        </ul>
      ))}
    </li>
  );
});
