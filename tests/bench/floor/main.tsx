/**
 * The smallest app the user's fixed stack allows (tests/bench/floor.ts builds it): a page that
 * hydrates with react-dom, routes with React Router, translates with i18next and loads data
 * with TanStack Query, and nothing else. Its size is the floor under the dashboard's initial JS.
 */
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { createInstance } from 'i18next';
import { hydrateRoot } from 'react-dom/client';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { ROUTER } from 'virtual:floor-router';
import { Link, useSearchParams } from 'react-router';

const i18n = createInstance();
void i18n.init({ lng: 'en', resources: { en: { translation: { count: '{{count}} recommendations' } } }, initAsync: false });

export function Page() {
  // Its own one-string bundle, not the dashboard's (whose keys src/i18n/i18next.d.ts types).
  const { t } = useTranslation() as unknown as { t: (key: string, options: { count: number }) => string };
  const [params] = useSearchParams();
  const data = useQuery({ queryKey: ['core'], queryFn: () => fetch('/data.json').then((response) => response.json() as Promise<{ count: number }>) });
  return (
    <p>
      {t('count', { count: data.data?.count ?? Number(params.get('n')) })} <Link to="/explore">→</Link>
    </p>
  );
}

hydrateRoot(
  document.getElementById('root')!,
  <QueryClientProvider client={new QueryClient()}>
    <I18nextProvider i18n={i18n}>{ROUTER}</I18nextProvider>
  </QueryClientProvider>,
);
