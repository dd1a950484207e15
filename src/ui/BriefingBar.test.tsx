/** The briefing bar's "Clear briefing": the whole briefing goes from the address, the slide being presented with it. */
import { screen, waitFor } from '@testing-library/react';
import { expect, test } from 'vitest';
import { serveDatasetDuringTests } from '../testing/datasetServer.ts';
import { renderApp } from '../testing/renderApp.tsx';

serveDatasetDuringTests();

test('clearing the briefing removes brief and slide from the address, and keeps the rest', async () => {
  localStorage.clear();
  const { user, currentUrl } = renderApp('/en?theme=halal&brief=themes,places&slide=2');
  await user.click(await screen.findByRole('button', { name: 'Clear briefing' }));
  await waitFor(() => expect(currentUrl()).toBe('/en?theme=halal'));
  expect(screen.queryByRole('button', { name: 'Clear briefing' })).not.toBeInTheDocument();
  localStorage.clear();
}, 20_000);
