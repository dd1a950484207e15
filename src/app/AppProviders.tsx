import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { AppConfig } from '../config/appConfig.ts';
import { AppConfigProvider, DEFAULT_APP_CONFIG } from '../config/AppConfigContext.tsx';
import type { DataSource } from '../sources/dataSource.ts';
import { DataSourceProvider } from '../sources/DataSourceContext.tsx';
import { DEFAULT_BACKOFF_MS, retryDelay, shouldRetry } from '../sources/retryPolicy.ts';

/**
 * One retry policy for every query (sources/retryPolicy.ts). `backoffMs` is the first wait
 * of the exponential backoff; tests shorten it, while a server's Retry-After is always honoured.
 */
export function createQueryClient({ backoffMs = DEFAULT_BACKOFF_MS } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay: (failureCount, error) => retryDelay(failureCount, error, backoffMs),
        // Only data that can go stale is checked again (the API's, after a few minutes).
        refetchOnWindowFocus: true,
      },
    },
  });
}

/** Everything a view needs above the router: the configuration, the data layer and the chosen source. */
export function AppProviders({ source, queryClient, config = DEFAULT_APP_CONFIG, children }: { source: DataSource; queryClient: QueryClient; config?: AppConfig; children: ReactNode }) {
  return (
    <AppConfigProvider config={config}>
      <QueryClientProvider client={queryClient}>
        <DataSourceProvider source={source}>{children}</DataSourceProvider>
      </QueryClientProvider>
    </AppConfigProvider>
  );
}
