/**
 * The briefing remembered in local storage, validated on the way in. A stored value that
 * cannot be read is never used and never lost: it is moved aside under a dated key and
 * reported, so nothing breaks and nothing the user made disappears silently.
 */
import { StoredBriefing, type Slide } from '../domain/briefing.ts';

export const BRIEFING_KEY = 'fhki-dashboard:briefing';
export const SET_ASIDE_PREFIX = `${BRIEFING_KEY}:unreadable:`;

export type LoadResult = { status: 'empty' } | { status: 'ok'; slides: Slide[] } | { status: 'set-aside'; key: string };

export function loadBriefing(storage: Storage, now: () => Date = () => new Date()): LoadResult {
  let raw: string | null;
  try {
    raw = storage.getItem(BRIEFING_KEY);
  } catch {
    return { status: 'empty' }; // storage disabled (private mode): nothing remembered
  }
  if (raw === null) return { status: 'empty' };
  let parsed: ReturnType<typeof StoredBriefing.safeParse> | undefined;
  try {
    parsed = StoredBriefing.safeParse(JSON.parse(raw));
  } catch {
    parsed = undefined;
  }
  if (parsed?.success) return { status: 'ok', slides: parsed.data.slides };
  const key = `${SET_ASIDE_PREFIX}${now().toISOString()}`;
  try {
    storage.setItem(key, raw);
    storage.removeItem(BRIEFING_KEY);
  } catch {
    // Out of space: leave it where it is; it is still not used.
  }
  return { status: 'set-aside', key };
}

export function saveBriefing(storage: Storage, slides: readonly Slide[]): void {
  try {
    if (slides.length === 0) storage.removeItem(BRIEFING_KEY);
    else storage.setItem(BRIEFING_KEY, JSON.stringify({ version: 1, slides: slides as StoredBriefing['slides'] } satisfies StoredBriefing));
  } catch {
    // Storage full or disabled: the briefing still lives in the URL.
  }
}
