import type { ReactNode } from 'react';

/** A screen's title and body; every screen has exactly one h1 for screen readers and axe. */
export function ScreenFrame({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <section className="screen" data-testid={testId} aria-labelledby="screen-title">
      <h1 id="screen-title" className="screen__title">
        {title}
      </h1>
      <div className="screen__body">{children}</div>
    </section>
  );
}
