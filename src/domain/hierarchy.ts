/**
 * Registries whose entries sit inside others (the Loop in San Tin in the Northern Metropolis;
 * NIFS in the New Industrialisation programme in the ITF): a value stands for itself and
 * every entry around it, so a filter, a chart or a search on the outer one finds the inner.
 */

/** For a registry, a function from ids to those ids and all their ancestors (each once, inner first). */
export function ancestry(items: readonly { id: string; parentId?: string }[]): (ids: readonly string[]) => string[] {
  const parentOf = new Map(items.map((item) => [item.id, item.parentId]));
  return (ids) => {
    const chain: string[] = [];
    for (const id of ids)
      for (let at: string | undefined = id; at !== undefined && !chain.includes(at); at = parentOf.get(at)) chain.push(at);
    return chain;
  };
}
