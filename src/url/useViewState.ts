import { useCallback, useLayoutEffect, useMemo } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { globalParams, parseViewState, toSearch, writeViewState, type ViewState } from './viewState.ts';

/**
 * The addresses updates wrote that the router has not rendered yet, oldest first. Shared
 * by every component using the hook (one router per page): two changes in quick succession
 * (two clicks on two different charts before a render) must build on each other, not both
 * on the address their own component last saw.
 */
let pending: { pathname: string; writes: string[]; rendered: string } = { pathname: '', writes: [], rendered: '' };

/** The current view state from the URL, with what was ignored, and a way to change it. */
export function useViewState() {
  const [params] = useSearchParams();
  const { pathname, search, hash } = useLocation();
  const navigate = useNavigate();
  const parsed = useMemo(() => parseViewState(params), [params]);
  useLayoutEffect(() => {
    // Every component using the hook runs this; the first one to see an address settles it.
    if (pending.pathname === pathname && pending.rendered === search) return;
    // A rendered write retires itself and the ones before it; any other address (a link,
    // the Back button) means the pending writes no longer apply.
    const index = pending.pathname === pathname ? pending.writes.indexOf(search) : -1;
    pending = { pathname, writes: index >= 0 ? pending.writes.slice(index + 1) : [], rendered: search };
  }, [pathname, search]);
  // Replace, not push: toggling a section is not a step the Back button should undo.
  const update = useCallback(
    (patch: Partial<ViewState> | ((current: ViewState) => Partial<ViewState>)) => {
      const last = pending.pathname === pathname ? pending.writes.at(-1) : undefined;
      const base = new URLSearchParams(last ?? search);
      const changes = typeof patch === 'function' ? patch(parseViewState(base).state) : patch;
      const next = toSearch(writeViewState(changes, base));
      pending = { ...pending, pathname, writes: [...(pending.pathname === pathname ? pending.writes : []), next] };
      void navigate({ pathname, search: next, hash }, { replace: true });
    },
    [navigate, pathname, search, hash],
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
    (pathname: string, patch: Partial<ViewState> = {}, hash = '') =>
      `${pathname}${toSearch(writeViewState(patch, globalParams(params)))}${hash}`,
    [params],
  );
}
