/**
 * Imported first by main.tsx, before any schema is built: zod probes for eval
 * (`new Function`) to compile faster parsers, decided when each schema is constructed.
 * The CSP forbids eval, and Trusted Types reports the probe as a violation; so it must not try.
 */
import { z } from 'zod';

z.config({ jitless: true });
