/** Tailwind CSS 4 as a PostCSS plugin: Next.js runs it over app/globals.css. */
const config = { plugins: { '@tailwindcss/postcss': {} } };

export default config;
