import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../domain/localize.ts';
import type { CountRow } from '../domain/charts.ts';
import { useLanguage } from '../i18n/useLanguage.ts';

/** A chart row's label in the reader's language: content labels from the data, actions from the bundle. */
export function useRowLabel() {
  const { t } = useTranslation();
  const lang = useLanguage();
  return useCallback(
    (row: CountRow): string => (row.label ? localize(row.label, lang) : t(`actions.${row.id}` as 'actions.fund')),
    [lang, t],
  );
}
