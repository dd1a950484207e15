import { useCallback, useLayoutEffect, useMemo } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { usePendingWrites } from './ViewStateProvider.tsx';
import { globalParams, parseViewState, toSearch, writeViewState, type ViewState, type ViewStatePatch } from './viewState.ts';

/**
 * The current view state from the URL, with what was ignored, and a way to change it.
 * `update(patch)` writes the fields the patch names (`RESET` removes one; absent fields are
 * left alone); `update((current) => patch)` builds the patch from the latest state,
 * including writes not rendered yet: use it whenever the change depends on the state.
 * Needs a `ViewStateProvider` (one per router, in the layout).
 */
export function useViewState() {
  const [params] = useSearchParams();
  const { pathname, search, hash } = useLocation();
  const navigate = useNavigate();
  const pendingRef = usePendingWrites();
  const parsed = useMemo(() => parseViewState(params), [params]);
  useLayoutEffect(() => {
    const queue = pendingRef.current;
    // Every component using the hook runs this; the first one to see an address settles it.
    if (queue.pathname === pathname && queue.rendered === search) return;
    // A rendered write retires itself and the ones before it; any other address (a link,
    // the Back button) means the pending writes no longer apply.
    const index = queue.pathname === pathname ? queue.writes.indexOf(search) : -1;
    pendingRef.current = { pathname, writes: index >= 0 ? queue.writes.slice(index + 1) : [], rendered: search };
  }, [pendingRef, pathname, search]);
  // Replace, not push: toggling a section is not a step the Back button should undo.
  const update = useCallback(
    (patch: ViewStatePatch | ((current: ViewState) => ViewStatePatch)) => {
      const queue = pendingRef.current;
      const samePath = queue.pathname === pathname;
      const base = new URLSearchParams((samePath ? queue.writes.at(-1) : undefined) ?? search);
      const changes = typeof patch === 'function' ? patch(parseViewState(base).state) : patch;
      const next = toSearch(writeViewState(changes, base));
      pendingRef.current = { ...queue, pathname, writes: [...(samePath ? queue.writes : []), next] };
      void navigate({ pathname, search: next, hash }, { replace: true });
    },
    [pendingRef, navigate, pathname, search, hash],
  );
  return { ...parsed, update };
}

/**
 * Builds in-app links that keep the reader's global state (the language): `to('/x')`
 * → "/x?lang=en". A patch sets view state on the target (e.g. sections to open).
 */
export function useLinkBuilder() {
  const [params] = useSearchParams();
  return useCallback(
    (pathname: string, patch: ViewStatePatch = {}, hash = '') => `${pathname}${toSearch(writeViewState(patch, globalParams(params)))}${hash}`,
    [params],
  );
}
