import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { globalParams, parseViewState, toSearch, writeViewState, type ViewState } from './viewState.ts';

/** The current view state from the URL, with what was ignored, and a way to change it. */
export function useViewState() {
  const [params] = useSearchParams();
  const { pathname, hash } = useLocation();
  const navigate = useNavigate();
  const parsed = useMemo(() => parseViewState(params), [params]);
  // Replace, not push: toggling a section is not a step the Back button should undo.
  const update = useCallback(
    (patch: Partial<ViewState>) => navigate({ pathname, search: toSearch(writeViewState(patch, params)), hash }, { replace: true }),
    [navigate, params, pathname, hash],
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
