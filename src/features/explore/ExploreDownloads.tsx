import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recommendation } from '../../domain/dataset.ts';
import { columnsFor, exportFilename, exportRecords, LIST_SEPARATOR, recordsToCsv, recordsToJson } from '../../domain/exploreExport.ts';
import { FILTER_DIMENSIONS, type FilterDimension } from '../../domain/filters.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { useDataSource } from '../../sources/DataSourceContext.tsx';
import { download } from '../../ui/download.ts';
import { useFilterValueLabel } from '../../ui/FilterChips.tsx';
import type { ExploreData } from './selectExplore.ts';

/**
 * The results on screen to take away, in the order shown: as CSV (labels in the reader's
 * language) and as JSON (the same records with all three texts), with the full dataset
 * file and a dictionary of the columns (from the one declaration the CSV writer uses).
 */
export function ExploreDownloads({ data, recommendations, query, disabled }: { data: ExploreData; recommendations: readonly Recommendation[]; query: string; disabled: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const labelOf = useFilterValueLabel(data.values);
  const source = useDataSource();
  const { dataset } = data;
  const count = recommendations.length;
  const records = () => exportRecords(dataset, recommendations, labelOf);

  const downloadCsv = () => download(new Blob([recordsToCsv(records(), lang)], { type: 'text/csv;charset=utf-8' }), exportFilename(dataset, lang, count, 'csv'));
  const downloadJson = () => {
    const filters = Object.fromEntries(FILTER_DIMENSIONS.filter((d) => data.known.filters[d].length > 0).map((d) => [d, data.known.filters[d]])) as Partial<
      Record<FilterDimension, readonly string[]>
    >;
    const json = recordsToJson(dataset, records(), { language: lang, search: query, filters });
    download(new Blob([json], { type: 'application/json' }), exportFilename(dataset, lang, count, 'json'));
  };

  return (
    <section className="explore__data" aria-label={t('explore.data.label')}>
      <p className="explore__downloads">
        <button type="button" className="button button--secondary" disabled={disabled} onClick={downloadCsv}>
          {t('explore.data.csv', { count })}
        </button>{' '}
        <button type="button" className="button button--secondary" disabled={disabled} onClick={downloadJson}>
          {t('explore.data.json', { count })}
        </button>
        {/* The app ships this submission's file; an API's other submissions have no such file. */}
        {!source.holdsMany && (
          <>
            {' '}
            <a href={`${import.meta.env.BASE_URL}data/${encodeURIComponent(dataset.submission.id)}.json`} type="application/json">
              {t('explore.data.full')}
            </a>
          </>
        )}
      </p>
      <ColumnDictionary />
    </section>
  );
}

/** "About these columns": every CSV column, its JSON field and its meaning (drawn once opened). */
function ColumnDictionary() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [open, setOpen] = useState(false);
  return (
    <details className="explore__dictionary" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('explore.data.dictionary')}</summary>
      {open && (
        <>
          <p>{t('explore.data.dictionaryIntro', { separator: LIST_SEPARATOR.trim() })}</p>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('explore.data.column')}</th>
                <th scope="col">{t('explore.data.jsonField')}</th>
                <th scope="col">{t('explore.data.meaning')}</th>
              </tr>
            </thead>
            <tbody>
              {columnsFor(lang).map((column) => (
                <tr key={column.id}>
                  <th scope="row">
                    <code>{column.header(lang)}</code>
                  </th>
                  <td>
                    <code>{column.json(lang)}</code>
                  </td>
                  <td>{t(`explore.data.columns.${column.id}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </details>
  );
}
