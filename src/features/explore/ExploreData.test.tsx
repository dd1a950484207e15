/**
 * Issue 13: the search as a removable chip, and the results on screen to take away (CSV and
 * JSON of exactly the rows shown, in their order), with the full dataset and a dictionary
 * of the columns.
 */
import { languagePath } from '../../url/languagePath.ts';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { parseCsv } from '../../domain/csv.ts';
import type { Language } from '../../domain/dataset.ts';
import en from '../../i18n/locales/en.json';
import { bundledDataset as dataset, serveDatasetDuringTests } from '../../testing/datasetServer.ts';
import { renderApp } from '../../testing/renderApp.tsx';
import { download } from '../../ui/download.ts';
import { buildRecommendationIndex, searchRecommendations } from '../../search/recommendationSearch.ts';

vi.mock('../../ui/download.ts', () => ({ download: vi.fn() }));

serveDatasetDuringTests();

beforeEach(() => vi.mocked(download).mockClear());

const total = dataset.recommendations.length;
const byId = new Map(dataset.recommendations.map((rec) => [rec.id, rec]));
const resultIds = () => screen.getAllByRole('link', { name: /^Recommendation \d/ }).map((link) => `R-${link.textContent!.replace('Recommendation ', '')}`);
const themeLabel = (id: string) => dataset.themes.find((theme) => theme.id === id)!.label.en;
/**
 * The list is virtualised: it draws the first results (as many as the screen holds and a few
 * more) and each says how many there are in all. So the rows expected are worked out from the
 * data (the search's hits, best first, ties in source order, as Explore sorts by relevance),
 * and the screen is checked to begin with them and to count them all.
 */
const talentHits = searchRecommendations(buildRecommendationIndex(dataset), 'talent').map((hit) => hit.id);
function expectShownToBe(expected: readonly string[]) {
  const drawn = resultIds();
  expect(drawn.length).toBeGreaterThan(0);
  expect(drawn).toEqual(expected.slice(0, drawn.length));
  for (const item of document.querySelectorAll('ol.results > li')) expect(item).toHaveAttribute('aria-setsize', String(expected.length));
  expect(screen.getByRole('status')).toHaveTextContent(`${expected.length} of ${total} recommendations`);
}

/** What the last download() call saved: its text and file name. */
async function lastDownload() {
  expect(download).toHaveBeenCalledTimes(1);
  const [blob, filename] = vi.mocked(download).mock.calls[0]!;
  // Read the bytes (Blob.text() would drop a leading byte-order mark).
  const buffer = await new Promise<ArrayBuffer>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
  const bytes = new Uint8Array(buffer);
  return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), filename, type: blob.type };
}

describe('Explore: the search as a chip', () => {
  test.each([
    ['en', 'Remove search: parcel', `${total} of ${total} recommendations`],
    ['zh-Hant', '移除搜尋：parcel', `${total} 項建議中的 ${total} 項`],
    ['zh-Hans', '移除搜索：parcel', `${total} 项建议中的 ${total} 项`],
  ] as const)('in %s the search is a removable chip among the filter chips', async (lang, name, all) => {
    const { user, currentUrl } = renderApp(`/explore?lang=${lang}&q=parcel&theme=halal`);
    const chips = await screen.findByRole('region', { name: { en: 'Active filters', 'zh-Hant': '已選的篩選條件', 'zh-Hans': '已选的筛选条件' }[lang] });
    const chip = within(chips).getByRole('button', { name });
    expect(chip).toHaveTextContent('parcel');
    await user.click(chip);
    // The search goes; the filter stays.
    // zh-Hant is the default language, which the address leaves out.
    await waitFor(() => expect(currentUrl()).toBe(`${languagePath('/explore', lang)}?theme=halal`));
    expect(screen.getByRole('searchbox')).toHaveValue('');
    expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: { en: 'Clear all filters', 'zh-Hant': '清除所有篩選', 'zh-Hans': '清除所有筛选' }[lang] })[0]!);
    expect(await screen.findByRole('status')).toHaveTextContent(all);
  }, 20_000);
});

