import { useQuery } from '@tanstack/react-query';
import type { Dataset } from '../../domain/dataset.ts';
import { useDataSource } from '../../sources/DataSourceContext.tsx';

/**
 * Relevance scores of the recommendations for a query, or undefined when there is no
 * query. The search library and its index load only when someone first searches.
 */
export function useSearch(dataset: Dataset, query: string) {
  const source = useDataSource();
  const index = useQuery({
    queryKey: ['search-index', source.key, dataset.submission.id],
    queryFn: async () => {
      const { buildRecommendationIndex } = await import('../../search/recommendationSearch.ts');
      return buildRecommendationIndex(dataset);
    },
    enabled: query !== '',
    staleTime: Infinity,
  });
  const scoreFor = useQuery({
    queryKey: ['search', source.key, dataset.submission.id, query],
    queryFn: async () => {
      const { searchRecommendations } = await import('../../search/recommendationSearch.ts');
      return new Map(searchRecommendations(index.data!, query).map((hit) => [hit.id, hit.score]));
    },
    enabled: query !== '' && index.isSuccess,
    staleTime: Infinity,
  });
  if (query === '') return { scores: undefined, pending: false };
  return { scores: scoreFor.data, pending: !scoreFor.data };
}
