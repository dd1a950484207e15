import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FILTER_DIMENSIONS, hasFilters, type FilterDimension } from '../../domain/filters.ts';
import { useFilterValueLabel } from '../../ui/FilterChips.tsx';
import { useFilters } from '../../url/useFilters.ts';
import type { ExploreData, ExploreFacets } from './selectExplore.ts';

/**
 * A checkbox per value of every dimension, each with the number of recommendations it
 * would give with the other filters and the search as they are (`facets`). On a phone the
 * panel is a drawer behind a "Filters" button.
 */
export function FilterPanel({ data, facets }: { data: ExploreData; facets: ExploreFacets }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const active = FILTER_DIMENSIONS.reduce((total, dimension) => total + data.known.filters[dimension].length, 0);
  return (
    <aside className="filter-panel" aria-labelledby="filters-title">
      <button type="button" className="button button--secondary filter-panel__toggle" aria-expanded={open} aria-controls="filter-panel-body" onClick={() => setOpen(!open)}>
        {active > 0 ? t('filters.toggleCount', { count: active }) : t('filters.toggle')}
      </button>
      <div id="filter-panel-body" className={`filter-panel__body${open ? ' is-open' : ''}`}>
        <h2 id="filters-title" className="filter-panel__title">
          {t('filters.label')}
        </h2>
        {FILTER_DIMENSIONS.map((dimension) => (
          <FacetGroup key={dimension} dimension={dimension} data={data} counts={facets[dimension]} />
        ))}
        {hasFilters(data.known.filters) && <ClearAll />}
      </div>
    </aside>
  );
}

function ClearAll() {
  const { t } = useTranslation();
  const { clear } = useFilters();
  return (
    <button type="button" className="button button--secondary" onClick={clear}>
      {t('filters.clearAll')}
    </button>
  );
}

/** What came of it and who benefits: the questions an executive asks first, open from the start. */
const OPEN_AT_FIRST: readonly FilterDimension[] = ['verdict', 'industry'];

function FacetGroup({ dimension, data, counts }: { dimension: FilterDimension; data: ExploreData; counts: Map<string, number> }) {
  const { t } = useTranslation();
  const { toggle } = useFilters();
  const labelOf = useFilterValueLabel(data.values);
  const selected = data.known.filters[dimension];
  const options = [...data.values[dimension].keys()].filter((value) => (counts.get(value) ?? 0) > 0 || selected.includes(value));
  // Open at first as the rule says, and whenever a value gets chosen (a chip, a drill-down);
  // otherwise as the reader leaves it: unticking the last value does not fold the group away.
  const chosen = selected.length > 0;
  const [open, setOpen] = useState(OPEN_AT_FIRST.includes(dimension) || chosen);
  const [wasChosen, setWasChosen] = useState(chosen);
  if (chosen !== wasChosen) {
    setWasChosen(chosen);
    if (chosen) setOpen(true);
  }
  return (
    <details className="facet" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {t(`filters.dimension.${dimension}`)}
        {selected.length > 0 && <span className="count">{selected.length}</span>}
      </summary>
      <fieldset>
        <legend className="visually-hidden">{t(`filters.dimension.${dimension}`)}</legend>
        <ul>
          {options.map((value) => {
            const id = `facet-${dimension}-${value}`;
            const label = dimension === 'chapter' ? `${data.chapterNumbers.get(value)}. ${labelOf(dimension, value)}` : labelOf(dimension, value);
            return (
              <li key={value}>
                <input id={id} type="checkbox" checked={selected.includes(value)} onChange={() => toggle(dimension, value)} />
                <label htmlFor={id}>{t('filters.option', { label, count: counts.get(value) ?? 0 })}</label>
              </li>
            );
          })}
        </ul>
      </fieldset>
    </details>
  );
}
