import { describe, expect, test } from 'vitest';
import { urgencyCandidates } from './emphasis.ts';

describe('urgencyCandidates', () => {
  test('finds each urgency word with its clause and offset, in reading order', () => {
    const text = '建議特區政府加強前期規劃，盡快推出「片區規劃大綱」，並及早公布時間表。';
    expect(urgencyCandidates('R-7.3-1', text)).toEqual([
      { id: `R-7.3-1@${text.indexOf('盡快')}`, signal: 'as-soon-as-possible', word: '盡快', quote: '盡快推出「片區規劃大綱」' },
      { id: `R-7.3-1@${text.indexOf('及早')}`, signal: 'early', word: '及早', quote: '並及早公布時間表' },
    ]);
  });

  test('a word inside a name in 「」 is not a candidate', () => {
    expect(urgencyCandidates('R-2.3-4', '擴大「新型工業加速計劃」的適用範圍')).toEqual([]);
  });

  test('a word used twice gives two candidates', () => {
    expect(urgencyCandidates('R-1-1', '加快審批，加快落實').map((c) => c.id)).toEqual(['R-1-1@0', 'R-1-1@5']);
  });
});
