/*
 * The images in `public/` that browsers, feed readers and crawlers ask for by name, each drawn
 * from the site's icon (`app/icon.svg`) by `npm run assets` (scripts/site-images.ts) and
 * committed. next.config.ts lets other sites embed them (CORP) and the proxy leaves them alone.
 */
export const SITE_IMAGES = {
  /** Old browsers and feed readers request `/favicon.ico` whatever the page says: 16, 32 and 48 px. */
  favicon: { path: '/favicon.ico', sizes: [16, 32, 48], contentType: 'image/x-icon' },
  /** iOS asks for `/apple-touch-icon.png` (180 × 180) when a page is added to the home screen. */
  // Opaque, on the icon's own red: iOS rounds the corners itself and shows transparency as black.
  appleTouchIcon: { path: '/apple-touch-icon.png', sizes: [180], contentType: 'image/png', background: '#9b1c1c' },
  /**
   * The logo as a raster image: the RSS channel's `<image>` (RSS 2.0 takes GIF, JPEG or PNG,
   * not SVG), the JSON Feed icon (square, 512 px recommended) and the publisher's logo in
   * structured data (Google: at least 112 × 112 px, crawlable).
   */
  logo: { path: '/logo.png', sizes: [512], contentType: 'image/png' },
} as const satisfies Record<string, SiteImage>;

interface SiteImage {
  path: string;
  sizes: readonly number[];
  contentType: string;
  /** Drawn on this colour instead of a transparent background. */
  background?: string;
}
