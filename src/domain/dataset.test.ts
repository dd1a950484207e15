import { describe, expect, test } from 'vitest';
import { makeRecommendation, tri, FACET_FIXTURES } from '../testing/fixtures.ts';
import { readBundledCore, readBundledTexts } from '../testing/bundledData.ts';
import { Dataset, DatasetCore, Localized, SCHEMA_VERSION } from './dataset.ts';
import { withTexts } from './datasetTexts.ts';

/** A small hand-made dataset: 2 pillars, 3 chapters, 4 sections (one implicit), 7 recommendations. */
function smallDataset(): Dataset {
  const rec = makeRecommendation;
  const recommendations = [
    rec('R-1.1-1', '1.1', 2, { themes: ['innovation'], addressees: ['gov'], places: ['gba'], schemeIds: ['s1'] }),
    rec('R-1.1-2', '1.1', 2),
    rec('R-1.2-1', '1.2', 3, { endPage: 4, askIds: ['A-1.2-1-1'] }),
    rec('R-1.2-2', '1.2', 4),
    rec('R-2.1-1', '2.1', 5),
    rec('R-14-1', '14', 9),
    rec('R-14-2', '14', 9, { kind: 'paragraph', action: 'negotiate' }),
  ];
  return {
    schemaVersion: 2,
    revision: 'c'.repeat(64),
    submission: {
      id: 'small-test',
      title: tri('測試意見書', 'Test submission'),
      author: tri('作者'),
      date: '2025-08',
      pages: 10,
      sourceSha256: 'a'.repeat(64),
    },
    pillars: [
      { id: 'P1', number: 1, title: tri('範疇一') },
      { id: 'P2', number: 2, title: tri('範疇二', '範疇二 (en)', '范畴二') },
    ],
    chapters: [
      { id: 'C1', pillarId: 'P1', number: 1, title: tri('第一章'), page: 2 },
      { id: 'C2', pillarId: 'P1', number: 2, title: tri('第二章'), page: 5 },
      { id: 'C14', pillarId: 'P2', number: 14, title: tri('第十四章'), page: 9 },
    ],
    sections: [
      { id: '1.1', chapterId: 'C1', number: '1.1', title: tri('一點一'), page: 2 },
      { id: '1.2', chapterId: 'C1', number: '1.2', title: tri('一點二'), page: 3 },
      { id: '2.1', chapterId: 'C2', number: '2.1', title: tri('二點一'), page: 5 },
      { id: '14', chapterId: 'C14', number: '14', title: tri('第十四章'), page: 9, implicit: true },
    ],
    recommendations,
    themes: [{ id: 'innovation', label: tri('創新'), rule: tri('與創新有關。') }],
    ...FACET_FIXTURES,
    schemes: [{ id: 's1', name: tri('計劃'), administrator: tri('創新科技署'), officialEnglish: true, recommendationIds: ['R-1.1-1'], requests: [{ recommendationId: 'R-1.1-1', request: 'widen-scope' }] }],
    asks: [{
      id: 'A-1.2-1-1', recommendationId: 'R-1.2-1', sectionId: '1.2', source: 'recommendation', role: 'ask', kind: 'cap', direction: 'raise',
      label: tri('上限'), quote: '十億元', value: 1e9, unit: 'money', currency: 'HKD',
    }],
    addressees: [{ id: 'gov', label: tri('政府') }],
    places: [{ id: 'gba', label: tri('大灣區') }],
  };
}

