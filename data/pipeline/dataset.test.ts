import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { Dataset, DatasetCore, SCHEMA_VERSION } from '../../src/domain/dataset.ts';
import { DatasetTexts, withTexts } from '../../src/domain/datasetTexts.ts';
import { SUBMISSION_ID, ValidationError, buildDataset, serializeDataset, serializeDatasetFiles } from './dataset.ts';
import { DATASET_PATH, DATASET_TEXTS_PATH } from './paths.ts';
import { buildRealDataset } from './realDataset.ts';
import { SHA, SOURCE, annotationsForSource, sha256 } from './testFixtures.ts';
import { StructureError } from './structure.ts';

const build = (source: string, sha: string) => buildDataset(source, sha, annotationsForSource());

describe('buildDataset on a small synthetic source', () => {
  const dataset = build(SOURCE, SHA);

  test('validates with the app schema', () => {
    const parsed = Dataset.safeParse(dataset);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(Dataset.safeParse(JSON.parse(serializeDataset(dataset))).success).toBe(true);
  });

  test('submission', () => {
    expect(dataset.schemaVersion).toBe(SCHEMA_VERSION);
    expect(dataset.submission).toEqual({
      id: SUBMISSION_ID,
      title: { 'zh-Hant': '測試標題 共迎挑戰 — 香港工業總會意見書', 'zh-Hans': '测试标题 共迎挑战 — 香港工业总会意见书', en: 'Test title' },
      author: { 'zh-Hant': '香港工業總會', 'zh-Hans': '香港工业总会', en: 'Federation of Hong Kong Industries' },
      date: '2025-08',
      pages: 2,
      sourceSha256: SHA,
    });
  });

  test('pillars, chapters and sections; implicit only where true', () => {
    expect(dataset.pillars).toEqual([
      { id: 'P1', number: 1, title: { 'zh-Hant': '創新與創業—促進經濟多元發展', 'zh-Hans': '创新与创业—促进经济多元发展', en: 'Innovation and entrepreneurship' } },
    ]);
    expect(dataset.chapters.map((chapter) => [chapter.id, chapter.pillarId, chapter.page])).toEqual([['C1', 'P1', 1], ['C2', 'P1', 2]]);
    expect(dataset.sections).toEqual([
      {
        id: '1.1', chapterId: 'C1', number: '1.1', title: { 'zh-Hant': '推動銀髮經濟', 'zh-Hans': '推动银发经济', en: 'Silver economy' }, page: 1,
        lead: { 'zh-Hant': '節引言，工總建議：', 'zh-Hans': '节引言，工总建议：', en: 'Section lead; FHKI recommends:' },
      },
      // The stand-in section takes its chapter's title.
      { id: '2', chapterId: 'C2', number: '2', title: { 'zh-Hant': '第二章', 'zh-Hans': '第二章', en: 'Chapter two' }, page: 2, implicit: true },
    ]);
    expect(dataset.sections[0]).not.toHaveProperty('implicit');
  });

  test('recommendations, with the run-on joined, in three languages, with their annotations', () => {
    expect(dataset.recommendations.map((rec) => [rec.id, rec.kind, rec.text['zh-Hant'], rec.page, rec.endPage])).toEqual([
      ['R-1.1-1', 'bullet', '鼓勵企業對產品進行認證', 1, 1],
      ['R-1.1-2', 'bullet', '例如，增設導覽設施需要經過繁瑣的審批程序', 1, 2],
      ['R-1.1-3', 'bullet', '推廣 ESG 及 AI 教育，於 2 個月內完成', 2, 2],
      ['R-2-1', 'bullet', '章下直接的要點', 2, 2],
    ]);
    expect(dataset.recommendations[1]!.text).toEqual({
      'zh-Hant': '例如，增設導覽設施需要經過繁瑣的審批程序',
      'zh-Hans': '例如，增设导览设施需要经过繁琐的审批程序',
      en: 'For example, adding guided-tour facilities requires a cumbersome approval process.',
    });
    expect(dataset.recommendations[0]).toMatchObject({ themes: ['silver-economy'], addressees: ['hksar-government'], places: [], action: 'promote', schemeIds: ['bud-fund'], askIds: [] });
    expect(dataset.recommendations[2]).toMatchObject({ action: 'speed-up', askIds: ['A-1.1-3-1'] });
  });

  test('schemes list the recommendations that refer to them and what each asks', () => {
    expect(dataset.schemes).toEqual([
      {
        id: 'bud-fund',
        name: { 'zh-Hant': 'BUD 專項基金', 'zh-Hans': 'BUD 专项基金', en: 'BUD Fund' },
        administrator: { 'zh-Hant': '工業貿易署', 'zh-Hans': '工业贸易署', en: 'Trade and Industry Department' },
        officialEnglish: true,
        recommendationIds: ['R-1.1-1'],
        requests: [{ recommendationId: 'R-1.1-1', request: 'widen-scope' }],
      },
    ]);
  });

  test('asks get stable ids, their section and their three-language label', () => {
    expect(dataset.asks).toEqual([
      {
        id: 'A-1.1-3-1', recommendationId: 'R-1.1-3', sectionId: '1.1', source: 'recommendation', role: 'ask', kind: 'duration', direction: 'lower',
        quote: '於 2 個月內完成', value: 2, unit: 'month',
        label: { 'zh-Hant': '完成時限', 'zh-Hans': '完成时限', en: 'Time to complete' },
      },
    ]);
  });

  test('cover-letter bullets and lead paragraphs are not recommendations; only section leads are kept, as leads', () => {
    const recommendationTexts = JSON.stringify(dataset.recommendations);
    for (const context of ['第一，創新與創業', '封面信的段落', '支柱引言', '章引言', '節引言']) expect(recommendationTexts).not.toContain(context);
    const everything = serializeDataset(dataset);
    for (const dropped of ['第一，創新與創業', '封面信的段落', '支柱引言', '章引言']) expect(everything).not.toContain(dropped);
    expect(dataset.sections[0]!.lead?.['zh-Hant']).toBe('節引言，工總建議：');
  });

  test('CRLF line endings give the same dataset', () => {
    expect(build(SOURCE.replace(/\n/g, '\r\n'), SHA)).toEqual(dataset);
  });
});

