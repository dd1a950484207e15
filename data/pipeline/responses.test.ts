import { describe, expect, test } from 'vitest';
import type { Ask } from '../../src/domain/dataset.ts';
import { normaliseText, type ParsedAddress } from './policyAddress.ts';
import { buildRealDataset } from './realDataset.ts';
import { toResponse, type ResponseEntry } from './responses.ts';

const paragraph = (number: number, text: string, items: string[] = []) => ({ number, chapter: 1, chapterTitle: 'c', path: [], text, items });
const address: { 'zh-Hant': ParsedAddress; en: ParsedAddress } = {
  'zh-Hant': { language: 'zh-Hant', title: 't', chapters: ['c'], remarks: [], paragraphs: [paragraph(1, '政府會推出措施。'), paragraph(2, '支援中小企：', ['將計劃延長兩年。', '寬減收費。'])] },
  en: { language: 'en', title: 't', chapters: ['c'], remarks: [], paragraphs: [paragraph(1, 'The Government will act.'), paragraph(2, 'Support SMEs:', ['Extend the scheme for two years.', 'Reduce fees.'])] },
};
const ask = { id: 'A-1.1-1-1', recommendationId: 'R-1.1-1', sectionId: '1.1', source: 'recommendation', role: 'ask', kind: 'duration', direction: 'extend', quote: '延長兩年', value: 2, unit: 'year', label: { 'zh-Hant': 'x', 'zh-Hans': 'x', en: 'x' } } as Ask;
const entry = (extra: Partial<ResponseEntry> = {}): ResponseEntry => ({
  verdict: 'adopted',
  paragraphs: [{ number: 2, item: { 'zh-Hant': 'i', en: 'i' } }],
  quote: { 'zh-Hant': '將計劃延長兩年', en: 'Extend the scheme for two years' },
  reason: { 'zh-Hant': '建議延長兩年；施政報告延長兩年。', en: 'Asked: two years; the address gives two years.' },
  confidence: 'high',
  numbers: [{ askQuote: '延長兩年', met: 'met', addressFigure: { 'zh-Hant': '兩年', en: 'two years' } }],
  ...extra,
});
const run = (value: ResponseEntry) => {
  const problems: string[] = [];
  const response = toResponse('R-1.1-1', value, address, [ask], (s) => `简${s}`, problems);
  return { response, problems };
};

describe('toResponse (hand-made address)', () => {
  test('a response whose paragraph, sub-item, quote and numeric ask all check out', () => {
    expect(run(entry())).toEqual({
      problems: [],
      response: {
        verdict: 'adopted',
        paragraphs: [{ number: 2, item: { 'zh-Hant': 'i', en: 'i' } }],
        quote: { 'zh-Hant': '將計劃延長兩年', 'zh-Hans': '简將計劃延長兩年', en: 'Extend the scheme for two years' },
        reason: { 'zh-Hant': '建議延長兩年；施政報告延長兩年。', 'zh-Hans': '简建議延長兩年；施政報告延長兩年。', en: 'Asked: two years; the address gives two years.' },
        confidence: 'high',
        numbers: [{ askId: 'A-1.1-1-1', outcome: 'met', figure: { 'zh-Hant': '兩年', 'zh-Hans': '简兩年', en: 'two years' } }],
      },
    });
  });

  test('a paragraph or sub-item that does not exist, a quote not in its paragraph, and an unknown ask are named', () => {
    expect(run(entry({ paragraphs: [{ number: 2, item: { 'zh-Hant': 'iii', en: 'ii' } }, { number: 9 }], quote: { 'zh-Hant': '延長三年', en: 'Cut taxes' }, numbers: [{ askQuote: '三年', met: 'met' }] })).problems).toEqual([
      'R-1.1-1 response: paragraph 1 (¶2(iii)) does not exist in the zh-Hant text',
      'R-1.1-1 response: paragraph 2 (¶9) does not exist in the zh-Hant text',
      'R-1.1-1 response: paragraph 2 (¶9) does not exist in the en text',
      'R-1.1-1 response: the en quote "Cut taxes" is not in ¶2(ii)',
      'R-1.1-1 response: no ask of R-1.1-1 is quoted "三年"',
    ]);
  });

  test('the quote is compared in the normal form: a line break inside the Chinese does not matter', () => {
    expect(run(entry({ quote: { 'zh-Hant': '將計劃\n延長兩年', en: 'Extend the  scheme' } })).problems).toEqual([]);
  });
});

describe('the real responses (the 2025 Policy Address)', () => {
  const { dataset, responseSource } = buildRealDataset();
  const real = responseSource.address;
  const target = (number: number, item: string | undefined, language: 'zh-Hant' | 'en') => {
    const p = real[language].paragraphs[number - 1]!;
    return item === undefined ? p.text : p.items[['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'].indexOf(item)]!;
  };

  test('every recommendation has a verdict; every cited paragraph exists; every quote is in its paragraph', () => {
    expect(dataset.responseDocument).toMatchObject({ id: 'policy-address-2025', delivered: '2025-09-17', paragraphs: 286, scope: 'main-text' });
    for (const rec of dataset.recommendations) {
      const response = rec.response!;
      expect(response, rec.id).toBeDefined();
      for (const { number } of response.paragraphs) expect(number, rec.id).toBeLessThanOrEqual(286);
      const first = response.paragraphs[0];
      if (response.verdict === 'not-addressed') expect(response.searched?.en.length, rec.id).toBeGreaterThan(0);
      else for (const language of ['zh-Hant', 'en'] as const) expect(target(first!.number, first!.item?.[language], language), rec.id).toContain(normaliseText(response.quote![language]));
    }
  });

  test('the interest-only arrangement (3.2-1): adopted in ¶240(i), one more year asked and given', () => {
    const response = dataset.recommendations.find((rec) => rec.id === 'R-3.2-1')!.response!;
    expect(response).toMatchObject({ verdict: 'adopted', paragraphs: [{ number: 240, item: { 'zh-Hant': 'i', en: 'i' } }] });
    const extension = dataset.asks.find((a) => a.recommendationId === 'R-3.2-1' && a.role === 'ask')!;
    expect(response.numbers).toContainEqual(expect.objectContaining({ askId: extension.id, outcome: 'met' }));
  });

  test('¶240 sub-items from the 6th on are lettered one lower in English (the Chinese splits an item)', () => {
    for (const rec of dataset.recommendations)
      for (const { number, item } of rec.response!.paragraphs)
        if (number === 240 && item) {
          const zh = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'].indexOf(item['zh-Hant']);
          const en = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'].indexOf(item.en);
          expect(en, rec.id).toBe(zh >= 5 ? zh - 1 : zh);
        }
  });
});