/** Parses `data`, expects failure, and returns its issues as dotted path + message. */
function issuesOf(data: unknown): { path: string; message: string }[] {
  const result = Dataset.safeParse(data);
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

describe('Dataset schema', () => {
  test('the small hand-made dataset validates unchanged', () => {
    const data = smallDataset();
    const result = Dataset.safeParse(data);
    expect(result.error?.issues).toBeUndefined();
    expect(result.data).toEqual(data);
  });

  test('the real bundled dataset validates: its core alone, and the core with its texts', () => {
    const core = DatasetCore.safeParse(readBundledCore());
    expect(core.error?.issues ?? []).toEqual([]);
    const result = Dataset.safeParse(withTexts(core.data!, readBundledTexts()));
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data?.recommendations.length).toBeGreaterThan(0);
  });

  test('a duplicate recommendation id is reported at the second occurrence', () => {
    const data = smallDataset();
    data.recommendations[1]!.id = 'R-1.1-1';
    expect(issuesOf(data)).toContainEqual({ path: 'recommendations.1.id', message: 'duplicate id "R-1.1-1"' });
  });

  test('a duplicate section id is reported', () => {
    const data = smallDataset();
    data.sections[1]!.id = '1.1';
    expect(issuesOf(data)).toContainEqual({ path: 'sections.1.id', message: 'duplicate id "1.1"' });
  });

  test('a dangling recommendation.sectionId is reported', () => {
    const data = smallDataset();
    data.recommendations[4]!.sectionId = '9.9';
    expect(issuesOf(data)).toContainEqual({ path: 'recommendations.4.sectionId', message: '"9.9" is not one of the sections' });
  });

  test('a dangling chapter.pillarId is reported', () => {
    const data = smallDataset();
    data.chapters[2]!.pillarId = 'P7';
    expect(issuesOf(data)).toEqual([{ path: 'chapters.2.pillarId', message: '"P7" is not one of the pillars' }]);
  });

  test('a dangling section.chapterId is reported', () => {
    const data = smallDataset();
    data.sections[0]!.chapterId = 'C9';
    expect(issuesOf(data)).toEqual([{ path: 'sections.0.chapterId', message: '"C9" is not one of the chapters' }]);
  });

  test('dangling themes / addressees / places / schemeIds / askIds are reported at their index', () => {
    const data = smallDataset();
    const first = data.recommendations[0]!;
    first.themes = ['innovation', 'nope'];
    first.addressees = ['who'];
    first.places = ['gba', 'where'];
    first.schemeIds = ['s1', 's9'];
    first.askIds = ['A9'];
    expect(issuesOf(data)).toEqual([
      { path: 'recommendations.0.themes.1', message: '"nope" is not one of the themes' },
      { path: 'recommendations.0.addressees.0', message: '"who" is not one of the addressees' },
      { path: 'recommendations.0.places.1', message: '"where" is not one of the places' },
      { path: 'recommendations.0.schemeIds.1', message: '"s9" is not one of the schemes' },
      { path: 'recommendations.0.askIds.0', message: '"A9" is not one of the asks' },
    ]);
  });

  test('a dangling scheme.recommendationIds entry is reported', () => {
    const data = smallDataset();
    data.schemes[0]!.recommendationIds = ['R-1.1-1', 'R-8.8-8'];
    expect(issuesOf(data)).toContainEqual({ path: 'schemes.0.recommendationIds.1', message: '"R-8.8-8" is not one of the recommendations' });
  });

  test('a dangling ask.recommendationId is reported', () => {
    const data = smallDataset();
    data.asks[0]!.recommendationId = 'R-8.8-8';
    expect(issuesOf(data)).toContainEqual({ path: 'asks.0.recommendationId', message: '"R-8.8-8" is not one of the recommendations' });
  });

  test('links kept on both sides must agree', () => {
    const data = smallDataset();
    const withAsk = data.recommendations.findIndex((rec) => rec.askIds.length > 0);
    const askId = data.recommendations[withAsk]!.askIds[0]!;
    data.recommendations[withAsk]!.askIds = [];
    expect(issuesOf(data)).toContainEqual({
      path: `asks.${data.asks.findIndex((ask) => ask.id === askId)}.recommendationId`,
      message: `"${data.recommendations[withAsk]!.id}" does not list ask "${askId}" in its askIds`,
    });
  });

  test('annotation links: scheme requests match its recommendations, asks sit in their recommendation\'s section, money has a currency, parents resolve', () => {
    const data = smallDataset();
    data.schemes[0]!.requests = [];
    data.asks[0]!.sectionId = '1.1';
    delete data.asks[0]!.currency;
    data.places.push({ id: 'shenzhen', label: tri('深圳'), parentId: 'nowhere' });
    const issues = issuesOf(data);
    const listed = data.schemes[0]!.recommendationIds[0]!;
    expect(issues).toContainEqual({ path: 'schemes.0.recommendationIds.0', message: `"${listed}" has no request` });
    expect(issues).toContainEqual({ path: 'asks.0.sectionId', message: '"R-1.2-1" is not in section "1.1"' });
    expect(issues).toContainEqual({ path: 'asks.0.currency', message: 'an amount of money needs its currency' });
    expect(issues).toContainEqual({ path: 'places.1.parentId', message: '"nowhere" is not one of the places' });
  });

  test('what the views cannot show is refused: a repeated id in a list, two requests of one scheme by one recommendation, a request for an unlisted recommendation, circular schemes, an idle scheme that is no umbrella', () => {
    const data = smallDataset();
    const rec = data.recommendations[0]!;
    rec.themes = [rec.themes[0]!, rec.themes[0]!];
    const scheme = data.schemes[0]!;
    const listed = scheme.recommendationIds[0]!;
    scheme.requests = [...scheme.requests, { recommendationId: listed, request: 'extend' }, { recommendationId: 'R-1.1-9', request: 'extend' }];
    data.schemes.push(
      { ...scheme, id: 'child', parentId: scheme.id, recommendationIds: [], requests: [] },
      { ...scheme, id: 'grandchild', parentId: 'child', recommendationIds: [], requests: [] },
      { ...scheme, id: 'selfish', parentId: 'selfish', recommendationIds: [], requests: [] },
      { ...scheme, id: 'loop-a', parentId: 'loop-b', recommendationIds: [], requests: [] },
      { ...scheme, id: 'loop-b', parentId: 'loop-a', recommendationIds: [], requests: [] },
    );
    const issues = issuesOf(data);
    const n = data.schemes.length;
    expect(issues).toContainEqual({ path: 'recommendations.0.themes.1', message: `"${rec.themes[0]}" is listed twice` });
    expect(issues).toContainEqual({ path: `schemes.0.requests.${scheme.requests.length - 2}.recommendationId`, message: `"${listed}" has more than one request` });
    expect(issues).toContainEqual({ path: `schemes.0.requests.${scheme.requests.length - 1}.recommendationId`, message: `"R-1.1-9" is not in this scheme's recommendationIds` });
    // Umbrellas nest (child under the first scheme, grandchild under child), but never in a loop.
    expect(issues.filter((issue) => issue.path === `schemes.${n - 5}.parentId` || issue.path === `schemes.${n - 4}.parentId`)).toEqual([]);
    expect(issues).toContainEqual({ path: `schemes.${n - 3}.parentId`, message: '"selfish" is inside itself (a loop of parents)' });
    expect(issues).toContainEqual({ path: `schemes.${n - 2}.parentId`, message: '"loop-a" is inside itself (a loop of parents)' });
    // "child" is the umbrella of "grandchild"; "grandchild" names no recommendation and is no umbrella.
    expect(issues.filter((issue) => issue.path === `schemes.${n - 5}.recommendationIds`)).toEqual([]);
    expect(issues).toContainEqual({ path: `schemes.${n - 4}.recommendationIds`, message: 'no recommendation names "grandchild" and it is no umbrella' });
  });

  test('a figure from a section lead is not listed by its recommendation; one from the text must be', () => {
    const data = smallDataset();
    data.asks[0]!.source = 'lead';
    expect(issuesOf(data)).toContainEqual({ path: 'recommendations.2.askIds.0', message: 'ask "A-1.2-1-1" is a figure of section 1.2\'s lead, not of this text' });
    data.recommendations[2]!.askIds = [];
    expect(Dataset.safeParse(data).success).toBe(true);
  });

  test('a recommendation id must carry its section, and a section number its id', () => {
    const data = smallDataset();
    data.recommendations[0]!.sectionId = data.sections[1]!.id;
    data.sections[2]!.number = '9.9';
    const issues = issuesOf(data);
    expect(issues).toContainEqual({ path: 'recommendations.0.id', message: `id "${data.recommendations[0]!.id}" does not belong to section "${data.sections[1]!.id}"` });
    expect(issues).toContainEqual({ path: 'sections.2.number', message: `number "9.9" differs from id "${data.sections[2]!.id}"` });
  });

  test('endPage before page is reported', () => {
    const data = smallDataset();
    data.recommendations[2]!.endPage = 2; // page is 3
    expect(issuesOf(data)).toEqual([{ path: 'recommendations.2.endPage', message: 'endPage is before page' }]);
  });

  test('pages beyond submission.pages are reported for chapters, sections and recommendations', () => {
    const data = smallDataset();
    data.chapters[1]!.page = 11;
    data.sections[3]!.page = 12;
    data.recommendations[6]!.endPage = 13;
    expect(issuesOf(data)).toEqual([
      { path: 'chapters.1.page', message: 'page 11 is after the last page (10)' },
      { path: 'sections.3.page', message: 'page 12 is after the last page (10)' },
      { path: 'recommendations.6.endPage', message: 'page 13 is after the last page (10)' },
    ]);
  });

  test('the last page itself is accepted', () => {
    const data = smallDataset();
    data.recommendations[6]!.endPage = 10;
    expect(Dataset.safeParse(data).success).toBe(true);
  });

  test('a wrong schemaVersion fails at schemaVersion', () => {
    const data = { ...smallDataset(), schemaVersion: SCHEMA_VERSION + 1 };
    expect(issuesOf(data).map((issue) => issue.path)).toContain('schemaVersion');
  });

  test('a missing or empty zh-Hant text fails', () => {
    const data = smallDataset();
    delete (data.pillars[0]!.title as Partial<Localized>)['zh-Hant'];
    data.recommendations[3]!.text = tri('');
    const paths = issuesOf(data).map((issue) => issue.path);
    expect(paths).toContain('pillars.0.title.zh-Hant');
    expect(paths).toContain('recommendations.3.text.zh-Hant');
  });

  test('Localized accepts zh-Hant alone and rejects en alone', () => {
    expect(Localized.safeParse(tri('文字')).success).toBe(true);
    expect(Localized.safeParse({ en: 'text' }).success).toBe(false);
  });

  test('unknown extra fields are tolerated and stripped from the parsed data', () => {
    const data = { ...smallDataset(), extra: 'top' } as Record<string, unknown>;
    (data.recommendations as Record<string, unknown>[])[0]!.note = 'nested';
    const result = Dataset.safeParse(data);
    expect(result.success).toBe(true);
    expect(result.data).not.toHaveProperty('extra');
    expect(result.data?.recommendations[0]).not.toHaveProperty('note');
    expect(result.data?.recommendations[0]?.id).toBe('R-1.1-1');
  });
});
