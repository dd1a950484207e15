/**
 * The size budget (issue 9), checked on the build the browser tests use: the first view's
 * JS, CSS and dataset must not outgrow these limits, so the figures in docs/performance.md
 * cannot silently decay. The first view's dataset is the core (`<id>.json`); the texts file
 * (`<id>.texts.json`) is loaded only by the views that show the long texts, and has a limit
 * of its own. The limits sit just above today's sizes; the JS target (120 KB) is not met
 * yet, and docs/performance.md says why. Lower a limit when an optimisation lands; raise one
 * only with a reason written there.
 */
import { expect, inject, test } from 'vitest';
import { firstViewSizes } from '../bench/sizes.ts';

const KIB = 1024;
export const BUDGET = {
  /**
   * Measured 181.6 KiB after route splitting; 197.2 KiB with the response, About and stacked charts; 186.5 KiB with only the reader's
   * language's strings; 187.4 KiB with the core and texts split (the core's schema and the loaders of the texts' code; docs/performance.md);
   * 178.8 KiB with the documents' schemas loaded with the data and zod/mini at start (issue 17). Counted as the shell's script and
   * the app's start (src/app/start.tsx, imported after a pre-rendered page is painted) with all it imports statically.
   */
  initialJs: 179 * KIB,
  /** Measured 4.1 KiB. */
  initialCss: 6 * KIB,
  /**
   * The core, all the first view loads. Measured 83.4 KiB once shipped without indentation; 89.5 KiB with the facets; 92.8 KiB
   * with asks and urgency; 137.9 KiB with the Government's response to every recommendation (schema 2); 23.2 KiB once the long
   * texts moved to the texts file.
   */
  dataset: 24 * KIB,
  /** The texts file (not in the first view: Explore, a recommendation and the other views load it). Measured 113.6 KiB. */
  texts: 114 * KIB,
};

test('the first view stays within its size budget (gzip -9)', () => {
  const sizes = firstViewSizes(inject('distDir'));
  const texts = firstViewSizes(inject('distDir'), 'data/fhki-2025-policy-address.texts.json').dataset;
  const report = `initial JS ${sizes.jsTotal} B (${Object.keys(sizes.js).length} files), CSS ${sizes.cssTotal} B, dataset (core) ${sizes.dataset} B, texts ${texts} B`;
  expect(sizes.jsTotal, report).toBeLessThanOrEqual(BUDGET.initialJs);
  expect(sizes.cssTotal, report).toBeLessThanOrEqual(BUDGET.initialCss);
  expect(sizes.dataset, report).toBeLessThanOrEqual(BUDGET.dataset);
  expect(texts, report).toBeLessThanOrEqual(BUDGET.texts);
  // The split worked: the views other than the overview are not in the first download.
  expect(Object.keys(sizes.js).some((file) => /ExplorePage|SourcePage|BriefingPage/.test(file))).toBe(false);
});
