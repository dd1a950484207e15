import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { BUNDLE_LABELS, FILTER_DIMENSIONS, hasFilters, type FilterDimension, type Filters, type FilterValues } from '../domain/filters.ts';
import type { Localized } from '../domain/dataset.ts';
import { localize } from '../domain/localize.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useFilters } from '../url/useFilters.ts';
import { useViewState } from '../url/useViewState.ts';

/** The label of a filter value in the reader's language (closed vocabularies are labelled by the bundle). */
export function useFilterValueLabel(values: FilterValues) {
  const valueLabel = useValueLabel();
  return (dimension: FilterDimension, value: string): string => valueLabel(dimension, value, values[dimension].get(value));
}

/** A value's label: the data's own words, or the bundle's for a closed vocabulary (BUNDLE_LABELS). */
export function useValueLabel() {
  const { t } = useTranslation();
  const lang = useLanguage();
  return useCallback(
    (dimension: FilterDimension, value: string, label: Localized | undefined): string => {
      if (label) return localize(label, lang);
      const prefix = (BUNDLE_LABELS as Partial<Record<FilterDimension, string>>)[dimension] ?? 'actions';
      return t(`${prefix}.${value}` as 'actions.fund');
    },
    [lang, t],
  );
}

/**
 * The active filters, and the search when there is one, as removable chips, and "clear all".
 * Nothing when no filter or search is set.
 */
export function FilterChips({ filters, values, query = '' }: { filters: Filters; values: FilterValues; query?: string }) {
  const { t } = useTranslation();
  const { toggle, clear } = useFilters();
  const { update } = useViewState();
  const labelOf = useFilterValueLabel(values);
  if (!hasFilters(filters) && query === '') return null;
  return (
    <section className="filter-chips" aria-label={t('filters.active')}>
      <ul>
        {query !== '' && (
          <li key="search">
            <button type="button" className="chip chip--removable" aria-label={t('filters.removeSearch', { query })} onClick={() => update({ q: '' })}>
              {t('filters.searchChip', { query })} <span aria-hidden="true">×</span>
            </button>
          </li>
        )}
        {FILTER_DIMENSIONS.flatMap((dimension) =>
          filters[dimension].map((value) => {
            const label = t('filters.chip', { dimension: t(`filters.dimension.${dimension}`), value: labelOf(dimension, value) });
            return (
              <li key={`${dimension}:${value}`}>
                <button type="button" className="chip chip--removable" aria-label={t('filters.remove', { label })} onClick={() => toggle(dimension, value)}>
                  {label} <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          }),
        )}
      </ul>
      <button type="button" className="button button--secondary" onClick={clear}>
        {t('filters.clearAll')}
      </button>
    </section>
  );
}
