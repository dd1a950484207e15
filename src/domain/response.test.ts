import { describe, expect, test } from 'vitest';
import type { Recommendation } from './dataset.ts';
import { uptake } from './response.ts';
import { makeRecommendation, tri } from '../testing/fixtures.ts';
import type { Verdict } from './vocabulary.ts';

const judged = (id: string, verdict: Verdict): Recommendation =>
  makeRecommendation(id, '1.1', 1, { response: { verdict, paragraphs: verdict === 'not-addressed' ? [] : [{ number: 1 }], reason: tri('理由'), confidence: 'high' } });

describe('uptake', () => {
  test('counts by verdict, strongest first; what was won, adopted before partly; what is open', () => {
    const recs = [judged('R-1.1-1', 'partly'), judged('R-1.1-2', 'adopted'), judged('R-1.1-3', 'not-addressed'), judged('R-1.1-4', 'related'), judged('R-1.1-5', 'partly')];
    const result = uptake(recs);
    expect(result.byVerdict).toEqual([
      { verdict: 'adopted', count: 1 },
      { verdict: 'partly', count: 2 },
      { verdict: 'related', count: 1 },
      { verdict: 'not-addressed', count: 1 },
    ]);
    expect(result.takenUp).toBe(3);
    expect(result.won.map((rec) => rec.id)).toEqual(['R-1.1-2', 'R-1.1-1', 'R-1.1-5']);
    expect(result.notAddressed.map((rec) => rec.id)).toEqual(['R-1.1-3']);
    expect(result.related.map((rec) => rec.id)).toEqual(['R-1.1-4']);
  });

  test('recommendations without a response (no response document yet) are not counted', () => {
    expect(uptake([makeRecommendation('R-1.1-1', '1.1', 1)])).toMatchObject({ total: 0, takenUp: 0, won: [] });
  });
});
