/**
 * A briefing: the charts an executive pinned, each with the filters it was pinned with,
 * in presentation order. Pure: the URL codec, local storage and the slides all use it.
 *
 * In a URL it is one readable parameter:
 *   brief=themes,places(theme:halal+silver-economy;action:fund),uptake-industries
 * a chart id (lower-case words joined by hyphens), optionally followed by its filters as `dimension:value+value` joined by `;`.
 */
import { z } from './zodMini.ts';
import { CHART_IDS, isChartId, type ChartId } from './charts.ts';
import { FILTER_DIMENSIONS, type FilterDimension, type Filters } from './filters.ts';

export { CHART_IDS, type ChartId } from './charts.ts';

export interface Slide {
  chart: ChartId;
  filters: Filters;
}

export const MAX_SLIDES = 20;
const VALUE = /^[A-Za-z0-9-]{1,64}$/;

const FiltersSchema = z.object(Object.fromEntries(FILTER_DIMENSIONS.map((d) => [d, z.array(z.string().check(z.regex(VALUE))).check(z.maxLength(50))])) as Record<FilterDimension, z.ZodMiniArray<z.ZodMiniString>>);

/** How a briefing is kept in local storage (versioned, so a later format can migrate it). */
export const StoredBriefing = z.object({
  version: z.literal(1),
  slides: z.array(z.object({ chart: z.enum(CHART_IDS as [ChartId, ...ChartId[]]), filters: FiltersSchema })).check(z.maxLength(MAX_SLIDES)),
});
export type StoredBriefing = z.infer<typeof StoredBriefing>;

const sameFilters = (a: Filters, b: Filters) => FILTER_DIMENSIONS.every((d) => a[d].length === b[d].length && a[d].every((v, i) => v === b[d][i]));
export const sameSlide = (a: Slide, b: Slide) => a.chart === b.chart && sameFilters(a.filters, b.filters);

/** Adds the slide, or removes it if it is already pinned (a pin button toggles). */
export function togglePin(slides: readonly Slide[], slide: Slide): Slide[] {
  return slides.some((s) => sameSlide(s, slide)) ? slides.filter((s) => !sameSlide(s, slide)) : [...slides, slide].slice(0, MAX_SLIDES);
}

export function writeBriefing(slides: readonly Slide[]): string {
  return slides
    .map((slide) => {
      const parts = FILTER_DIMENSIONS.filter((d) => slide.filters[d].length > 0).map((d) => `${d}:${slide.filters[d].join('+')}`);
      return parts.length === 0 ? slide.chart : `${slide.chart}(${parts.join(';')})`;
    })
    .join(',');
}

/** Parses the `brief` parameter; slides that cannot be read are dropped and reported. */
export function parseBriefing(text: string): { slides: Slide[]; invalid: string[] } {
  const slides: Slide[] = [];
  const invalid: string[] = [];
  // Split on commas outside parentheses.
  const items = text.match(/[^,(]+(\([^)]*\))?/g) ?? [];
  for (const item of items.map((i) => i.trim()).filter(Boolean)) {
    const match = item.match(/^([a-z]+(?:-[a-z]+)*)(?:\(([^)]*)\))?$/);
    const chart = match?.[1];
    if (!match || !chart || !isChartId(chart)) {
      invalid.push(item);
      continue;
    }
    const filters = Object.fromEntries(FILTER_DIMENSIONS.map((d) => [d, [] as string[]])) as Record<FilterDimension, string[]>;
    let ok = true;
    for (const part of (match[2] ?? '').split(';').filter(Boolean)) {
      const [dimension, values = ''] = part.split(':');
      const list = values.split('+').filter(Boolean);
      if (!dimension || !(FILTER_DIMENSIONS as readonly string[]).includes(dimension) || list.length === 0 || !list.every((v) => VALUE.test(v))) {
        ok = false;
        break;
      }
      filters[dimension as FilterDimension] = [...new Set([...filters[dimension as FilterDimension], ...list])];
    }
    if (!ok) invalid.push(item);
    else if (slides.length < MAX_SLIDES) slides.push({ chart, filters });
  }
  return { slides, invalid };
}
