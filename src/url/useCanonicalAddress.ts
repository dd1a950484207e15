import { useLayoutEffect, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { z } from '../domain/zod.ts';
import { canonicalParams, toSearch, type UrlIssue } from './viewState.ts';

/** History state is storage too: what comes back from it is checked, not trusted. */
const CarriedIssues = z.object({
  ignored: z
    .array(z.object({ param: z.string().max(200), value: z.string().max(200), reason: z.string() }))
    .max(50),
});

/**
 * Rewrites an address that holds anything the app would not have written (unknown,
 * repeated or malformed parameters) to its canonical form, replacing the history entry,
 * and returns what was ignored, so the page can say so. The list rides along in the
 * history state of the rewritten address, since the address itself no longer shows it.
 */
export function useCanonicalAddress(): UrlIssue[] {
  const { pathname, search, hash, state } = useLocation();
  const navigate = useNavigate();
  const { canonical, ignored } = useMemo(() => {
    const result = canonicalParams(new URLSearchParams(search));
    // Notices quote at most the start of a value (a hostile one can be 64 KB).
    const short = result.ignored.map((issue) => ({ ...issue, param: issue.param.slice(0, 200), value: issue.value.slice(0, 200) }));
    return { canonical: toSearch(result.params), ignored: short };
  }, [search]);
  const current = useMemo(() => toSearch(new URLSearchParams(search)), [search]);
  useLayoutEffect(() => {
    if (canonical !== current) void navigate({ pathname, search: canonical, hash }, { replace: true, state: { ignored } });
  }, [canonical, current, pathname, hash, ignored, navigate]);
  if (ignored.length > 0) return ignored;
  const carried = CarriedIssues.safeParse(state);
  return carried.success ? (carried.data.ignored as UrlIssue[]) : [];
}
