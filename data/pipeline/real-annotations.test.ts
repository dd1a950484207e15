/**
 * The annotations of the real submission: complete, in three languages, and right on the
 * figures executives will quote. Expected numbers come from reading the source text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readCommittedDataset } from './committed.ts';
import { ANNOTATIONS_DIR } from './paths.ts';
import { buildRealDataset } from './realDataset.ts';

const { dataset } = buildRealDataset();
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

  test('every scheme is referred to by at least one recommendation or is the umbrella of one, and there are more than twenty', () => {
    expect(dataset.schemes.length).toBeGreaterThan(20);
    const umbrellas = new Set(dataset.schemes.map((scheme) => scheme.parentId));
    for (const scheme of dataset.schemes) expect(scheme.recommendationIds.length > 0 || umbrellas.has(scheme.id), scheme.id).toBe(true);
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
    expect(askOf('R-5.2-1', '3000')).toMatchObject({ kind: 'threshold', from: 800, to: 3000, unit: 'money', currency: 'CNY', role: 'ask', direction: 'raise' });
  });

  test('ITSP fast track: projects under HK$5M (government share under HK$2.5M) approved within 2 months', () => {
    expect(askOf('R-2.3-5', '500 萬元')).toMatchObject({ value: 5_000_000, unit: 'money', currency: 'HKD', role: 'ask', schemeId: 'itsp' });
    expect(askOf('R-2.3-5', '250 萬元')).toMatchObject({ value: 2_500_000, unit: 'money', currency: 'HKD', role: 'ask' });
    expect(askOf('R-2.3-5', '2 個月')).toMatchObject({ kind: 'duration', value: 2, unit: 'month', role: 'ask', direction: 'lower' });
    expect(dataset.recommendations.find((r) => r.id === 'R-2.3-5')!.schemeIds).toContain('itsp');
  });

  test('the 18,000–23,000 I&T manpower gap by 2028 is background from the 6.1 lead', () => {
    const gap = dataset.asks.find((ask) => ask.sectionId === '6.1' && ask.source === 'lead');
    expect(gap).toMatchObject({ kind: 'gap', from: 18_000, to: 23_000, unit: 'people', date: '2028', role: 'background' });
  });

  test('the world Muslim population is background, not an ask', () => {
    const muslims = dataset.asks.find((ask) => ask.quote.includes('穆斯林人口'));
    expect(muslims).toMatchObject({ value: 2_000_000_000, role: 'background', source: 'lead', sectionId: '1.2' });
    expect(muslims!.direction).toBeUndefined();
  });

  test('BUD Fund: defer the tightening to September 2026; interest-only arrangement extended by a year', () => {
    expect(askOf('R-3.1-1', '2026年9月')).toMatchObject({ kind: 'deadline', date: '2026-09', role: 'ask', direction: 'defer', schemeId: 'bud-fund' });
    expect(askOf('R-3.2-1', '一年')).toMatchObject({ kind: 'duration', value: 1, unit: 'year', role: 'ask', direction: 'extend', schemeId: 'principal-moratorium' });
    expect(dataset.schemes.find((s) => s.id === 'bud-fund')!.requests).toContainEqual({ recommendationId: 'R-3.1-1', request: 'defer' });
  });

  test('every quote stands in the text it belongs to', () => {
    for (const ask of dataset.asks) {
      const home = ask.source === 'lead' ? dataset.sections.find((s) => s.id === ask.sectionId)!.lead!['zh-Hant'] : dataset.recommendations.find((r) => r.id === ask.recommendationId)!.text['zh-Hant'];
      expect(home, ask.id).toContain(ask.quote);
    }
  });
});

describe('asks with and without a number, and what FHKI stresses (issue 14, Part 4)', () => {
  test('every ask has a direction; every figure without a number is an ask; background has none', () => {
    for (const ask of dataset.asks) {
      if (ask.role === 'ask') expect(ask.direction, ask.id).toBeDefined();
      else expect(ask.direction, ask.id).toBeUndefined();
      if (ask.value === null) expect(ask.role, ask.id).toBe('ask');
    }
  });

  test('asks without a number are there: the BUD Fund cap and the New Energy Transport Fund cap, raised', () => {
    const unquantified = dataset.asks.filter((ask) => ask.value === null);
    expect(unquantified.length).toBeGreaterThan(10);
    expect(unquantified).toContainEqual(expect.objectContaining({ recommendationId: 'R-3.1-2', kind: 'cap', direction: 'raise', schemeId: 'bud-fund' }));
    expect(unquantified).toContainEqual(expect.objectContaining({ recommendationId: 'R-1.5-5', kind: 'cap', direction: 'raise', schemeId: 'new-energy-transport-fund' }));
  });

  test('past and scheduled dates are events (background), never deadlines asked for; trivia and duplicates are gone', () => {
    expect(askOf('R-3.2-1', '11 月到期')).toMatchObject({ kind: 'event', role: 'background', date: '2025-11' });
    expect(askOf('R-9.2-1', '2034')).toMatchObject({ kind: 'event', role: 'background' });
    for (const ask of dataset.asks.filter((a) => a.kind === 'deadline')) expect(ask.role, ask.id).toBe('ask');
    expect(askOf('R-2.4-2', '第三座')).toBeUndefined();
    // RMB800 is the "from" of the 5.2-1 ask, not a second figure of the section.
    expect(dataset.asks.filter((ask) => ask.sectionId === '5.2' && (ask.value === 800 || ask.from === 800))).toHaveLength(1);
  });

  test('urgency: every word quoted in its clause of the text; 7.3-1 asks for the area plans as soon as possible', () => {
    const urgent = dataset.recommendations.filter((rec) => rec.urgency.length > 0);
    expect(urgent.length).toBeGreaterThan(10);
    for (const rec of urgent)
      for (const mark of rec.urgency) {
        expect(rec.text['zh-Hant'], rec.id).toContain(mark.quote['zh-Hant']);
        expect(mark.quote['zh-Hant'], rec.id).toContain(mark.word);
      }
    expect(dataset.recommendations.find((r) => r.id === 'R-7.3-1')!.urgency).toContainEqual(expect.objectContaining({ word: '盡快', signal: 'as-soon-as-possible' }));
    // A scheme's name is not urgency: 「新型工業加速計劃」.
    expect(dataset.recommendations.find((r) => r.id === 'R-2.3-4')!.urgency).toEqual([]);
  });

  test('repeated asks link both ways, across sections', () => {
    const byId = new Map(dataset.recommendations.map((rec) => [rec.id, rec]));
    const linked = dataset.recommendations.filter((rec) => rec.repeats.length > 0);
    expect(linked.length).toBeGreaterThanOrEqual(10);
    for (const rec of linked)
      for (const other of rec.repeats) {
        expect(byId.get(other)!.repeats, `${rec.id} ↔ ${other}`).toContain(rec.id);
        expect(byId.get(other)!.sectionId).not.toBe(rec.sectionId);
      }
  });

  test('the two descriptive paragraphs are marked as framing', () => {
    expect(dataset.recommendations.filter((rec) => rec.framing).map((rec) => rec.id)).toEqual(['R-7.2-1', 'R-10.1-1']);
  });
});

describe('the scheme registry (issue 14)', () => {
  const scheme = (id: string) => dataset.schemes.find((s) => s.id === id)!;
  test('every scheme has an administrator and says whether its English name is official', () => {
    for (const s of dataset.schemes) {
      expect(s.administrator.en.length, s.id).toBeGreaterThan(2);
      expect(typeof s.officialEnglish, s.id).toBe('boolean');
    }
  });

  test('the interest-only arrangement is the SFGS principal moratorium, run by HKMC Insurance Limited', () => {
    expect(scheme('principal-moratorium')).toMatchObject({ parentId: 'sfgs', officialEnglish: true, administrator: { en: 'HKMC Insurance Limited' } });
    expect(scheme('sfgs').name.en).toBe('SME Financing Guarantee Scheme (SFGS)');
  });

  test('the ITF is the umbrella of ITSP and of the New Industrialisation programmes (NIFS two levels down)', async () => {
    const { ancestry } = await import('../../src/domain/hierarchy.ts');
    const around = ancestry(dataset.schemes);
    expect(around(['itsp'])).toEqual(['itsp', 'itf']);
    expect(around(['nifs'])).toEqual(['nifs', 'new-industrialisation-support', 'itf']);
  });
});

describe('places form a hierarchy (issue 14)', () => {
  const dataset = readCommittedDataset();
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
    const northern = new Set(filterRecommendations(dataset, buildFilterIndex(dataset), { ...NO_FILTERS, place: ['northern-metropolis'] }).map((rec) => rec.id));
    const loop = dataset.recommendations.filter((rec) => rec.places.includes('loop'));
    expect(loop.length).toBeGreaterThan(0);
    for (const rec of loop) expect(northern.has(rec.id), rec.id).toBe(true);
  });
});
