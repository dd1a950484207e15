import { describe, expect, test } from 'vitest';
import { Dataset } from '../../src/domain/dataset.ts';
import { readCommittedDataset } from './committed.ts';
import { scaleDataset, scaledSectionId } from './scale.ts';

const dataset = readCommittedDataset();

describe('scaleDataset (the benchmark’s larger dataset)', () => {
  const scaled = scaleDataset(dataset, 3);

  test('factor 3 gives 3× the sections, recommendations, numbers and scheme requests, and a valid dataset', () => {
    const parsed = Dataset.safeParse(scaled);
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 5))).toBe(true);
    expect(scaled.recommendations).toHaveLength(3 * dataset.recommendations.length);
    expect(scaled.sections).toHaveLength(3 * dataset.sections.length);
    expect(scaled.asks).toHaveLength(3 * dataset.asks.length);
    const requests = (d: Dataset) => d.schemes.reduce((sum, scheme) => sum + scheme.requests.length, 0);
    expect(requests(scaled)).toBe(3 * requests(dataset));
    // The vocabularies are shared: every chart keeps its rows.
    expect(scaled.themes).toEqual(dataset.themes);
    expect(scaled.chapters).toEqual(dataset.chapters);
  });

  test('copies are numbered within their chapter and keep their annotations', () => {
    expect(scaledSectionId('5.2', 0)).toBe('5.2');
    expect(scaledSectionId('5.2', 2)).toBe('5.202');
    expect(scaledSectionId('14', 1)).toBe('14.100');
    const original = dataset.recommendations.find((rec) => rec.id === 'R-5.2-1')!;
    const copy = scaled.recommendations.find((rec) => rec.id === 'R-5.202-1')!;
    expect(copy).toMatchObject({ sectionId: '5.202', themes: original.themes, places: original.places, schemeIds: original.schemeIds });
    expect(copy.askIds).toEqual(original.askIds.map((id) => id.replace('A-5.2-', 'A-5.202-')));
  });

  test('factor 1 is the dataset itself; a factor that is not a whole number ≥ 1 is refused', () => {
    expect(scaleDataset(dataset, 1)).toEqual(dataset);
    expect(() => scaleDataset(dataset, 0)).toThrow(/factor/);
    expect(() => scaleDataset(dataset, 1.5)).toThrow(/factor/);
  });
});
