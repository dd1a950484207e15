/**
 * The queue of pending view-state writes belongs to a router (its ViewStateProvider), not to
 * the module: writers in one router build on each other's unrendered writes; two routers
 * on one page (or two tests) never see each other's.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { expect, test } from 'vitest';
import { useViewState } from './useViewState.ts';
import { RESET, type ViewStatePatch } from './viewState.ts';
import { ViewStateProvider } from './ViewStateProvider.tsx';

function Writer({ label, patch }: { label: string; patch: ViewStatePatch }) {
  const { update } = useViewState();
  return (
    <button type="button" onClick={() => update(patch)}>
      {label}
    </button>
  );
}

function renderRouter(url: string, writers: { label: string; patch: ViewStatePatch }[]) {
  const router = createMemoryRouter(
    [{ path: '*', element: <ViewStateProvider>{writers.map((writer) => <Writer key={writer.label} {...writer} />)}</ViewStateProvider> }],
    { initialEntries: [url] },
  );
  render(<RouterProvider router={router} />);
  return () => `${router.state.location.pathname}${router.state.location.search}`;
}

test('two writers in one router, in the same act(): the second builds on the first', () => {
  const url = renderRouter('/x?slide=3', [
    { label: 'language', patch: { sort: 'source' } },
    { label: 'clear', patch: { brief: RESET, slide: RESET } },
  ]);
  act(() => {
    fireEvent.click(screen.getByRole('button', { name: 'language' }));
    fireEvent.click(screen.getByRole('button', { name: 'clear' }));
  });
  expect(url()).toBe('/x?sort=source');
});

test('two routers on the same path, written in the same act(): each keeps its own queue', () => {
  const first = renderRouter('/', [{ label: 'first', patch: { sort: 'source' } }]);
  const second = renderRouter('/', [{ label: 'second', patch: { q: 'parcel' } }]);
  act(() => {
    fireEvent.click(screen.getByRole('button', { name: 'first' }));
    fireEvent.click(screen.getByRole('button', { name: 'second' }));
  });
  expect(first()).toBe('/?sort=source');
  expect(second()).toBe('/?q=parcel');
});