describe('Explore: data to take away', () => {
  const url = '/en/explore?q=talent&sort=relevance';

  test('the CSV holds every result, drawn or not, in the order shown, with the original and the reader’s text', async () => {
    const { user } = renderApp(url);
    await waitFor(() => expect(screen.getByRole('status')).not.toHaveTextContent(`${total} of ${total}`), { timeout: 5000 });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^\d+ of/));
    const shown = talentHits;
    expect(shown.length).toBeGreaterThan(1);
    expectShownToBe(shown);
    // By relevance, so not the submission's order: the download must follow the screen.
    const sourceOrder = dataset.recommendations.map((rec) => rec.id).filter((id) => shown.includes(id));
    expect(shown).not.toEqual(sourceOrder);

    await user.click(screen.getByRole('button', { name: `Download ${shown.length} recommendations as CSV` }));
    const { text, filename, type } = await lastDownload();
    expect(filename).toBe(`${dataset.submission.id}-recommendations-en-${shown.length}.csv`);
    expect(type).toMatch(/^text\/csv/);
    expect(text.startsWith('\ufeff')).toBe(true);

    const [header, ...rows] = parseCsv(text);
    const cell = (row: string[], column: string) => row[header!.indexOf(column)]!;
    expect(rows.map((row) => cell(row, 'id'))).toEqual(shown);
    for (const row of rows) {
      const rec = byId.get(cell(row, 'id'))!;
      expect(cell(row, 'section')).toBe(rec.sectionId);
      expect(cell(row, 'page')).toBe(String(rec.page));
      expect(cell(row, 'end_page')).toBe(String(rec.endPage));
      expect(cell(row, 'text_zh-Hant')).toBe(rec.text['zh-Hant']);
      expect(cell(row, 'text_en')).toBe(rec.text.en);
      expect(cell(row, 'theme_ids').split('; ')).toEqual(rec.themes);
      expect(cell(row, 'themes').split('; ')).toEqual(rec.themes.map(themeLabel));
      expect(cell(row, 'action')).toBe(en.actions[rec.action as keyof typeof en.actions]);
      expect(cell(row, 'scheme_ids')).toBe(rec.schemeIds.join('; '));
    }
  }, 20_000);

  test('the JSON holds the same records with ids and all three texts', async () => {
    const { user } = renderApp(`${url}&theme=talent-education`);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^\d+ of/), { timeout: 5000 });
    const shown = talentHits.filter((id) => byId.get(id)!.themes.includes('talent-education'));
    expectShownToBe(shown);

    await user.click(screen.getByRole('button', { name: new RegExp(`^Download ${shown.length} recommendations? as JSON`) }));
    const { text, filename } = await lastDownload();
    expect(filename).toBe(`${dataset.submission.id}-recommendations-en-${shown.length}.json`);
    const document = JSON.parse(text) as {
      search: string;
      filters: Record<string, string[]>;
      count: number;
      recommendations: { id: string; page: number; text: Record<Language, string>; themes: { id: string; label: string }[] }[];
    };
    expect(document.search).toBe('talent');
    expect(document.filters).toEqual({ theme: ['talent-education'] });
    expect(document.count).toBe(shown.length);
    expect(document.recommendations.map((record) => record.id)).toEqual(shown);
    for (const record of document.recommendations) {
      const rec = byId.get(record.id)!;
      expect(record.text).toEqual(rec.text);
      expect(record.page).toBe(rec.page);
      expect(record.themes).toEqual(rec.themes.map((id) => ({ id, label: themeLabel(id) })));
    }
  }, 20_000);

  test('the full dataset is a link, and the dictionary explains every CSV column', async () => {
    const { user } = renderApp('/en/explore?chapter=C5');
    expect(await screen.findByRole('link', { name: /^The full dataset/ })).toHaveAttribute('href', `/data/${dataset.submission.id}.json`);

    await user.click(screen.getByText('About these columns', { selector: 'summary' }));
    const dictionary = await screen.findByRole('table');
    const explained = within(dictionary)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);

    await user.click(screen.getByRole('button', { name: /as CSV$/ }));
    const [header] = parseCsv((await lastDownload()).text);
    expect(explained).toEqual(header);
    for (const row of within(dictionary).getAllByRole('row').slice(1)) {
      expect(within(row).getAllByRole('cell').at(-1)!.textContent!.length).toBeGreaterThan(10);
    }
  }, 20_000);
});

describe('Explore: translations say so', () => {
  test('English results are introduced as translations; Traditional Chinese ones are the original and need no note', async () => {
    const { unmount } = renderApp('/en/explore?chapter=C5');
    expect(await screen.findByText(/^The texts below are English translations\./)).toHaveTextContent(/original Traditional Chinese, quoted verbatim/);
    unmount();
    renderApp('/explore?chapter=C5');
    expect((await screen.findAllByRole('link', { name: /^建議 5\./ })).length).toBeGreaterThan(0);
    expect(screen.queryByText(/譯文/)).not.toBeInTheDocument();
  }, 20_000);
});
