/**
 * zod, configured before any schema is built: every module that builds a schema imports
 * `z` from here, so this runs first whatever order the bundler evaluates chunks in.
 *
 * Why: zod probes for eval (`new Function`) to compile faster parsers, and decides when a
 * schema is constructed. The app's CSP forbids eval and Trusted Types reports the probe as
 * a violation (docs/reliability.md); so it must not try.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
