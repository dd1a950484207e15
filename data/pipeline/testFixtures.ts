/**
 * Test-only: a small synthetic submission (two pages, a run-on bullet, a stand-in section)
 * and annotations that fit it, for the pipeline's unit tests.
 */
import { createHash } from 'node:crypto';
import type { Annotations, RecommendationAnnotation } from './annotationFiles.ts';
import { LETTERHEAD } from './pages.ts';

const HEAD = `\n\n${LETTERHEAD.join('\n\n')}\n\n`;

export const SOURCE = [
  HEAD,
  '測試標題 共迎挑戰 — 香港工業總會意見書\n\n',
  '封面信的段落。\n\n',
  '- 第一，創新與創業；\n- 第二，高質量發展。\n\n',
  '一、創新與創業—促進經濟多元發展\n\n',
  '支柱引言。\n\n',
  '1. 發掘新經濟增長點\n\n',
  '章引言。\n\n',
  '1.1. 推動銀髮經濟\n\n',
  '節引言，工總建議：\n\n',
  '- 鼓勵企業對產品進行認證\n',
  '- 例如，增設導覽設施需\n\n',
  HEAD,
  '要經過繁瑣的審批程序\n\n',
  '- 推廣 ESG 及 AI 教育，於 2 個月內完成\n\n',
  '2. 第二章\n\n',
  '- 章下直接的要點\n\n',
  '香港工業總會\n\n',
  '2025 年 8 月',
].join('');

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
export const SHA = sha256(SOURCE);

const annotation = (en: string, extra: Partial<RecommendationAnnotation> = {}): RecommendationAnnotation => ({
  en,
  themes: ['silver-economy'],
  addressees: ['hksar-government'],
  places: [],
  action: 'promote',
  schemes: [],
  asks: [],
  ...extra,
});

/** Fresh annotations that fit SOURCE (a new object each call, so tests may mutate it). */
export function annotationsForSource(): Annotations {
  return {
    submission: { title: { en: 'Test title' }, author: { en: 'Federation of Hong Kong Industries' }, pillars: { P1: { en: 'Innovation and entrepreneurship' } } },
    themes: [{ id: 'silver-economy', label: { 'zh-Hant': '銀髮經濟', en: 'Silver economy' }, rule: { 'zh-Hant': '為長者而設的產品。', en: 'Products for older people.' } }],
    facets: {
      levers: [{ id: 'funding', label: { 'zh-Hant': '資助及融資', en: 'Funding and finance' }, rule: { 'zh-Hant': '資助。', en: 'Money.' } }],
      industries: [{ id: 'all-industries', label: { 'zh-Hant': '所有行業', en: 'All industries' }, rule: { 'zh-Hant': '一般企業。', en: 'Firms in general.' } }],
      values: new Map(['R-1.1-1', 'R-1.1-2', 'R-1.1-3', 'R-2-1'].map((id) => [id, { levers: ['funding'], industries: ['all-industries'] }])),
      problems: [],
    },
    asksPasses: { asks: new Map(['R-1.1-1', 'R-1.1-2', 'R-1.1-3', 'R-2-1'].map((id) => [id, []])), repeats: new Map(), urgent: new Set(), judgedCandidates: new Set(), problems: [] },
    addressees: [{ id: 'hksar-government', label: { 'zh-Hant': '特區政府', en: 'HKSAR Government' } }],
    places: [
      { id: 'gba', label: { 'zh-Hant': '粵港澳大灣區', en: 'Greater Bay Area' } },
      { id: 'shenzhen', parentId: 'gba', label: { 'zh-Hant': '深圳', en: 'Shenzhen' } },
    ],
    schemes: [{ id: 'bud-fund', name: { 'zh-Hant': 'BUD 專項基金', en: 'BUD Fund' }, administrator: { 'zh-Hant': '工業貿易署', en: 'Trade and Industry Department' }, officialEnglish: true }],
    chapters: [
      {
        chapter: 1,
        title: { en: 'New growth points' },
        sections: { '1.1': { title: { en: 'Silver economy' }, lead: { en: 'Section lead; FHKI recommends:' } } },
        recommendations: {
          'R-1.1-1': annotation('Encourage companies to certify their products.', { schemes: [{ id: 'bud-fund', request: 'widen-scope' }] }),
          'R-1.1-2': annotation('For example, adding guided-tour facilities requires a cumbersome approval process.', { places: ['shenzhen'] }),
          'R-1.1-3': annotation('Promote ESG and AI education, completed within 2 months.', {
            action: 'speed-up',
            asks: [{ kind: 'duration', label: { 'zh-Hant': '完成時限', en: 'Time to complete' }, quote: '於 2 個月內完成', value: 2, unit: 'month', role: 'ask', direction: 'lower' }],
          }),
        },
      },
      { chapter: 2, title: { en: 'Chapter two' }, sections: {}, recommendations: { 'R-2-1': annotation('A bullet straight under the chapter.') } },
    ],
  };
}
