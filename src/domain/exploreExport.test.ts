import { describe, expect, test } from 'vitest';
import { readBundledDataset } from '../testing/bundledData.ts';
import { BOM, parseCsv } from './csv.ts';
import { LANGUAGES } from './dataset.ts';
import { columnsFor, EXPORT_COLUMNS, exportFilename, exportRecords, LIST_SEPARATOR, recordsToCsv, recordsToJson, type LabelOf } from './exploreExport.ts';

const dataset = readBundledDataset();
const labelOf: LabelOf = (dimension, id) => `${dimension}:${id}`;
// Some with several themes and places, a run-on, in an order that is not the source's.
const chosen = [...dataset.recommendations].filter((rec, i) => i % 7 === 0 || rec.endPage > rec.page).reverse();
const records = exportRecords(dataset, chosen, labelOf);

describe('Explore export', () => {
  test('records keep the given order, the three texts and the ids with their labels', () => {
    expect(records.map((r) => r.id)).toEqual(chosen.map((r) => r.id));
    records.forEach((record, i) => {
      const rec = chosen[i]!;
      expect(record.text).toEqual(rec.text);
      expect(record.themes).toEqual(rec.themes.map((id) => ({ id, label: `theme:${id}` })));
      expect(record.schemes.map((s) => s.id)).toEqual(rec.schemeIds);
      expect(record.action).toEqual({ id: rec.action, label: `action:${rec.action}` });
      expect(record.section).toBe(rec.sectionId);
    });
  });

  test.each(LANGUAGES)('CSV for %s: BOM, the declared columns, one row per record, values read back', (lang) => {
    const csv = recordsToCsv(records, lang);
    expect(csv.startsWith(BOM)).toBe(true);
    const [header, ...rows] = parseCsv(csv);
    const columns = columnsFor(lang);
    expect(header).toEqual(columns.map((c) => c.header(lang)));
    expect(header).toContain('text_zh-Hant');
    // The reader's-language text, unless that is the original already.
    expect(header!.filter((h) => h.startsWith('text_'))).toEqual(lang === 'zh-Hant' ? ['text_zh-Hant'] : ['text_zh-Hant', `text_${lang}`]);
    expect(rows).toHaveLength(records.length);
    rows.forEach((row, i) => {
      const rec = chosen[i]!;
      const cell = (name: string) => row[header!.indexOf(name)];
      expect(cell('id')).toBe(rec.id);
      expect(cell('text_zh-Hant')).toBe(rec.text['zh-Hant']);
      if (lang !== 'zh-Hant') expect(cell(`text_${lang}`)).toBe(rec.text[lang]);
      expect(cell('end_page')).toBe(String(rec.endPage));
      expect(cell('place_ids')).toBe(rec.places.join(LIST_SEPARATOR));
    });
  });

  test('every column is declared once and says where it is in the JSON', () => {
    const ids = EXPORT_COLUMNS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const column of EXPORT_COLUMNS) expect(column.json('en')).not.toBe('');
  });

  test('the JSON document names its source and how the rows were chosen', () => {
    const json = JSON.parse(recordsToJson(dataset, records, { language: 'en', search: 'tax', filters: { theme: ['halal'] } }));
    expect(json.submission).toEqual({ id: dataset.submission.id, title: dataset.submission.title.en, date: dataset.submission.date });
    expect(json.count).toBe(records.length);
    expect(json.recommendations).toEqual(records);
  });

  test('file names say what they hold', () => {
    expect(exportFilename(dataset, 'zh-Hans', 12, 'csv')).toBe(`${dataset.submission.id}-recommendations-zh-Hans-12.csv`);
  });
});
