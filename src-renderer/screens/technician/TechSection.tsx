import type { ReactNode } from 'react';

/** A titled part of a technician screen; the heading names the section for screen readers. */
export function TechSection({ id, title, children }: Readonly<{ id: string; title: string; children: ReactNode }>) {
  return (
    <section className="tech__section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
