/** The parts of a DevTools `Profiler.Profile` needed to say where main-thread time went. */
export interface CpuProfile {
  readonly nodes: ReadonlyArray<{
    readonly id: number;
    readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  }>;
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

/** Self time per function (name, file and line), most first, in ms: where a CPU profile's time went. */
export function topSelfTime(profile: CpuProfile, limit: number): Array<{ where: string; ms: number }> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const total = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // Each sample's time is the delta to the next one.
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i] as number);
    if (!node) continue;
    const f = node.callFrame;
    const file = f.url.split('/').pop() ?? '';
    const where = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
    total.set(where, (total.get(where) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
  return [...total]
    .map(([where, ms]) => ({ where, ms }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, limit);
}
