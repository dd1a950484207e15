import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../domain/dataset.ts';
import { FILTER_DIMENSIONS, type FilterValues } from '../../domain/filters.ts';
import { sourceSpan } from '../../domain/overview.ts';
import { useFilterValueLabel } from '../../ui/FilterChips.tsx';
import { pageLabel } from '../../ui/pageLabel.ts';
import type { SlideData } from './selectBriefing.ts';

/** A slide's filters and its citation line, in words ("FHKI submission …, §1.2–16.3, pp. 3–29"). */
export function useSlideText(dataset: Dataset, values: FilterValues) {
  const { t } = useTranslation();
  const labelOf = useFilterValueLabel(values);
  return ({ slide, data }: SlideData) => {
    const chosen = FILTER_DIMENSIONS.flatMap((dimension) =>
      slide.filters[dimension].map((value) => t('filters.chip', { dimension: t(`filters.dimension.${dimension}`), value: labelOf(dimension, value) })),
    );
    const filters = chosen.length === 0 ? t('briefing.filtersNone') : t('briefing.filters', { list: chosen.join(' · ') });
    const span = sourceSpan(dataset, data.recommendations);
    const citation = span
      ? t('briefing.citation', {
          sections: span.sections[0] === span.sections[1] ? t('briefing.sectionOne', { section: span.sections[0] }) : t('briefing.sectionRange', { from: span.sections[0], to: span.sections[1] }),
          pages: pageLabel(t, span.pages[0], span.pages[1]),
        })
      : '';
    return { filters, citation };
  };
}
