/**
 * Two section toggles before the page renders again (a quick double action, or two clicks
 * batched in one React update) must both apply: each builds on the address the last one
 * wrote, not on the state its button was rendered with.
 */
import { act, fireEvent, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { serveDatasetDuringTests } from '../../testing/datasetServer.ts';
import { renderApp } from '../../testing/renderApp.tsx';

serveDatasetDuringTests();

test('two sections opened in the same act() are both open', async () => {
  const { currentUrl } = renderApp('/en/structure');
  const first = await screen.findByRole('button', { name: /^1\.1 / });
  const second = screen.getByRole('button', { name: /^5\.2 / });
  act(() => {
    fireEvent.click(first);
    fireEvent.click(second);
  });
  expect(currentUrl()).toBe('/en/structure?open=1.1,5.2');
  expect(first).toHaveAttribute('aria-expanded', 'true');
  expect(second).toHaveAttribute('aria-expanded', 'true');
});

test('opening one section and closing another in the same act() both apply', async () => {
  const { currentUrl } = renderApp('/en/structure?open=1.1,16.3');
  const first = await screen.findByRole('button', { name: /^1\.1 / });
  const other = screen.getByRole('button', { name: /^5\.2 / });
  act(() => {
    fireEvent.click(first);
    fireEvent.click(other);
  });
  expect(currentUrl()).toBe('/en/structure?open=16.3,5.2');
});
