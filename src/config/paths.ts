/** Typed in-app paths: the only place route shapes are spelled out. */
export const paths = {
  overview: () => '/',
  explore: () => '/explore',
  schemes: () => '/schemes',
  source: () => '/source',
  submission: () => '/structure',
  briefing: () => '/briefing',
  submissions: () => '/submissions',
  recommendation: (id: string) => `/recommendations/${encodeURIComponent(id)}`,
} as const;

/** The DOM id of a section's disclosure on the submission page (for #anchors and focus). */
export const sectionAnchor = (sectionId: string) => `section-${sectionId}`;

/** The DOM id of a recommendation's text in the source view (`/source?page=13#R-5.2-1`). */
export const sourceAnchor = (recommendationId: string) => recommendationId;
