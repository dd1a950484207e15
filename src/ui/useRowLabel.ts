import { useCallback } from 'react';
import type { CountRow } from '../domain/charts.ts';
import { useValueLabel } from './FilterChips.tsx';

/** A chart row's label in the reader's language: content labels from the data, vocabularies from the bundle. */
export function useRowLabel() {
  const valueLabel = useValueLabel();
  return useCallback((row: CountRow): string => valueLabel(row.dimension, row.id, row.label), [valueLabel]);
}
