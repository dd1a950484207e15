import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { globalParams, parseViewState, toSearch, writeViewState, type ViewState } from './viewState.ts';

/** The current view state from the URL, with what was ignored, and a way to change it. */
export function useViewState() {
  const [params] = useSearchParams();
  const { pathname, search, hash } = useLocation();
  const navigate = useNavigate();
  const parsed = useMemo(() => parseViewState(params), [params]);
  // Two changes in quick succession (two clicks before a render) must build on each other,
  // so updates start from the last address written, not from the one this render saw.
  const latest = useRef(search);
  useLayoutEffect(() => {
    latest.current = search;
  }, [search]);
  // Replace, not push: toggling a section is not a step the Back button should undo.
  const update = useCallback(
    (patch: Partial<ViewState> | ((current: ViewState) => Partial<ViewState>)) => {
      const base = new URLSearchParams(latest.current);
      const changes = typeof patch === 'function' ? patch(parseViewState(base).state) : patch;
      latest.current = toSearch(writeViewState(changes, base));
      void navigate({ pathname, search: latest.current, hash }, { replace: true });
    },
    [navigate, pathname, hash],
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
