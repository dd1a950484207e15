import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageArticle } from '../../ui/PageArticle.tsx';
import { SOURCE_LANGUAGE, type Dataset } from '../../domain/dataset.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { useDataset } from '../../sources/useDataset.ts';
import { FilterChips } from '../../ui/FilterChips.tsx';
import { QueryResult, UrlNotice } from '../../ui/StatusPanels.tsx';
import { useFilterNotices } from '../../ui/useFilterNotices.ts';
import { useFilters } from '../../url/useFilters.ts';
import { useSubmissionId, useViewState } from '../../url/useViewState.ts';
import type { Sort } from '../../url/viewState.ts';
import { ExploreDownloads } from './ExploreDownloads.tsx';
import { FilterPanel } from './FilterPanel.tsx';
import { ResultList } from './ResultList.tsx';
import { exploreFacets, selectExplore, type ExploreData } from './selectExplore.ts';
import { useSearch } from './useSearch.ts';

/** Every recommendation, filterable by each annotation and searchable in three languages. */
export function ExplorePage() {
  const { filters } = useFilters();
  const filterKey = JSON.stringify(filters);
  // The filters object is recreated per render; its content is what matters.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const select = useCallback((dataset: Dataset) => selectExplore(dataset, filters), [filterKey]);
  const query = useDataset(useSubmissionId(), select);
  return <QueryResult query={query}>{(data) => <Explore data={data} />}</QueryResult>;
}

function Explore({ data }: { data: ExploreData }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { state, update } = useViewState();
  const notices = useFilterNotices(data.known.unknown);
  const { scores, pending, prepare } = useSearch(data.dataset, state.q);
  // Each filter option counts what choosing it would show: with a search, only what it found.
  const facets = useMemo(() => exploreFacets(data, scores ? new Set(scores.keys()) : undefined), [data, scores]);

  const sort = state.sort === 'auto' ? (state.q ? 'relevance' : 'source') : state.sort;
  const results = scores ? data.matches.filter((rec) => scores.has(rec.id)) : data.matches;
  const sorted = scores && sort === 'relevance' ? [...results].sort((a, b) => scores.get(b.id)! - scores.get(a.id)!) : results;

  return (
    <PageArticle id="explore" title={t('explore.title')} notices={<UrlNotice messages={notices} />}>
      <div className="explore__layout">
        <FilterPanel data={data} facets={facets} />
        <div className="explore__main">
          <SearchBox initial={state.q} onSearch={(q) => update({ q })} onPrepare={prepare} />
          <div className="explore__bar">
            <p role="status" className="explore__count">
              {pending ? t('explore.preparingSearch') : t('explore.results', { count: sorted.length, total: data.dataset.recommendations.length })}
            </p>
            <SortSelect value={sort} onChange={(next) => update({ sort: next })} />
          </div>
          <FilterChips filters={data.known.filters} values={data.values} query={state.q} />
          {!pending && sorted.length === 0 ? (
            <p className="panel">{t('explore.noResults')}</p>
          ) : (
            <>
              <ExploreDownloads data={data} recommendations={sorted} query={state.q} disabled={pending} />
              {lang !== SOURCE_LANGUAGE && <p className="explore__translation-note">{t('explore.translationNote')}</p>}
              <ResultList recommendations={sorted} data={data} />
            </>
          )}
        </div>
      </div>
    </PageArticle>
  );
}

/** Searches as the reader types (after a short pause), and at once on Enter; the index starts building when the box gets the focus. */
function SearchBox({ initial, onSearch, onPrepare }: { initial: string; onSearch: (q: string) => void; onPrepare: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const [lastInitial, setLastInitial] = useState(initial);
  const hintId = useId();
  // The URL changed under us (e.g. "clear all"): show its query, unless it is what we typed.
  if (initial !== lastInitial) {
    setLastInitial(initial);
    if (initial !== text.trim()) setText(initial);
  }
  useEffect(() => {
    if (text.trim() === initial) return;
    const timer = setTimeout(() => onSearch(text), 300);
    return () => clearTimeout(timer);
  }, [text, initial, onSearch]);
  return (
    <form
      role="search"
      className="search"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(text);
      }}
    >
      <label htmlFor="explore-search">{t('explore.search')}</label>
      <input id="explore-search" type="search" value={text} maxLength={200} aria-describedby={hintId} onFocus={onPrepare} onChange={(event) => setText(event.target.value)} />
      <p id={hintId} className="search__hint">
        {t('explore.searchHint')}
      </p>
    </form>
  );
}

function SortSelect({ value, onChange }: { value: Exclude<Sort, 'auto'>; onChange: (sort: Sort) => void }) {
  const { t } = useTranslation();
  return (
    <label className="sort">
      {t('explore.sort')}{' '}
      <select value={value} onChange={(event) => onChange(event.target.value as Sort)}>
        <option value="source">{t('explore.sort_source')}</option>
        <option value="relevance">{t('explore.sort_relevance')}</option>
      </select>
    </label>
  );
}
