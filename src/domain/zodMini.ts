/**
 * zod/mini, configured like ./zod.ts (no eval probe, which the CSP forbids): for the schemas on
 * the start-up path (the vocabularies, the URL's history state, the stored briefing, config.json),
 * so the first view does not download classic zod. Its functions tree-shake: what a schema does
 * not use is not shipped. The dataset's schemas use classic zod (./zod.ts) and are loaded with the
 * data (sources/), off the first view's bundle; both share zod's core, so a mini schema can sit
 * inside a classic one.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
