import { describe, expect, test } from 'vitest';
import { AnnotationError, annotate, localized } from './annotate.ts';
import type { Annotations } from './annotationFiles.ts';
import { parseSource } from './dataset.ts';
import { SOURCE, annotationsForSource } from './testFixtures.ts';

const structure = parseSource(SOURCE);

/** The problems annotate() reports for annotations changed by `edit`. */
function problemsAfter(edit: (annotations: Annotations) => void, onlyChapters?: number[]): string[] {
  const annotations = annotationsForSource();
  edit(annotations);
  try {
    annotate(structure, annotations, onlyChapters);
  } catch (error) {
    if (error instanceof AnnotationError) return [...error.problems];
    throw error;
  }
  return [];
}
const chapter = (annotations: Annotations, number: number) => annotations.chapters.find((c) => c.chapter === number)!;

describe('annotate', () => {
  test('annotations that fit give no problems', () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  test('a recommendation without an annotation is named', () => {
    expect(problemsAfter((a) => delete chapter(a, 1).recommendations['R-1.1-2'])).toEqual(['R-1.1-2: no annotation']);
  });

  test('an annotation for a recommendation that does not exist is named', () => {
    expect(problemsAfter((a) => (chapter(a, 1).recommendations['R-1.1-9'] = chapter(a, 1).recommendations['R-1.1-1']!))).toEqual([
      'chapter 1: "R-1.1-9" is not a recommendation of this chapter',
    ]);
  });

  test('unknown theme, addressee, place and scheme ids are named with their recommendation', () => {
    const problems = problemsAfter((a) => {
      const rec = chapter(a, 1).recommendations['R-1.1-1']!;
      rec.themes = ['silver-economy', 'space'];
      rec.addressees = ['mars-council'];
      rec.places = ['atlantis'];
      rec.schemes = [{ id: 'free-money', request: 'raise-limit' }];
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'R-1.1-1: unknown theme "space"',
        'R-1.1-1: unknown addressee "mars-council"',
        'R-1.1-1: unknown place "atlantis"',
        'R-1.1-1: unknown scheme "free-money"',
        'scheme "bud-fund": no recommendation refers to it, and it is no umbrella',
      ]),
    );
  });

  test('an ask whose quote is not in its recommendation is named', () => {
    expect(problemsAfter((a) => (chapter(a, 1).recommendations['R-1.1-3']!.asks[0]!.quote = '於 3 個月內完成'))).toEqual([
      'R-1.1-3 ask 1: the quote "於 3 個月內完成" is not in its text',
    ]);
  });

  test('an amount of money without a currency, or an ask without a number, is named', () => {
    const problems = problemsAfter((a) => {
      const ask = chapter(a, 1).recommendations['R-1.1-3']!.asks[0]!;
      ask.unit = 'money';
      delete ask.value;
    });
    expect(problems).toEqual(['R-1.1-3 ask 1: a figure needs a value, from/to, or a date (value null for an ask without a number)', 'R-1.1-3 ask 1: an amount of money needs its currency']);
  });

  test('an ask without a direction, an event asked for, and a background figure with a direction are named', () => {
    const problems = problemsAfter((a) => {
      const ask = chapter(a, 1).recommendations['R-1.1-3']!.asks[0]!;
      delete ask.direction;
      chapter(a, 1).recommendations['R-1.1-3']!.asks.push({ ...ask, role: 'ask', direction: 'defer', kind: 'event' }, { ...ask, role: 'background', direction: 'raise' });
    });
    expect(problems).toEqual([
      'R-1.1-3 ask 1: an ask needs a direction',
      'R-1.1-3 ask 2: a figure of kind event is background, never an ask',
      'R-1.1-3 ask 3: a background figure has no direction',
    ]);
  });

  test('asks passes that miss a recommendation stop the build, naming it', () => {
    const problems = problemsAfter((a) => {
      chapter(a, 1).recommendations['R-1.1-3']!.asks = [];
      a.asksPasses.asks.delete('R-2-1');
    });
    expect(problems).toEqual(['R-2-1: not in the asks passes (data/annotations/passes/asks-*.json)']);
  });

  test('missing translations of titles and leads, and a lead with the wrong number of paragraphs', () => {
    expect(problemsAfter((a) => delete chapter(a, 1).sections['1.1']!.title)).toEqual(['section 1.1: no English title']);
    expect(problemsAfter((a) => delete chapter(a, 1).sections['1.1']!.lead)).toEqual(['section 1.1: no English for its lead']);
    expect(problemsAfter((a) => (chapter(a, 1).sections['1.1']!.lead = { en: 'One.\nTwo.' }))).toEqual([
      'section 1.1: the lead has 1 paragraph(s), its English 2',
    ]);
    expect(problemsAfter((a) => delete a.submission.pillars.P1)).toEqual(['submission.json: pillar P1 has no English title']);
  });

  test('a missing chapter file is reported; checking one chapter ignores the others', () => {
    expect(problemsAfter((a) => (a.chapters = a.chapters.filter((c) => c.chapter !== 2)))).toEqual([
      'chapter 2: no annotation file (data/annotations/chapters/02.json)',
    ]);
    expect(problemsAfter((a) => (a.chapters = a.chapters.filter((c) => c.chapter !== 2)), [1])).toEqual([]);
  });

  test('repeated ids within one recommendation are reported', () => {
    expect(problemsAfter((a) => (chapter(a, 1).recommendations['R-1.1-2']!.themes = ['silver-economy', 'silver-economy']))).toEqual([
      'R-1.1-2: a repeated theme',
    ]);
  });
});

describe('localized', () => {
  test('converts Hong Kong Traditional to Mainland Simplified with OpenCC and keeps the English', () => {
    expect(localized('建議特區政府與保險公司商討，擴大退休人士的承保範圍', 'x')).toEqual({
      'zh-Hant': '建議特區政府與保險公司商討，擴大退休人士的承保範圍',
      'zh-Hans': '建议特区政府与保险公司商讨，扩大退休人士的承保范围',
      en: 'x',
    });
  });
});
