import { describe, expect, test } from 'vitest';
import { makeRecommendation, tri, FACET_FIXTURES } from '../testing/fixtures.ts';
import { Dataset } from './dataset.ts';
import { recommendationContext, recommendationLabel, submissionOutline } from './outline.ts';

const rec = makeRecommendation;

/**
 * 2 pillars, 3 chapters (C2 has no section), 4 sections (1.3 has no recommendation,
 * "14" is implicit), 7 recommendations.
 */
function smallDataset(): Dataset {
  return {
    schemaVersion: 2,
    revision: 'c'.repeat(64),
    submission: {
      id: 'small-test',
      title: tri('測試意見書'),
      author: tri('作者'),
      date: '2025-08',
      pages: 12,
      sourceSha256: '0'.repeat(64),
    },
    pillars: [
      { id: 'P1', number: 1, title: tri('範疇一') },
      { id: 'P2', number: 2, title: tri('範疇二') },
    ],
    chapters: [
      { id: 'C1', pillarId: 'P1', number: 1, title: tri('第一章'), page: 2 },
      { id: 'C2', pillarId: 'P1', number: 2, title: tri('第二章'), page: 6 },
      { id: 'C14', pillarId: 'P2', number: 14, title: tri('第十四章'), page: 9 },
    ],
    sections: [
      { id: '1.1', chapterId: 'C1', number: '1.1', title: tri('一點一'), page: 2 },
      { id: '1.2', chapterId: 'C1', number: '1.2', title: tri('一點二'), page: 3 },
      { id: '1.3', chapterId: 'C1', number: '1.3', title: tri('一點三'), page: 5 },
      { id: '14', chapterId: 'C14', number: '14', title: tri('第十四章'), page: 9, implicit: true },
    ],
    recommendations: [
      rec('R-1.1-1', '1.1', 2),
      rec('R-1.1-2', '1.1', 2),
      rec('R-1.1-3', '1.1', 3),
      rec('R-1.2-1', '1.2', 3),
      rec('R-1.2-2', '1.2', 4),
      rec('R-14-1', '14', 9),
      rec('R-14-2', '14', 10),
    ],
    themes: [{ id: 'innovation', label: tri('創新'), rule: tri('與創新有關。') }],
    ...FACET_FIXTURES,
    schemes: [],
    asks: [],
    addressees: [{ id: 'gov', label: tri('政府') }],
    places: [],
  };
}

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('submissionOutline', () => {
  test('the hand-made dataset is valid (so the outline is computed on real-shaped data)', () => {
    expect(Dataset.safeParse(smallDataset()).success).toBe(true);
  });

  test('groups pillars → chapters → sections → recommendations with counts', () => {
    const outline = submissionOutline(smallDataset());
    expect(outline.pillars.map((p) => [p.pillar.id, p.recommendationCount])).toEqual([
      ['P1', 5],
      ['P2', 2],
    ]);
    const [p1, p2] = outline.pillars;
    expect(p1!.chapters.map((c) => [c.chapter.id, c.recommendationCount])).toEqual([
      ['C1', 5],
      ['C2', 0],
    ]);
    expect(p2!.chapters.map((c) => [c.chapter.id, c.recommendationCount])).toEqual([['C14', 2]]);
    const c1 = p1!.chapters[0]!;
    expect(c1.sections.map((s) => [s.section.id, ids(s.recommendations)])).toEqual([
      ['1.1', ['R-1.1-1', 'R-1.1-2', 'R-1.1-3']],
      ['1.2', ['R-1.2-1', 'R-1.2-2']],
      ['1.3', []],
    ]);
    expect(p2!.chapters[0]!.sections[0]!.section.implicit).toBe(true);
    expect(ids(p2!.chapters[0]!.sections[0]!.recommendations)).toEqual(['R-14-1', 'R-14-2']);
  });

  test('a chapter with zero sections has an empty list and count 0', () => {
    const c2 = submissionOutline(smallDataset()).pillars[0]!.chapters[1]!;
    expect(c2.chapter.id).toBe('C2');
    expect(c2.sections).toEqual([]);
    expect(c2.recommendationCount).toBe(0);
  });

  test('totals count every list and take pages from the submission', () => {
    expect(submissionOutline(smallDataset()).totals).toEqual({
      pillars: 2,
      chapters: 3,
      sections: 4,
      recommendations: 7,
      pages: 12,
    });
  });

  test('the per-pillar counts add up to the total', () => {
    const outline = submissionOutline(smallDataset());
    const sum = outline.pillars.reduce((total, p) => total + p.recommendationCount, 0);
    expect(sum).toBe(outline.totals.recommendations);
  });

  test('keeps the dataset order rather than sorting', () => {
    const data = smallDataset();
    data.pillars.reverse();
    data.sections.reverse();
    data.recommendations.reverse();
    const outline = submissionOutline(data);
    expect(outline.pillars.map((p) => p.pillar.id)).toEqual(['P2', 'P1']);
    const c1 = outline.pillars[1]!.chapters[0]!;
    expect(c1.sections.map((s) => s.section.id)).toEqual(['1.3', '1.2', '1.1']);
    expect(ids(c1.sections[2]!.recommendations)).toEqual(['R-1.1-3', 'R-1.1-2', 'R-1.1-1']);
  });
});