describe('serializeDatasetFiles: the core and the texts', () => {
  test('is deterministic: same input, identical bytes in both files', () => {
    const first = serializeDatasetFiles(build(SOURCE, SHA));
    const second = serializeDatasetFiles(build(SOURCE, SHA));
    expect(second).toEqual(first);
  });

  test('two-space JSON with a final newline, in schema order; the core without the texts, the texts by id', () => {
    const { core, texts } = serializeDatasetFiles(build(SOURCE, SHA));
    for (const text of [core, texts]) {
      expect(text.endsWith('}\n')).toBe(true);
      expect(text.endsWith('\n\n')).toBe(false);
      expect(text.startsWith('{\n  "schemaVersion": 2,\n  ')).toBe(true);
    }
    expect(Object.keys(JSON.parse(core))).toEqual(['schemaVersion', 'revision', 'submission', 'pillars', 'chapters', 'sections', 'recommendations', 'themes', 'levers', 'industries', 'schemes', 'asks', 'addressees', 'places']);
    expect(Object.keys(JSON.parse(texts))).toEqual(['schemaVersion', 'submissionId', 'revision', 'recommendations', 'sections', 'themes', 'levers', 'industries']);
    expect(core).not.toContain('"text"');
    expect(core).not.toContain('"lead"');
    expect(core).not.toContain('"rule"');
  });

  test('the two files merge back into the dataset built, and both carry its revision (a sha256)', () => {
    const dataset = build(SOURCE, SHA);
    const { core, texts } = serializeDatasetFiles(dataset);
    expect(withTexts(DatasetCore.parse(JSON.parse(core)), DatasetTexts.parse(JSON.parse(texts)))).toEqual(dataset);
    expect(dataset.revision).toMatch(/^[0-9a-f]{64}$/);
    expect([JSON.parse(core).revision, JSON.parse(texts).revision]).toEqual([dataset.revision, dataset.revision]);
  });

  test('both files change when the source changes (the revision with it)', () => {
    const other = SOURCE.replace('鼓勵企業對產品進行認證', '鼓勵企業對產品進行檢測');
    const [before, after] = [serializeDatasetFiles(build(SOURCE, SHA)), serializeDatasetFiles(build(other, sha256(other)))];
    expect(after.core).not.toBe(before.core);
    expect(after.texts).not.toBe(before.texts);
    expect(JSON.parse(after.core).revision).not.toBe(JSON.parse(before.core).revision);
  });
});

