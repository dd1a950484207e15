/**
 * What Explore lets a reader take away: the recommendations on screen as records (the JSON
 * download) and as CSV. The CSV's columns are declared once, here: the CSV writer reads
 * them, and Explore's data dictionary ("About these columns") lists them, each explained
 * in the reader's language from the bundles' `exploreData.columns.<id>`.
 *
 * Pure: labels come in through `labelOf` (the UI's labels, actions included), so the
 * records carry the reader's language while ids and the three texts stay language-free.
 */
import { toCsv } from './csv.ts';
import { SOURCE_LANGUAGE, type Dataset, type Language, type Localized, type Recommendation } from './dataset.ts';
import type { FilterDimension } from './filters.ts';

/** An id with its label in the reader's language. */
export interface Labelled {
  id: string;
  label: string;
}

/** One recommendation as Explore exports it: the JSON download's record, and the CSV's source. */
export interface ExportRecord {
  id: string;
  section: string;
  page: number;
  endPage: number;
  chapter: { id: string; number: number; title: string };
  /** The zh-Hant original (verbatim), and the zh-Hans conversion and English translation. */
  text: Localized;
  industries: Labelled[];
  levers: Labelled[];
  themes: Labelled[];
  addressees: Labelled[];
  places: Labelled[];
  action: Labelled;
  schemes: Labelled[];
}

export type LabelOf = (dimension: FilterDimension, id: string) => string;

/** The recommendations, in the order given, as export records labelled by `labelOf`. */
export function exportRecords(dataset: Dataset, recommendations: readonly Recommendation[], labelOf: LabelOf): ExportRecord[] {
  const sections = new Map(dataset.sections.map((section) => [section.id, section]));
  const chapters = new Map(dataset.chapters.map((chapter) => [chapter.id, chapter]));
  const labelled = (dimension: FilterDimension, ids: readonly string[]) => ids.map((id) => ({ id, label: labelOf(dimension, id) }));
  return recommendations.map((rec) => {
    const section = sections.get(rec.sectionId)!;
    const chapter = chapters.get(section.chapterId)!;
    return {
      id: rec.id,
      section: section.number,
      page: rec.page,
      endPage: rec.endPage,
      chapter: { id: chapter.id, number: chapter.number, title: labelOf('chapter', chapter.id) },
      text: { 'zh-Hant': rec.text['zh-Hant'], 'zh-Hans': rec.text['zh-Hans'], en: rec.text.en },
      industries: labelled('industry', rec.industries),
      levers: labelled('lever', rec.levers),
      themes: labelled('theme', rec.themes),
      addressees: labelled('addressee', rec.addressees),
      places: labelled('place', rec.places),
      action: { id: rec.action, label: labelOf('action', rec.action) },
      schemes: labelled('scheme', rec.schemeIds),
    };
  });
}

/** Several values in one CSV cell are separated by this (no label in this dataset contains it). */
export const LIST_SEPARATOR = '; ';

const labels = (items: readonly Labelled[]) => items.map((item) => item.label).join(LIST_SEPARATOR);
const ids = (items: readonly Labelled[]) => items.map((item) => item.id).join(LIST_SEPARATOR);

export interface ExportColumn {
  /** Stable name; the bundles explain it under `exploreData.columns.<id>`. */
  readonly id: ColumnId;
  /** The CSV header in a reader's language (only the text column's differs). */
  readonly header: (lang: Language) => string;
  /** Where the same value is in the JSON download's records. */
  readonly json: (lang: Language) => string;
  readonly value: (record: ExportRecord, lang: Language) => string | number;
  /** Left out for some readers: the reader's-language text would repeat the original for zh-Hant. */
  readonly onlyFor?: (lang: Language) => boolean;
}