describe('recommendationContext', () => {
  test('gives section, chapter, pillar, position and section size', () => {
    const context = recommendationContext(smallDataset(), 'R-1.1-2');
    expect(context?.recommendation.id).toBe('R-1.1-2');
    expect(context?.section.id).toBe('1.1');
    expect(context?.chapter.id).toBe('C1');
    expect(context?.pillar.id).toBe('P1');
    expect(context?.position).toBe(2);
    expect(context?.sectionSize).toBe(3);
    expect(context?.previous?.id).toBe('R-1.1-1');
    expect(context?.next?.id).toBe('R-1.1-3');
  });

  test('resolves the implicit section of chapter 14 and pillar P2', () => {
    const context = recommendationContext(smallDataset(), 'R-14-2');
    expect([context?.section.id, context?.chapter.id, context?.pillar.id]).toEqual(['14', 'C14', 'P2']);
    expect([context?.position, context?.sectionSize]).toEqual([2, 2]);
  });

  test('previous and next cross section and chapter boundaries', () => {
    const data = smallDataset();
    const lastOf11 = recommendationContext(data, 'R-1.1-3');
    expect(lastOf11?.next?.id).toBe('R-1.2-1');
    const firstOf12 = recommendationContext(data, 'R-1.2-1');
    expect(firstOf12?.previous?.id).toBe('R-1.1-3');
    expect([firstOf12?.position, firstOf12?.sectionSize]).toEqual([1, 2]);
    expect(recommendationContext(data, 'R-1.2-2')?.next?.id).toBe('R-14-1');
    expect(recommendationContext(data, 'R-14-1')?.previous?.id).toBe('R-1.2-2');
  });

  test('the first has no previous and the last has no next', () => {
    const data = smallDataset();
    const first = recommendationContext(data, 'R-1.1-1');
    expect(first?.previous).toBeUndefined();
    expect(first?.next?.id).toBe('R-1.1-2');
    const last = recommendationContext(data, 'R-14-2');
    expect(last?.next).toBeUndefined();
    expect(last?.previous?.id).toBe('R-14-1');
  });

  test('is undefined for unknown ids', () => {
    const data = smallDataset();
    expect(recommendationContext(data, 'R-9.9-9')).toBeUndefined();
    expect(recommendationContext(data, '')).toBeUndefined();
    expect(recommendationContext(data, '1.1-1')).toBeUndefined();
  });

  test('throws when references do not resolve (an unvalidated dataset)', () => {
    const data = smallDataset();
    data.recommendations[0]!.sectionId = '9.9';
    expect(() => recommendationContext(data, 'R-1.1-1')).toThrow(/do not resolve for R-1.1-1/);
  });
});

describe('recommendationLabel', () => {
  test('drops the "R-" prefix only', () => {
    expect(recommendationLabel('R-5.2-1')).toBe('5.2-1');
    expect(recommendationLabel('R-14-3')).toBe('14-3');
    expect(recommendationLabel('X-R-1')).toBe('X-R-1');
  });
});
