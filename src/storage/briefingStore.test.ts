import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CHART_IDS, StoredBriefing } from '../domain/briefing.ts';
import { NO_FILTERS } from '../domain/filters.ts';
import { BRIEFING_KEY, loadBriefing, MAX_SET_ASIDE, MAX_STORED_CHARS, saveBriefing, SET_ASIDE_PREFIX } from './briefingStore.ts';

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

const slides = [{ chart: 'themes' as const, filters: { ...NO_FILTERS, place: ['gba'] } }];
const now = () => new Date('2026-11-24T10:00:00Z');

describe('briefing in local storage', () => {
  test('round trip; an empty briefing removes the key', () => {
    const storage = new MemoryStorage();
    expect(loadBriefing(storage)).toEqual({ status: 'empty' });
    saveBriefing(storage, slides);
    expect(loadBriefing(storage)).toEqual({ status: 'ok', slides });
    saveBriefing(storage, []);
    expect(storage.getItem(BRIEFING_KEY)).toBeNull();
  });

  test.each([
    ['not JSON', '{"version":1,', 'unreadable'],
    ['not an object', '"themes"', 'unreadable'],
    ['an old version', JSON.stringify({ version: 0, slides: [] }), 'outdated'],
    ['a newer version', JSON.stringify({ version: 2, slides: [{ chart: 'themes' }] }), 'outdated'],
    ['far too large', JSON.stringify({ version: 1, slides, padding: 'x'.repeat(MAX_STORED_CHARS) }), 'too-large'],
  ] as const)('%s is set aside under a dated key, not used, not lost', (_case, raw, reason) => {
    const storage = new MemoryStorage();
    storage.setItem(BRIEFING_KEY, raw);
    const result = loadBriefing(storage, now);
    expect(result).toEqual({ status: 'set-aside', key: `${SET_ASIDE_PREFIX}2026-11-24T10:00:00.000Z`, reason });
    expect(storage.getItem(BRIEFING_KEY)).toBeNull();
    expect(storage.getItem(`${SET_ASIDE_PREFIX}2026-11-24T10:00:00.000Z`)).toBe(raw);
  });

  test('field by field: the charts that can be read are restored, the original is set aside, the count of the others reported', () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({
      version: 1,
      slides: [slides[0], { chart: 'maps' }, { chart: 'themes', filters: { ...NO_FILTERS, theme: ['<img src=x onerror=alert(1)>'] } }, { chart: 'places', filters: NO_FILTERS }],
    });
    storage.setItem(BRIEFING_KEY, raw);
    expect(loadBriefing(storage, now)).toEqual({
      status: 'ok',
      slides: [slides[0], { chart: 'places', filters: NO_FILTERS }],
      setAside: { key: `${SET_ASIDE_PREFIX}2026-11-24T10:00:00.000Z`, reason: 'partly-unreadable', dropped: 2 },
    });
    expect(storage.getItem(`${SET_ASIDE_PREFIX}2026-11-24T10:00:00.000Z`)).toBe(raw);
  });

  test(`only the ${MAX_SET_ASIDE} newest set-aside copies are kept`, () => {
    const storage = new MemoryStorage();
    storage.setItem('someone-else', 'kept');
    for (let day = 1; day <= MAX_SET_ASIDE + 3; day++) {
      storage.setItem(BRIEFING_KEY, 'not json');
      loadBriefing(storage, () => new Date(Date.UTC(2026, 10, day)));
    }
    const setAsideKeys = [...Array(storage.length).keys()].map((i) => storage.key(i)!).filter((key) => key.startsWith(SET_ASIDE_PREFIX));
    expect(setAsideKeys.sort()).toEqual(Array.from({ length: MAX_SET_ASIDE }, (_, i) => `${SET_ASIDE_PREFIX}${new Date(Date.UTC(2026, 10, i + 4)).toISOString()}`));
    expect(storage.getItem('someone-else')).toBe('kept');
  });

  test('2,000 generated stored values (fast-check, fixed seed): loading never throws, and whatever is restored is a valid briefing', () => {
    const anyStored = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.json({ maxDepth: 4 }),
      fc.record({ version: fc.oneof(fc.constant(1), fc.jsonValue()), slides: fc.array(fc.oneof(fc.jsonValue(), fc.record({ chart: fc.constantFrom(...CHART_IDS, 'maps'), filters: fc.jsonValue() })), { maxLength: 30 }) }).map((value) => JSON.stringify(value)),
    );
    fc.assert(
      fc.property(anyStored, (raw) => {
        const storage = new MemoryStorage();
        storage.setItem(BRIEFING_KEY, raw);
        const result = loadBriefing(storage, now);
        if (result.status === 'ok') expect(StoredBriefing.safeParse({ version: 1, slides: result.slides }).success).toBe(true);
        else expect(result.status).toBe('set-aside');
        // Never lost: the original is either still the briefing (valid) or set aside verbatim.
        if (result.status === 'set-aside' || (result.status === 'ok' && result.setAside)) expect(storage.getItem(`${SET_ASIDE_PREFIX}2026-11-24T10:00:00.000Z`)).toBe(raw);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { seed: Number(process.env.FC_SEED ?? 20261125), numRuns: 2000 },
    );
  });

  test('storage that throws is treated as empty, and saving to it does not throw', () => {
    const broken = new MemoryStorage();
    broken.getItem = () => {
      throw new Error('SecurityError');
    };
    broken.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    expect(loadBriefing(broken)).toEqual({ status: 'empty' });
    expect(() => saveBriefing(broken, slides)).not.toThrow();
  });
});