export type ColumnId =
  | 'id'
  | 'section'
  | 'page'
  | 'end_page'
  | 'chapter'
  | 'chapter_title'
  | 'text_original'
  | 'text'
  | 'industries'
  | 'industry_ids'
  | 'levers'
  | 'lever_ids'
  | 'themes'
  | 'theme_ids'
  | 'addressees'
  | 'addressee_ids'
  | 'places'
  | 'place_ids'
  | 'action'
  | 'action_id'
  | 'schemes'
  | 'scheme_ids';

const column = (id: ColumnId, json: string, value: ExportColumn['value'], extra: Partial<ExportColumn> = {}): ExportColumn => ({
  id,
  header: () => id,
  json: () => json,
  value,
  ...extra,
});

/** The CSV's columns, in order. */
export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  column('id', 'id', (r) => r.id),
  column('section', 'section', (r) => r.section),
  column('page', 'page', (r) => r.page),
  column('end_page', 'endPage', (r) => r.endPage),
  column('chapter', 'chapter.number', (r) => r.chapter.number),
  column('chapter_title', 'chapter.title', (r) => r.chapter.title),
  column('text_original', '', (r) => r.text[SOURCE_LANGUAGE], { header: () => `text_${SOURCE_LANGUAGE}`, json: () => `text["${SOURCE_LANGUAGE}"]` }),
  column('text', '', (r, lang) => r.text[lang], { header: (lang) => `text_${lang}`, json: (lang) => `text["${lang}"]`, onlyFor: (lang) => lang !== SOURCE_LANGUAGE }),
  column('industries', 'industries[].label', (r) => labels(r.industries)),
  column('industry_ids', 'industries[].id', (r) => ids(r.industries)),
  column('levers', 'levers[].label', (r) => labels(r.levers)),
  column('lever_ids', 'levers[].id', (r) => ids(r.levers)),
  column('themes', 'themes[].label', (r) => labels(r.themes)),
  column('theme_ids', 'themes[].id', (r) => ids(r.themes)),
  column('addressees', 'addressees[].label', (r) => labels(r.addressees)),
  column('addressee_ids', 'addressees[].id', (r) => ids(r.addressees)),
  column('places', 'places[].label', (r) => labels(r.places)),
  column('place_ids', 'places[].id', (r) => ids(r.places)),
  column('action', 'action.label', (r) => r.action.label),
  column('action_id', 'action.id', (r) => r.action.id),
  column('schemes', 'schemes[].label', (r) => labels(r.schemes)),
  column('scheme_ids', 'schemes[].id', (r) => ids(r.schemes)),
];

/** The columns a reader of `lang` gets. */
export const columnsFor = (lang: Language): ExportColumn[] => EXPORT_COLUMNS.filter((col) => col.onlyFor?.(lang) ?? true);

/** The records as CSV (UTF-8 with a byte-order mark, one row per record, in order). */
export function recordsToCsv(records: readonly ExportRecord[], lang: Language): string {
  const columns = columnsFor(lang);
  return toCsv(
    columns.map((col) => col.header(lang)),
    records.map((record) => columns.map((col) => col.value(record, lang))),
  );
}

/** What the JSON download holds: where the records come from and how they were chosen, then the records. */
export interface ExportDocument {
  submission: { id: string; title: string; date: string };
  /** The language of the labels (every record has all three texts). */
  language: Language;
  search: string;
  filters: Partial<Record<FilterDimension, readonly string[]>>;
  count: number;
  recommendations: ExportRecord[];
}

export function recordsToJson(dataset: Dataset, records: ExportRecord[], context: Pick<ExportDocument, 'language' | 'search' | 'filters'>): string {
  const { id, title, date } = dataset.submission;
  const document: ExportDocument = {
    submission: { id, title: title[context.language], date },
    ...context,
    count: records.length,
    recommendations: records,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** "fhki-2025-policy-address-recommendations-en-12.csv": the submission, what, the labels' language and how many. */
export const exportFilename = (dataset: Dataset, lang: Language, count: number, extension: 'csv' | 'json') =>
  `${dataset.submission.id}-recommendations-${lang}-${count}.${extension}`;
