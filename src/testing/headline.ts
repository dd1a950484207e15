/** Test-only: the overview's count cards as the reader sees them, a number above its label. */
import { screen, within } from '@testing-library/react';

const SUMMARY = { name: 'Summary' } as const;

/** The number shown on the card labelled `label` (English UI), from the summary already on screen. */
export function headlineFigure(label: string): string | null | undefined {
  return within(screen.getByRole('region', SUMMARY)).getByText(label, { exact: true }).closest('.count-card')?.querySelector('.count-card__number')?.textContent;
}

/** The same, once the summary appears. */
export async function findHeadlineFigure(label: string): Promise<string | null | undefined> {
  await screen.findByRole('region', SUMMARY);
  return headlineFigure(label);
}
