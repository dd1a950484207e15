import { useTranslation } from 'react-i18next';
import type { FilterDimension } from '../domain/filters.ts';

/** Messages for filter values in the URL that this submission does not have. */
export function useFilterNotices(unknown: readonly { dimension: FilterDimension; value: string }[]): string[] {
  const { t } = useTranslation();
  return unknown.map(({ dimension, value }) => t('filters.unknown', { dimension: t(`filters.dimension.${dimension}`), value }));
}
