/** Typed in-app paths: the only place route shapes are spelled out. */
export const paths = {
  overview: () => '/',
  explore: () => '/explore',
  /** What came of the asks: the Government's response (issue 15). */
  response: () => '/response',
  schemes: () => '/schemes',
  /** Sources, method, verdicts, citation and downloads. */
  about: () => '/about',
  source: () => '/source',
  /** The document that answered the submission; a paragraph is `?p=240#p240` (view state and `addressAnchor`). */
  address: () => '/address',
  submission: () => '/structure',
  briefing: () => '/briefing',
  submissions: () => '/submissions',
  recommendation: (id: string) => `/recommendations/${encodeURIComponent(id)}`,
} as const;

/** The DOM id of a section's disclosure on the submission page (for #anchors and focus). */
export const sectionAnchor = (sectionId: string) => `section-${sectionId}`;

/** The DOM id of a recommendation's text in the source view (`/source?page=13#R-5.2-1`). */
export const sourceAnchor = (recommendationId: string) => recommendationId;

/** The DOM id of a numbered paragraph in the address view (`/address?p=240#p240`). */
export const addressAnchor = (paragraph: number) => `p${paragraph}`;

/**
 * A link to the address view, opened at a paragraph (highlighted, scrolled to, focused), as the
 * arguments of `useLinkBuilder()`, which keeps the reader's language: `linkTo(...addressLink(240))`
 * → `/en/address?p=240#p240`. The path alone cannot carry the query: the link builder writes it.
 */
export const addressLink = (paragraph?: number) =>
  [paths.address(), { paragraph }, paragraph === undefined ? '' : `#${addressAnchor(paragraph)}`] as const;
