/** Typed in-app paths: the only place route shapes are spelled out. */
export const paths = {
  submission: () => '/',
  recommendation: (id: string) => `/recommendations/${encodeURIComponent(id)}`,
} as const;

/** The DOM id of a section's disclosure on the submission page (for #anchors and focus). */
export const sectionAnchor = (sectionId: string) => `section-${sectionId}`;
