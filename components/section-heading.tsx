import type { ReactNode } from 'react';

/** Heading of a part of a listing page, styled like the home page's section labels. */
export function SectionHeading({ id, children }: { id: string; children: ReactNode }) {
  return (
    <h2 id={id} className="font-sans text-sm font-bold uppercase tracking-widest text-accent">
      {children}
    </h2>
  );
}
