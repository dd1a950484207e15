import { useCallback, useLayoutEffect, useMemo } from 'react';
import { useBrowserValue } from './useBrowserValue.ts';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { usePendingWrites } from './ViewStateProvider.tsx';
import type { Language } from '../domain/dataset.ts';
import { languageOf, languagePath, splitLanguagePath } from './languagePath.ts';
import { globalParams, parseViewState, submissionParam, toSearch, writeViewState, type ViewState, type ViewStatePatch } from './viewState.ts';

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
 * The submission the address names (`?submission=`, a row of `PARAMS`); undefined when it names
 * none (or an invalid one, which `parseViewState` reports): the data source's default then.
 * The views pass it to the data layer's hooks (`useDataset(useSubmissionId(), select)`).
 */
export function useSubmissionId(): string | undefined {
  const [params] = useSearchParams();
  return submissionParam(params);
}

/** The language the address is read in (its path's; url/languagePath.ts). */
export function useRouteLanguage(): Language {
  const { pathname, search } = useLocation();
  return languageOf(pathname, search);
}

/** The current view's own path, without its language (`/en/explore` → `/explore`). */
export function useViewPath(): string {
  return splitLanguagePath(useLocation().pathname).path;
}

/**
 * Builds in-app links that keep the reader's language and global state (filters, briefing):
 * `to('/x')` → "/en/x?theme=halal" for an English reader. A patch sets view state on the
 * target (e.g. sections to open); `lang` gives the link another language (the language switch).
 */
export function useLinkBuilder() {
  const [params] = useSearchParams();
  const current = useRouteLanguage();
  return useCallback(
    (pathname: string, patch: ViewStatePatch = {}, hash = '', lang: Language = current) =>
      `${languagePath(pathname, lang)}${toSearch(writeViewState(patch, globalParams(params)))}${hash}`,
    [params, current],
  );
}

/**
 * The site's origin, for links that leave the page (copied citations, exported charts): the
 * page's own in a browser; '' where there is none yet (the pre-render, and the render that
 * hydrates it, which must draw what the pre-render drew), then the browser's right after.
 */
export function useSiteOrigin(): string {
  return useBrowserValue(() => window.location.origin, '');
}
