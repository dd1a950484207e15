import { createContext, useContext, useRef, type ReactNode, type RefObject } from 'react';

/**
 * The addresses `update` wrote that the router has not rendered yet, oldest first, for one
 * path. Two changes in quick succession (two clicks before a render, from one component or
 * two) must build on each other, not each on the address its own component last saw.
 */
export interface PendingWrites {
  pathname: string;
  writes: string[];
  /** The last address rendered (its search), settled by the first component to see it. */
  rendered: string;
}

const PendingWritesContext = createContext<RefObject<PendingWrites> | null>(null);

/**
 * Holds the queue of pending view-state writes for one router: mounted once, inside the
 * router, around everything that reads or writes the view state (the layout does this).
 */
export function ViewStateProvider({ children }: { children: ReactNode }) {
  const pendingRef = useRef<PendingWrites>({ pathname: '', writes: [], rendered: '' });
  return <PendingWritesContext value={pendingRef}>{children}</PendingWritesContext>;
}

/** The queue of the router this component is in. */
export function usePendingWrites(): RefObject<PendingWrites> {
  const pending = useContext(PendingWritesContext);
  if (pending === null) throw new Error('useViewState needs a <ViewStateProvider> inside the router (src/app/Layout.tsx mounts it).');
  return pending;
}