describe('the committed files (public/data/)', () => {
  test('are the real build split in two: merged, they equal the dataset the pipeline builds', () => {
    const { dataset } = buildRealDataset();
    const core = DatasetCore.parse(JSON.parse(readFileSync(DATASET_PATH, 'utf8')));
    const texts = DatasetTexts.parse(JSON.parse(readFileSync(DATASET_TEXTS_PATH, 'utf8')));
    expect(withTexts(core, texts)).toEqual(dataset);
    expect(Dataset.parse(withTexts(core, texts))).toEqual(dataset);
  });
});

describe('buildDataset errors', () => {
  test('a chapter out of order is a StructureError naming the source line', () => {
    const broken = SOURCE.replace('2. 第二章', '3. 第二章');
    const line = broken.split('\n').findIndex((text) => text === '3. 第二章') + 1;
    expect(() => build(broken, SHA)).toThrow(StructureError);
    expect(() => build(broken, SHA)).toThrow(`line ${line}: chapter 3 is out of order`);
  });

  test('a paragraph after the bullets is a StructureError', () => {
    const broken = SOURCE.replace('- 推廣 ESG 及 AI 教育', '推廣 ESG 及 AI 教育。');
    expect(() => build(broken, SHA)).toThrow(/section 1.1 has a paragraph after its bullets/);
  });

  test('a missing date is a StructureError', () => {
    expect(() => build(SOURCE.replace('2025 年 8 月', ''), SHA)).toThrow(StructureError);
  });

  test('text before the first letterhead is reported', () => {
    expect(() => build(`草稿\n${SOURCE}`, SHA)).toThrow(/line 1: text before the first letterhead/);
  });

  test('schema violations surface as a ValidationError listing each issue with its path', () => {
    const attempt = (source: string, sha: string) => {
      try {
        build(source, sha);
      } catch (error) {
        return error;
      }
      throw new Error('expected buildDataset to throw');
    };
    const badSha = attempt(SOURCE, 'not-a-sha');
    expect(badSha).toBeInstanceOf(ValidationError);
    expect((badSha as ValidationError).issues).toEqual([expect.stringMatching(/^submission\.sourceSha256: /)]);
    expect((badSha as ValidationError).message).toMatch(/^the dataset does not validate:\n {2}- submission\.sourceSha256: /);

  });

  test('an impossible closing month stops the parse at its line', () => {
    expect(() => build(SOURCE.replace('2025 年 8 月', '2025 年 13 月'), SHA)).toThrow(StructureError);
    expect(() => build(SOURCE.replace('2025 年 8 月', '2025 年 13 月'), SHA)).toThrow(/no month 13/);
  });

  test('a repeated section number stops the parse before any bullet is lost', () => {
    const broken = SOURCE.replace('- 推廣 ESG 及 AI 教育', '1.1. 推動銀髮經濟\n\n- 推廣 ESG 及 AI 教育');
    expect(() => build(broken, SHA)).toThrow(StructureError);
    expect(() => build(broken, SHA)).toThrow(/section 1\.1 is out of order \(expected 1\.2\)/);
  });
});
