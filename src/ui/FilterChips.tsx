import { useTranslation } from 'react-i18next';
import { FILTER_DIMENSIONS, hasFilters, type FilterDimension, type Filters, type FilterValues } from '../domain/filters.ts';
import { localize } from '../domain/localize.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useFilters } from '../url/useFilters.ts';
import { useViewState } from '../url/useViewState.ts';

/** The label of a filter value in the reader's language (actions are labelled by the bundle). */
export function useFilterValueLabel(values: FilterValues) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (dimension: FilterDimension, value: string): string => {
    const label = values[dimension].get(value);
    return label ? localize(label, lang) : t(`actions.${value}` as 'actions.fund');
  };
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
