import type { Language, Localized } from './dataset.ts';

/** The text in the reader's language (the schema guarantees all three are present). */
export const localize = (value: Localized, lang: Language): string => value[lang];
