/**
 * The dataset contract's plain constants: its languages and the forms of its ids. No zod here:
 * the start-up path (the URL, the language, the routes) reads these, and the schemas that use
 * them (dataset.ts, which re-exports them) are loaded with the data, not with the first view.
 */
export const LANGUAGES = ['zh-Hant', 'zh-Hans', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const SOURCE_LANGUAGE: Language = 'zh-Hant';

/** The ids' forms, also the keys of the texts document (datasetTexts.ts). */
export const ID_PATTERNS = {
  submission: /^[a-z0-9-]+$/,
  section: /^\d+(\.\d+)?$/,
  recommendation: /^R-\d+(\.\d+)?-\d+$/,
  slug: /^[a-z0-9]+(-[a-z0-9]+)*$/,
} as const;
