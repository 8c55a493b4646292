import type { ComposedFeature } from './kiosk-parts';

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/**
 * One handler map from every feature's. The type is the intersection of theirs, so assigning it
 * to `Handlers` fails to compile while a channel has no handler; two features answering the same
 * channel is a wiring mistake the type cannot see, so it fails at start-up.
 */
export function joinHandlers<const F extends readonly ComposedFeature[]>(features: F): UnionToIntersection<F[number]['handlers']> {
  const joined: Record<string, unknown> = {};
  for (const feature of features) {
    for (const [channel, handler] of Object.entries(feature.handlers)) {
      if (channel in joined) throw new Error(`two features handle ${channel}`);
      joined[channel] = handler;
    }
  }
  return joined as UnionToIntersection<F[number]['handlers']>;
}

/**
 * Stops features in the reverse of the order they were built, so a feature stops before the ones
 * it was built on (dossiers stop listening before the outbox stops). Each is told at once; the
 * ones that need time (the outbox finishing a delivery) are awaited together.
 */
export async function closeFeatures(features: readonly ComposedFeature[]): Promise<void> {
  await Promise.all([...features].reverse().map((feature) => feature.close?.()));
}
