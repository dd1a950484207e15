import { useCallback } from 'react';
import { sameSlide, togglePin, type ChartId } from '../domain/briefing.ts';
import { useViewState } from './useViewState.ts';
import { RESET } from './viewState.ts';

/** The briefing in the URL (`brief=`), and pinning the current view of a chart to it. */
export function useBriefing() {
  const { state, update } = useViewState();
  const slides = state.brief;
  const isPinned = useCallback((chart: ChartId) => slides.some((s) => sameSlide(s, { chart, filters: state.filters })), [slides, state.filters]);
  const toggle = useCallback((chart: ChartId) => update((current) => ({ brief: togglePin(current.brief, { chart, filters: current.filters }) })), [update]);
  const clear = useCallback(() => update({ brief: RESET, slide: RESET }), [update]);
  return { slides, isPinned, toggle, clear };
}
