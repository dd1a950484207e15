import type { Slide } from '../../domain/briefing.ts';
import type { Dataset } from '../../domain/dataset.ts';
import { filterValues, knownFilters } from '../../domain/filters.ts';
import { selectOverview } from '../../domain/overview.ts';

/** Each pinned slide's figures, computed with the filters it was pinned with. */
export function selectBriefing(dataset: Dataset, slides: readonly Slide[]) {
  const values = filterValues(dataset);
  return {
    dataset,
    values,
    slides: slides.map((slide) => {
      const filters = knownFilters(slide.filters, values).filters;
      return { slide: { ...slide, filters }, data: selectOverview(dataset, filters, [slide.chart]) };
    }),
  };
}

export type BriefingData = ReturnType<typeof selectBriefing>;
export type SlideData = BriefingData['slides'][number];
