/** The router element tests/bench/floor.ts plugs in: the declarative router or the data router. */
declare module 'virtual:floor-router' {
  import type { ReactElement } from 'react';
  export const ROUTER: ReactElement;
}
