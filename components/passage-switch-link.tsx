'use client';

import type { AnchorHTMLAttributes, MouseEvent } from 'react';

/** Anchors a reader can be sent to, numbered the same in every language: passages and quotes. */
const PASSAGE = /^#(?:p|quote)-\d{1,5}$/;

/**
 * The language switcher's link, carrying the passage the reader was sent to (`#p-4`) to the
 * other language. A URL fragment never reaches the server, so only the browser can add it:
 * this is the one piece of client code, and without JavaScript the link still switches (to the
 * top of the page).
 */
export function PassageSwitchLink({ href, ...props }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const keepPassage = (event: MouseEvent<HTMLAnchorElement>) => {
    const { hash } = window.location;
    if (PASSAGE.test(hash)) event.currentTarget.href = `${href}${encodeURIComponent(hash)}`;
  };
  return <a href={href} onClick={keepPassage} {...props} />;
}
