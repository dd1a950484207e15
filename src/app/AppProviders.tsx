import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { DataSource } from '../sources/dataSource.ts';
import { DataSourceProvider } from '../sources/DataSourceContext.tsx';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { refetchOnWindowFocus: false },
    },
  });
}

/** Everything a view needs above the router: the data layer and the chosen source. */
export function AppProviders({ source, queryClient, children }: { source: DataSource; queryClient: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <DataSourceProvider source={source}>{children}</DataSourceProvider>
    </QueryClientProvider>
  );
}
