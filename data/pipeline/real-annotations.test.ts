/**
 * The annotations of the real submission: complete, in three languages, and right on the
 * figures executives will quote. Expected numbers come from reading the source text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readAnnotations } from './annotationFiles.ts';
import { buildDataset } from './dataset.ts';
import { ANNOTATIONS_DIR, readVerifiedSource } from './paths.ts';

const { text, sha256 } = readVerifiedSource();
const dataset = buildDataset(text, sha256, readAnnotations(ANNOTATIONS_DIR));
const askOf = (recommendationId: string, quoteIncludes: string) =>
  dataset.asks.find((ask) => ask.recommendationId === recommendationId && ask.quote.includes(quoteIncludes));

describe('every recommendation is annotated', () => {
  test('in three languages, the Simplified converted from the Traditional and the English a real translation', () => {
    for (const rec of dataset.recommendations) {
      expect(rec.text.en, rec.id).toMatch(/^[^\u4e00-\u9fff]*$/); // no Chinese characters left in the English
      expect(rec.text.en.length, rec.id).toBeGreaterThan(rec.text['zh-Hant'].length * 0.8);
      expect(rec.text['zh-Hans'].length, rec.id).toBe(rec.text['zh-Hant'].length); // OpenCC maps character for character here
    }
    // OpenCC turned Traditional characters into Simplified ones.
    expect(dataset.recommendations.find((r) => r.id === 'R-1.1-5')!.text['zh-Hans']).toContain('建议特区政府与保险公司商讨');
  });

  test('1–3 themes, at least one addressee, an action', () => {
    for (const rec of dataset.recommendations) {
      expect(rec.themes.length, rec.id).toBeGreaterThanOrEqual(1);
      expect(rec.themes.length, rec.id).toBeLessThanOrEqual(3);
      expect(rec.addressees.length, rec.id).toBeGreaterThanOrEqual(1);
      expect(rec.action, rec.id).toBeTruthy();
    }
  });

  test('recommendations per theme match the reviewed counts', () => {
    const reviewed = JSON.parse(readFileSync(`${ANNOTATIONS_DIR}/reviewed-theme-counts.json`, 'utf8')) as { counts: Record<string, number> };
    const counts = Object.fromEntries(dataset.themes.map((theme) => [theme.id, dataset.recommendations.filter((r) => r.themes.includes(theme.id)).length]));
    expect(counts).toEqual(reviewed.counts);
  });

  test('every scheme is referred to by at least one recommendation, and there are more than twenty', () => {
    expect(dataset.schemes.length).toBeGreaterThan(20);
    for (const scheme of dataset.schemes) expect(scheme.recommendationIds.length, scheme.id).toBeGreaterThan(0);
  });

  test('every titled thing has three languages', () => {
    for (const item of [...dataset.pillars, ...dataset.chapters, ...dataset.sections]) {
      expect(item.title.en, item.id).toMatch(/^[^\u4e00-\u9fff]+$/);
    }
    for (const theme of dataset.themes) expect(Object.keys(theme.label)).toEqual(['zh-Hant', 'zh-Hans', 'en']);
  });
});

describe('the figures executives quote', () => {
  test('small parcels: the duty-free threshold from RMB800 to RMB3,000', () => {
    expect(askOf('R-5.2-1', '3000')).toMatchObject({ kind: 'threshold', from: 800, to: 3000, unit: 'money', currency: 'CNY', context: false });
  });

  test('ITSP fast track: projects under HK$5M (government share under HK$2.5M) approved within 2 months', () => {
    expect(askOf('R-2.3-5', '500 萬元')).toMatchObject({ value: 5_000_000, unit: 'money', currency: 'HKD', context: false });
    expect(askOf('R-2.3-5', '250 萬元')).toMatchObject({ value: 2_500_000, unit: 'money', currency: 'HKD', context: false });
    expect(askOf('R-2.3-5', '2 個月')).toMatchObject({ kind: 'duration', value: 2, unit: 'month', context: false });
    expect(dataset.recommendations.find((r) => r.id === 'R-2.3-5')!.schemeIds).toContain('itsp');
  });

  test('the 18,000–23,000 I&T manpower gap by 2028 is background from the 6.1 lead', () => {
    const gap = dataset.asks.find((ask) => ask.sectionId === '6.1' && ask.source === 'lead');
    expect(gap).toMatchObject({ kind: 'gap', from: 18_000, to: 23_000, unit: 'people', date: '2028', context: true });
  });

  test('the world Muslim population is context, not an ask', () => {
    const muslims = dataset.asks.find((ask) => ask.quote.includes('穆斯林人口'));
    expect(muslims).toMatchObject({ value: 2_000_000_000, context: true, source: 'lead', sectionId: '1.2' });
  });

  test('BUD Fund: defer the tightening to September 2026; interest-only arrangement extended by a year', () => {
    expect(askOf('R-3.1-1', '2026年9月')).toMatchObject({ kind: 'deadline', date: '2026-09', context: false });
    expect(askOf('R-3.2-1', '一年')).toMatchObject({ kind: 'duration', value: 1, unit: 'year', context: false });
    expect(dataset.schemes.find((s) => s.id === 'bud-fund')!.requests).toContainEqual({ recommendationId: 'R-3.1-1', request: 'defer' });
  });

  test('every quote stands in the text it belongs to', () => {
    for (const ask of dataset.asks) {
      const home = ask.source === 'lead' ? dataset.sections.find((s) => s.id === ask.sectionId)!.lead!['zh-Hant'] : dataset.recommendations.find((r) => r.id === ask.recommendationId)!.text['zh-Hant'];
      expect(home, ask.id).toContain(ask.quote);
    }
  });
});

describe('places form a hierarchy (issue 14)', () => {
  const dataset = JSON.parse(readFileSync('public/data/fhki-2025-policy-address.json', 'utf8')) as {
    places: { id: string; parentId?: string }[];
    recommendations: { id: string; sectionId: string; places: string[] }[];
  };
  const parentOf = new Map(dataset.places.map((place) => [place.id, place.parentId]));
  const chain = (id: string) => {
    const seen = [id];
    for (let parent = parentOf.get(id); parent !== undefined; parent = parentOf.get(parent)) {
      if (seen.includes(parent)) throw new Error(`a cycle through ${parent}`);
      seen.push(parent);
    }
    return seen;
  };

  test('every place’s chain of parents ends at a root that exists', () => {
    for (const place of dataset.places) {
      const ids = chain(place.id);
      expect(parentOf.has(ids.at(-1)!), place.id).toBe(true);
      expect(parentOf.get(ids.at(-1)!), place.id).toBeUndefined();
    }
  });

  test('the Loop lies in the San Tin Technopole, in the Northern Metropolis', () => {
    expect(chain('loop')).toEqual(['loop', 'san-tin', 'northern-metropolis']);
  });

  test('a filter on the Northern Metropolis includes every recommendation that names the Loop', async () => {
    const { buildFilterIndex, filterRecommendations, NO_FILTERS } = await import('../../src/domain/filters.ts');
    const { Dataset } = await import('../../src/domain/dataset.ts');
    const parsed = Dataset.parse(dataset);
    const northern = new Set(filterRecommendations(parsed, buildFilterIndex(parsed), { ...NO_FILTERS, place: ['northern-metropolis'] }).map((rec) => rec.id));
    const loop = dataset.recommendations.filter((rec) => rec.places.includes('loop'));
    expect(loop.length).toBeGreaterThan(0);
    for (const rec of loop) expect(northern.has(rec.id), rec.id).toBe(true);
  });
});
