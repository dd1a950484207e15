/**
 * The documents' schemas (classic zod, with the integrity rules) and the merge of the texts,
 * loaded with the first request rather than at start: the first view's download carries no
 * zod but zod/mini's few checks (domain/zodMini.ts), and the schemas arrive while the data does
 * (a source asks for them as its request starts and awaits them once the answer is in).
 * docs/performance.md has the sizes.
 */
import type { Schemas } from './schemas.ts';

const loadSchemas = () => import('./schemas.ts');

/** One schema, by name, for a source to validate an answer with. */
export const lazySchema = <K extends keyof Schemas>(name: K): Promise<Schemas[K]> => loadSchemas().then((module) => module.SCHEMAS[name]);

/** `summarizeSubmission` (domain/submissions.ts), for the static source's one-line list. */
export const loadSummarize = () => loadSchemas().then((module) => module.summarizeSubmission);

/** `mergedDataset` (sources/mergeTexts.ts), for the full dataset's query. */
export const loadMerge = () => import('./mergeTexts.ts').then((module) => module.mergedDataset);
