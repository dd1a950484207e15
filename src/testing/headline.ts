/** Test-only: the overview's headline figures as the reader sees them, a value beside its label. */
import { screen, within } from '@testing-library/react';

const HEADLINE = { name: 'Headline figures' } as const;

/** The value shown for `label` (English UI), from the figures already on screen. */
export function headlineFigure(label: string): string | null | undefined {
  return within(screen.getByRole('region', HEADLINE)).getByText(label).nextElementSibling?.textContent;
}

/** The same, once the figures appear. */
export async function findHeadlineFigure(label: string): Promise<string | null | undefined> {
  await screen.findByRole('region', HEADLINE);
  return headlineFigure(label);
}
