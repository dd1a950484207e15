/**
 * The search worker (decision 016): builds the MiniSearch index off the main thread, so
 * Explore's filters and scrolling stay instant while it works (2 s at 10,000
 * recommendations), and answers the queries. Loaded by searchClient.ts through its
 * Trusted Types policy (config/trustedTypes.ts allows this file's built URL and no other).
 */
import { createSearchHandler, type SearchRequest } from './searchProtocol.ts';

const handle = createSearchHandler();
const scope = self as unknown as { onmessage: ((event: MessageEvent<SearchRequest>) => void) | null; postMessage(message: unknown): void };
scope.onmessage = (event) => scope.postMessage(handle(event.data));
