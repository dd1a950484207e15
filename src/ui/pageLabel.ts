import type { TFunction } from 'i18next';

/** "p. 13" or "pp. 3–4" in the current language. */
export function pageLabel(t: TFunction, page: number, endPage: number = page): string {
  return page === endPage ? t('page.single', { page }) : t('page.range', { from: page, to: endPage });
}
