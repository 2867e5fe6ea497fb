/*
 * Where the social images are and what they are, for metadata and structured data (the drawing
 * itself is in `social-image.tsx`, which pulls in next/og).
 */

export const SOCIAL_IMAGE_SIZE = { width: 1200, height: 630 } as const;
export const SOCIAL_IMAGE_TYPE = 'image/png';

/**
 * Site path of the social image drawn for the page at `pagePath`, served by the
 * `opengraph-image.tsx` route beside the page: `/fr/articles/x` → `/fr/articles/x/opengraph-image`.
 */
export const socialImagePath = (pagePath: string) => `${pagePath}/opengraph-image`;
