import { useLayoutEffect, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { z } from '../domain/zodMini.ts';
import { canonicalAddress } from './languagePath.ts';
import { toSearch, type UrlIssue } from './viewState.ts';

/** History state is storage too: what comes back from it is checked, not trusted. */
const CarriedIssues = z.object({
  ignored: z.array(z.object({ param: z.string().check(z.maxLength(200)), value: z.string().check(z.maxLength(200)), reason: z.string() })).check(z.maxLength(50)),
});

/**
 * Rewrites an address that holds anything the app would not have written (unknown,
 * repeated or malformed parameters, a legacy `?lang=`, which moves into the path) to its
 * canonical form, replacing the history entry,
 * and returns what was ignored, so the page can say so. The list rides along in the
 * history state of the rewritten address, since the address itself no longer shows it.
 */
export function useCanonicalAddress(): UrlIssue[] {
  const { pathname, search, hash, state } = useLocation();
  const navigate = useNavigate();
  const { canonical, canonicalPath, ignored } = useMemo(() => {
    const result = canonicalAddress(pathname, search);
    // Notices quote at most the start of a value (a hostile one can be 64 KB).
    const short = result.ignored.map((issue) => ({ ...issue, param: issue.param.slice(0, 200), value: issue.value.slice(0, 200) }));
    return { canonical: result.search, canonicalPath: result.pathname, ignored: short };
  }, [pathname, search]);
  const current = useMemo(() => toSearch(new URLSearchParams(search)), [search]);
  useLayoutEffect(() => {
    if (canonical !== current || canonicalPath !== pathname) void navigate({ pathname: canonicalPath, search: canonical, hash }, { replace: true, state: { ignored } });
  }, [canonical, current, canonicalPath, pathname, hash, ignored, navigate]);
  if (ignored.length > 0) return ignored;
  const carried = CarriedIssues.safeParse(state);
  return carried.success ? (carried.data.ignored as UrlIssue[]) : [];
}
