import { useTranslation } from 'react-i18next';
import type { Localized } from '../domain/dataset.ts';
import { localize } from '../domain/localize.ts';
import { useLanguage } from '../i18n/useLanguage.ts';

/**
 * Content text in the reader's language. Where the translation is missing it shows the
 * source text, marks it with its real language (for screen readers and fonts) and says
 * "not yet translated".
 */
export function LocalizedText({ value }: { value: Localized }) {
  const { t } = useTranslation();
  const { text, lang, isFallback } = localize(value, useLanguage());
  return (
    <>
      <span lang={lang}>{text}</span>
      {isFallback && <span className="tag tag--untranslated">{t('status.notTranslated')}</span>}
    </>
  );
}
