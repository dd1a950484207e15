/**
 * A stored briefing that is partly unreadable (one module instance per file: the memory is
 * read once per page load). The readable pins come back, the reader is told, the original
 * is set aside, and the address carries the restored briefing.
 */
import { screen, waitFor } from '@testing-library/react';
import { expect, test } from 'vitest';
import { writeBriefing } from '../domain/briefing.ts';
import { NO_FILTERS } from '../domain/filters.ts';
import { BRIEFING_KEY, SET_ASIDE_PREFIX } from '../storage/briefingStore.ts';
import { serveDatasetDuringTests } from '../testing/datasetServer.ts';
import { renderApp } from '../testing/renderApp.tsx';

serveDatasetDuringTests();

test('a stored briefing with one unreadable pin: the other is restored, a notice says so, the original is set aside', async () => {
  const readable = { chart: 'places' as const, filters: { ...NO_FILTERS, theme: ['halal'] } };
  const raw = JSON.stringify({ version: 1, slides: [readable, { chart: 'themes', filters: { theme: 'not a list' } }] });
  localStorage.clear();
  localStorage.setItem(BRIEFING_KEY, raw);

  const { currentUrl } = renderApp('/en');
  expect(await screen.findByText('1 pinned chart of your saved briefing could not be read and was set aside; the others were restored.')).toBeInTheDocument();
  await waitFor(() => expect(new URLSearchParams(currentUrl().split('?')[1]).get('brief')).toBe(writeBriefing([readable])));
  const setAside = Object.keys(localStorage).filter((key) => key.startsWith(SET_ASIDE_PREFIX));
  expect(setAside.map((key) => localStorage.getItem(key))).toEqual([raw]);
  // The restored briefing is saved back in the current form.
  await waitFor(() => expect(JSON.parse(localStorage.getItem(BRIEFING_KEY)!)).toEqual({ version: 1, slides: [readable] }));
  localStorage.clear();
});
