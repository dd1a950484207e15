import type { Localized } from '../domain/dataset.ts';
import { localize } from '../domain/localize.ts';
import { useLanguage } from '../i18n/useLanguage.ts';

/** Content text in the reader's language, marked with that language for screen readers and fonts. */
export function LocalizedText({ value }: { value: Localized }) {
  const lang = useLanguage();
  return <span lang={lang}>{localize(value, lang)}</span>;
}
