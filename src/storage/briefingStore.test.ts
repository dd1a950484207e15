import { describe, expect, test } from 'vitest';
import { NO_FILTERS } from '../domain/filters.ts';
import { BRIEFING_KEY, loadBriefing, saveBriefing, SET_ASIDE_PREFIX } from './briefingStore.ts';

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
    ['not JSON', '{"version":1,'],
    ['an old version', JSON.stringify({ version: 0, slides: [] })],
    ['a wrong shape', JSON.stringify({ version: 1, slides: [{ chart: 'maps' }] })],
    ['a script', JSON.stringify({ version: 1, slides: [{ chart: 'themes', filters: { ...NO_FILTERS, theme: ['<img src=x onerror=alert(1)>'] } }] })],
  ])('%s is set aside under a dated key, not used, not lost', (_case, raw) => {
    const storage = new MemoryStorage();
    storage.setItem(BRIEFING_KEY, raw);
    const result = loadBriefing(storage, now);
    expect(result).toEqual({ status: 'set-aside', key: `${SET_ASIDE_PREFIX}2026-11-24T10:00:00.000Z` });
    expect(storage.getItem(BRIEFING_KEY)).toBeNull();
    expect(storage.getItem(`${SET_ASIDE_PREFIX}2026-11-24T10:00:00.000Z`)).toBe(raw);
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
