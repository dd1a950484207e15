import { describe, expect, test } from 'vitest';
import { MAX_SLIDES, parseBriefing, StoredBriefing, togglePin, writeBriefing, type Slide } from './briefing.ts';
import { NO_FILTERS } from './filters.ts';

const slide = (chart: Slide['chart'], filters: Partial<Slide['filters']> = {}): Slide => ({ chart, filters: { ...NO_FILTERS, ...filters } });

describe('briefing in a URL', () => {
  test('writes charts and their filters readably, and reads them back', () => {
    const slides = [slide('themes'), slide('places', { theme: ['halal', 'silver-economy'], action: ['fund'] }), slide('schemes', { chapter: ['C3'] })];
    const text = writeBriefing(slides);
    expect(text).toBe('themes,places(theme:halal+silver-economy;action:fund),schemes(chapter:C3)');
    expect(parseBriefing(text)).toEqual({ slides, invalid: [] });
  });

  test('an empty briefing is an empty string', () => {
    expect(writeBriefing([])).toBe('');
    expect(parseBriefing('')).toEqual({ slides: [], invalid: [] });
  });

  test('slides that cannot be read are reported, the others kept', () => {
    const { slides, invalid } = parseBriefing('themes,<script>,maps,places(color:red),schemes(theme:),actions(theme:a b)');
    expect(slides).toEqual([slide('themes')]);
    expect(invalid).toEqual(['<script>', 'maps', 'places(color:red)', 'schemes(theme:)', 'actions(theme:a b)']);
  });

  test('at most MAX_SLIDES slides', () => {
    expect(parseBriefing(Array(MAX_SLIDES + 5).fill('themes').join(',')).slides).toHaveLength(MAX_SLIDES);
  });
});

describe('togglePin', () => {
  test('pins a chart with its filters, and unpins the same one', () => {
    const halalThemes = slide('themes', { theme: ['halal'] });
    const pinned = togglePin([slide('themes')], halalThemes);
    expect(pinned).toEqual([slide('themes'), halalThemes]);
    expect(togglePin(pinned, slide('themes'))).toEqual([halalThemes]);
  });
});

describe('StoredBriefing', () => {
  test('accepts what the app writes and rejects anything else', () => {
    expect(StoredBriefing.safeParse({ version: 1, slides: [slide('themes', { place: ['gba'] })] }).success).toBe(true);
    expect(StoredBriefing.safeParse({ version: 2, slides: [] }).success).toBe(false);
    expect(StoredBriefing.safeParse({ version: 1, slides: [{ chart: 'maps', filters: NO_FILTERS }] }).success).toBe(false);
    expect(StoredBriefing.safeParse({ version: 1, slides: [{ chart: 'themes', filters: { ...NO_FILTERS, theme: ['<b>'] } }] }).success).toBe(false);
    expect(StoredBriefing.safeParse('themes').success).toBe(false);
  });
});
