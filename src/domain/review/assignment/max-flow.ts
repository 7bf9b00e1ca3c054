import type { TArcSubset, TFlowNetwork } from './flow-network';

/**
 * Dinic's algorithm (Dinic 1970): breadth-first levels from the sources, then a blocking flow of
 * shortest augmenting paths along them, repeated until the sink is out of reach. Several sources
 * may send at once, `supply[i]` from `sources[i]` (spent as it is sent); only the arcs of
 * `subset` are used. Changes `net.residual` and returns the amount sent.
 * @example maxFlow(net, allArcs(net), [source], [Infinity], sink)
 */
export function maxFlow(
  net: TFlowNetwork,
  subset: TArcSubset,
  sources: readonly number[],
  supply: number[],
  sink: number,
): number {
  const n = net.nodeCount;
  const { head, mate, residual } = net;
  const { start, arcs } = subset;
  const level = new Int32Array(n);
  const queue = new Int32Array(n);
  const current = new Int32Array(n);
  const path = new Int32Array(n);
  let total = 0;
  for (;;) {
    level.fill(-1);
    let tail = 0;
    for (let i = 0; i < sources.length; i++) {
      if (supply[i]! <= 0 || level[sources[i]!]! === 0) continue;
      level[sources[i]!] = 0;
      queue[tail++] = sources[i]!;
    }
    for (let q = 0; q < tail; q++) {
      const u = queue[q]!;
      if (level[sink]! >= 0 && level[u]! >= level[sink]!) break;
      for (let i = start[u]!; i < start[u + 1]!; i++) {
        const e = arcs[i]!;
        const v = head[e]!;
        if (residual[e]! > 0 && level[v]! < 0) {
          level[v] = level[u]! + 1;
          queue[tail++] = v;
        }
      }
    }
    if (level[sink]! < 0) return total;
    current.set(start.subarray(0, n));
    let sentThisRound = 0;
    for (let i = 0; i < sources.length; i++) {
      const s = sources[i]!;
      while (supply[i]! > 0) {
        let v = s;
        let depth = 0;
        while (v !== sink) {
          let e = -1;
          for (; current[v]! < start[v + 1]!; current[v]!++) {
            const a = arcs[current[v]!]!;
            if (residual[a]! > 0 && level[head[a]!]! === level[v]! + 1) {
              e = a;
              break;
            }
          }
          if (e >= 0) {
            path[depth++] = e;
            v = head[e]!;
            continue;
          }
          level[v] = -1; // a dead end for the rest of this round
          if (depth === 0) break;
          v = head[mate[path[--depth]!]!]!;
          current[v]!++;
        }
        if (v !== sink) break;
        let amount = supply[i]!;
        for (let d = 0; d < depth; d++) amount = Math.min(amount, residual[path[d]!]!);
        for (let d = 0; d < depth; d++) {
          residual[path[d]!]! -= amount;
          residual[mate[path[d]!]!]! += amount;
        }
        supply[i]! -= amount;
        sentThisRound += amount;
      }
    }
    total += sentThisRound;
    if (sentThisRound === 0) return total;
  }
}
