/**
 * The entry: the stylesheet, the last-resort error handler, then the app (app/start.tsx).
 *
 * A pre-rendered page (decision 015) is readable as it stands, so the app's code and the data
 * are fetched once it has been painted: they never compete with the first paint, on a slow
 * phone least of all. The page's hints (config.json, the dataset, the language's strings) wait
 * with them, and are added back at once so the data downloads beside the code. An empty shell has nothing to
 * paint: the app is fetched at once.
 */
import { installLastResortHandler } from './app/lastResort.ts';
import { readPreloads } from './prerender/preloads.ts';
import './styles.css';

installLastResortHandler(window);

const root = document.getElementById('root');
const preloads = root ? readPreloads(root) : [];
if (root?.dataset.prerendered) {
  // The frame after the first paint: requestAnimationFrame runs before it, the timeout after it.
  await new Promise<void>((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
}
for (const href of preloads) {
  const link = document.createElement('link');
  Object.assign(link, href.endsWith('.js') ? { rel: 'modulepreload', href } : { rel: 'preload', as: 'fetch', href });
  link.crossOrigin = 'anonymous';
  document.head.append(link);
}
await import('./app/start.tsx');
