import { describe, expect, test } from 'vitest';
import { cohensKappa, facetAgreement, type Pass } from './agreement.ts';

describe("Cohen's κ", () => {
  test('perfect agreement is 1, chance agreement is 0, a textbook case', () => {
    expect(cohensKappa(10, 0, 0, 10)).toBe(1);
    expect(cohensKappa(25, 25, 25, 25)).toBe(0);
    // Two raters, 50 items: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no → κ = 0.4 (Wikipedia's example).
    expect(cohensKappa(20, 5, 10, 15)).toBeCloseTo(0.4, 10);
  });

  test('a facet: per value, pooled, main value and exact set agreement', () => {
    const a: Pass = { annotator: 'A', recommendations: { r1: { f: ['x', 'y'] }, r2: { f: ['y'] }, r3: { f: ['z'] } } };
    const b: Pass = { annotator: 'B', recommendations: { r1: { f: ['x'] }, r2: { f: ['y'] }, r3: { f: ['y'] } } };
    const result = facetAgreement(a, b, 'f', ['x', 'y', 'z']);
    expect(result.values.map((v) => [v.value, v.a, v.b, v.both])).toEqual([['x', 1, 1, 1], ['y', 2, 2, 1], ['z', 1, 0, 0]]);
    expect(result.values[0]!.kappa).toBe(1);
    expect(result.mainAgreement).toBeCloseTo(2 / 3);
    expect(result.exactAgreement).toBeCloseTo(1 / 3);
    expect(result.kappa).toBeCloseTo(cohensKappa(2, 2, 1, 4));
  });
});
