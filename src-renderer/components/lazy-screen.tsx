import { type ComponentType, lazy, type ReactNode, useState } from 'react';

/** A screen whose code is fetched on first use, or earlier with `preload()`. */
export type LazyScreen<C> = C & { preload(): Promise<unknown> };

// biome-ignore lint/suspicious/noExplicitAny: the widest props type, so any screen's component fits
type AnyProps = any;

const everyLazyScreen: (() => Promise<unknown>)[] = [];

/**
 * A screen whose code stays out of the start-up script: `lazyScreen(() => import('./X').then((m) => m.X))`.
 * Once preloaded it renders at once, with no Suspense frame in between; before that, the nearest
 * Suspense shows its fallback (and App focuses the screen's title once it is drawn).
 */
export function lazyScreen<C extends (props: AnyProps) => ReactNode>(load: () => Promise<C>): LazyScreen<C> {
  let loaded: ComponentType<AnyProps> | null = null;
  let loading: Promise<ComponentType<AnyProps>> | null = null;
  const preload = (): Promise<ComponentType<AnyProps>> => {
    loading ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (err: unknown) => {
        loading = null; // a failed fetch may be tried again
        throw err;
      },
    );
    return loading;
  };
  const Suspending = lazy(async () => ({ default: await preload() }));
  // biome-ignore lint/correctness/noComponentHookFactories: made once per screen when screens.tsx loads, as React.lazy makes its own
  function Screen(props: Parameters<C>[0]) {
    // Chosen once per mount: swapping the component type later would remount the screen.
    const [Component] = useState<ComponentType<AnyProps>>(() => loaded ?? Suspending);
    return <Component {...props} />;
  }
  everyLazyScreen.push(preload);
  return Object.assign(Screen, { preload }) as unknown as LazyScreen<C>;
}

/**
 * Fetches every lazy screen's code, one after another so a citizen's first tap never waits behind
 * all of them at once. Called when the first screen is up and the page is idle.
 */
export async function preloadLazyScreens(): Promise<void> {
  for (const preload of everyLazyScreen) await preload().catch(() => undefined);
}
