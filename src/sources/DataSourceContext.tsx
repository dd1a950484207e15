import { createContext, use, type ReactNode } from 'react';
import type { DataSource } from './dataSource.ts';

const DataSourceContext = createContext<DataSource | null>(null);

/** Chosen once at start-up (see app/main.tsx); tests provide their own. */
export function DataSourceProvider({ source, children }: { source: DataSource; children: ReactNode }) {
  return <DataSourceContext value={source}>{children}</DataSourceContext>;
}

export function useDataSource(): DataSource {
  const source = use(DataSourceContext);
  if (!source) throw new Error('useDataSource needs a <DataSourceProvider>');
  return source;
}
