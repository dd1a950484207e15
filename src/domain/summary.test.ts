import { describe, expect, test } from 'vitest';
import { readBundledCore } from '../testing/bundledData.ts';
import { NO_FILTERS } from './filters.ts';
import { executiveSummary, HEADLINE_ASKS } from './summary.ts';

// The summary is the first screen's: it reads the core alone.
const dataset = readBundledCore();
const all = dataset.recommendations;

describe('executiveSummary on the bundled dataset', () => {
  const summary = executiveSummary(dataset, NO_FILTERS);

  test('the kind of help and the industry named most are the ones no other value beats ("all industries" aside)', () => {
    const count = (of: (id: string) => number, ids: string[]) => Math.max(...ids.map(of));
    expect(summary.topLever!.count).toBe(count((id) => all.filter((r) => r.levers.includes(id)).length, dataset.levers.map((v) => v.id)));
    expect(summary.topIndustry!.value.id).not.toBe('all-industries');
    expect(summary.topIndustry!.count).toBe(count((id) => all.filter((r) => r.industries.includes(id)).length, dataset.industries.map((v) => v.id).filter((id) => id !== 'all-industries')));
  });

  test('the uptake adds up to every recommendation', () => {
    expect(summary.uptake!.byVerdict.reduce((sum, v) => sum + v.count, 0)).toBe(all.length);
    expect(summary.asks).toBe(dataset.asks.filter((a) => a.role === 'ask').length);
  });

  test('headline asks: one card per recommendation with a figure, money first, at most eight; the RMB800 → 3,000 threshold and the HK$5M cap among them', () => {
    const cards = summary.headlineAsks;
    expect(cards.length).toBeGreaterThanOrEqual(5);
    expect(cards.length).toBeLessThanOrEqual(HEADLINE_ASKS);
    expect(new Set(cards.map((c) => c.recommendation.id)).size).toBe(cards.length);
    for (const card of cards) expect(card.ask.value).not.toBeNull();
    const money = cards.map((c) => c.ask.unit === 'money');
    expect(money.indexOf(false) === -1 || money.lastIndexOf(true) < money.indexOf(false)).toBe(true);
    expect(cards.map((c) => c.recommendation.id)).toEqual(expect.arrayContaining(['R-5.2-1', 'R-2.3-5']));
  });

  test('under a filter, only the recommendations in view count', () => {
    const some = all.filter((r) => r.industries.includes('halal'));
    const filtered = executiveSummary(dataset, { ...NO_FILTERS, industry: ['halal'] });
    expect(filtered.total).toBe(some.length);
    expect(filtered.uptake!.total).toBe(some.length);
  });
});
