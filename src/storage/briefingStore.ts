/**
 * The briefing remembered in local storage, validated on the way in. A stored value that
 * cannot be used is never lost: it is moved aside under a dated key and reported. Field by
 * field: the pinned charts that can be read are restored, the others are set aside with
 * the original. Nothing stored can break the app.
 */
import { z } from '../domain/zodMini.ts';
import { MAX_SLIDES, StoredBriefing, type Slide } from '../domain/briefing.ts';

export const BRIEFING_KEY = 'fhki-dashboard:briefing';
export const SET_ASIDE_PREFIX = `${BRIEFING_KEY}:unreadable:`;
/** Far above any real briefing (20 charts with filters is a few KB); anything bigger is not ours. */
export const MAX_STORED_CHARS = 32 * 1024;
/** Set-aside copies kept; older ones are removed so a recurring fault cannot fill the storage. */
export const MAX_SET_ASIDE = 5;

/** Why a stored value was set aside. */
export type SetAsideReason = 'unreadable' | 'outdated' | 'too-large' | 'partly-unreadable';

export type LoadResult =
  | { status: 'empty' }
  | { status: 'ok'; slides: Slide[]; setAside?: { key: string; reason: 'partly-unreadable'; dropped: number } }
  | { status: 'set-aside'; key: string; reason: Exclude<SetAsideReason, 'partly-unreadable'> };

const CURRENT_VERSION = StoredBriefing.shape.version.def.values[0]!;
const StoredSlide = StoredBriefing.shape.slides.def.element;
const AnyVersion = z.object({ version: z.unknown(), slides: z.array(z.unknown()) });

function setAside(storage: Storage, raw: string, now: () => Date): string {
  const key = `${SET_ASIDE_PREFIX}${now().toISOString()}`;
  try {
    storage.setItem(key, raw);
    storage.removeItem(BRIEFING_KEY);
    pruneSetAside(storage);
  } catch {
    // Out of space: leave it where it is; it is still not used.
  }
  return key;
}

function pruneSetAside(storage: Storage): void {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(SET_ASIDE_PREFIX)) keys.push(key);
  }
  // Dated keys sort by date.
  for (const key of keys.sort().slice(0, Math.max(0, keys.length - MAX_SET_ASIDE))) storage.removeItem(key);
}

export function loadBriefing(storage: Storage, now: () => Date = () => new Date()): LoadResult {
  let raw: string | null;
  try {
    raw = storage.getItem(BRIEFING_KEY);
  } catch {
    return { status: 'empty' }; // storage disabled (private mode): nothing remembered
  }
  if (raw === null) return { status: 'empty' };
  if (raw.length > MAX_STORED_CHARS) return { status: 'set-aside', key: setAside(storage, raw, now), reason: 'too-large' };

  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { status: 'set-aside', key: setAside(storage, raw, now), reason: 'unreadable' };
  }
  const whole = StoredBriefing.safeParse(json);
  if (whole.success) return { status: 'ok', slides: whole.data.slides };

  const shape = AnyVersion.safeParse(json);
  if (!shape.success) return { status: 'set-aside', key: setAside(storage, raw, now), reason: 'unreadable' };
  if (shape.data.version !== CURRENT_VERSION) return { status: 'set-aside', key: setAside(storage, raw, now), reason: 'outdated' };
  // The right version with some charts that cannot be read: keep the others.
  const slides = shape.data.slides.flatMap((slide) => {
    const parsed = StoredSlide.safeParse(slide);
    return parsed.success ? [parsed.data] : [];
  }).slice(0, MAX_SLIDES);
  const key = setAside(storage, raw, now);
  return { status: 'ok', slides, setAside: { key, reason: 'partly-unreadable', dropped: shape.data.slides.length - slides.length } };
}

export function saveBriefing(storage: Storage, slides: readonly Slide[]): void {
  try {
    if (slides.length === 0) storage.removeItem(BRIEFING_KEY);
    else storage.setItem(BRIEFING_KEY, JSON.stringify({ version: CURRENT_VERSION, slides: slides as StoredBriefing['slides'] } satisfies StoredBriefing));
  } catch {
    // Storage full or disabled: the briefing still lives in the URL.
  }
}
