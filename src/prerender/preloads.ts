/**
 * The data hints of a pre-rendered page (decision 015). The shell's `<link rel="preload">` of
 * config.json and the dataset would download before the first paint, competing with it; a
 * pre-rendered page keeps their addresses in its root's `data-preload` instead (pages.ts), and
 * main.tsx adds them back once the page has been painted. No imports: main.tsx stays tiny.
 */

/** `<link rel="preload" href="…" as="fetch" crossorigin />`: the hints a shell holds, as pages.ts finds them. */
export const PRELOAD_LINK = /\s*<link rel="preload" href="([^"]+)" as="fetch" crossorigin \/>/g;

/** The hints a pre-rendered page keeps back until it has been painted (`data-preload`): data, and the language's strings (`.js`). */
export function readPreloads(root: HTMLElement): string[] {
  try {
    const hrefs: unknown = JSON.parse(root.dataset.preload ?? '[]');
    return Array.isArray(hrefs) ? hrefs.filter((href): href is string => typeof href === 'string' && href.startsWith('/')) : [];
  } catch {
    return [];
  }
}
