/** Replaces only the 404 page's mark when it throws in the browser; the page itself is in the layout. */
export default function MarkReplaced() {
  return null;
}
