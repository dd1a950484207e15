import { SOURCE_LANGUAGE, type Language, type Localized } from './dataset.ts';

export interface LocalizedValue {
  text: string;
  /** The language the text is actually in (the source's when a translation is missing). */
  lang: Language;
  isFallback: boolean;
}

/** Picks the text in `lang`, falling back to the source (zh-Hant) and saying so. */
export function localize(value: Localized, lang: Language): LocalizedValue {
  const translated = value[lang];
  if (translated !== undefined) return { text: translated, lang, isFallback: false };
  return { text: value['zh-Hant'], lang: SOURCE_LANGUAGE, isFallback: true };
}
