/*
 * The `<title>` template of a language: "<page> — <site name>". The layout sets it for every
 * page below it; Next does not apply a layout's template to the page of the same segment (the
 * home page), which therefore spells its title out with `pageTitle`.
 */

export const titleTemplate = (siteName: string) => `%s — ${siteName}`;

export const pageTitle = (title: string, siteName: string) => titleTemplate(siteName).replace('%s', () => title);
