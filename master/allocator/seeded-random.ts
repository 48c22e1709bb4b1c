// The allocator's only source of randomness: a seeded generator, so a run is reproducible from its seed.

/** mulberry32: a small, fast 32-bit generator; plenty for shuffling agents and weighted random ordering. */
export function seededRandom(seed: number): () => number {
  // A typed cell rather than a closure variable: a uint32 above 2^30 in a closure would be boxed on every call.
  const state = new Uint32Array([seed >>> 0]);
  return () => {
    state[0] = state[0]! + 0x6d2b79f5;
    let t = state[0];
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates shuffle of `items` in place. */
export function shuffleInPlace<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const swap = items[i]!;
    items[i] = items[j]!;
    items[j] = swap;
  }
}
