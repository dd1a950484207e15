import { useSyncExternalStore } from 'react';

const subscribeNever = () => () => undefined;

/**
 * A value only the browser knows (the site's origin, local storage, the layout), read so that
 * the pre-render and the render that hydrates it both see `serverValue` (they must draw the same
 * page, decision 015) and every render after it sees `read()`. `read` must return the same value
 * each time it is called (React compares it), or a cached one.
 */
export function useBrowserValue<T>(read: () => T, serverValue: T): T {
  return useSyncExternalStore(subscribeNever, read, () => serverValue);
}
