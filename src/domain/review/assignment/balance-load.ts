import { flowOn, zeroReducedCostArcs } from './flow-network';
import { reviewerNode, type TAssignmentNetwork } from './assignment-network';
import { maxFlow } from './max-flow';

// R-REV-ASSIGN's last criterion: the smallest largest load relative to capacity, among the
// assignments that are best on the criteria before it. With optimal potentials from the
// min-cost flow, the optimal flows are exactly those that move flow only along arcs of reduced
// cost 0 (complementary slackness), so "is there an optimal assignment with every reviewer at
// most λ·capacity?" is a maximum-flow question on those arcs: the reviews above a reviewer's
// new cap must find a way to reviewers below theirs. It is monotone in λ, and the answer is one
// of the fractions load/capacity, so a binary search over them finds the smallest λ exactly.

type TFraction = { value: number; num: number; den: number };

/**
 * Moves reviews between reviewers, keeping the cost optimal, until the largest relative load
 * is the smallest possible. `capacity` and `fixedLoad` are each reviewer's whole capacity and
 * the reviews it keeps outside the network (started or kept from an earlier run).
 * @example const { potential } = minCostFlow(…); balanceLoad(network, potential, capacity, fixedLoad)
 */
export function balanceLoad(
  an: TAssignmentNetwork,
  potential: Float64Array,
  capacity: Int32Array,
  fixedLoad: Int32Array,
): void {
  const { net, reviewerArc, reviewerCount } = an;
  const load = (r: number) => fixedLoad[r]! + flowOn(net, reviewerArc[r]!);
  const degree = new Int32Array(reviewerCount);
  for (const r of an.pairReviewer) degree[r]!++;

  let hi: TFraction = { value: 0, num: 0, den: 1 };
  let lbNum = 0;
  let lbDen = 1;
  let total = 0;
  let totalCapacity = 0;
  for (let r = 0; r < reviewerCount; r++) {
    const c = capacity[r]!;
    if (c <= 0) continue;
    total += load(r);
    totalCapacity += c;
    if (load(r) * hi.den > hi.num * c) hi = { value: load(r) / c, num: load(r), den: c };
    if (fixedLoad[r]! * lbDen > lbNum * c) [lbNum, lbDen] = [fixedLoad[r]!, c];
  }
  if (totalCapacity === 0) return;
  if (total * lbDen > lbNum * totalCapacity) [lbNum, lbDen] = [total, totalCapacity];

  // Every λ that could beat the current one: j / capacity with lb ≤ λ < current largest.
  const candidates: TFraction[] = [];
  for (let r = 0; r < reviewerCount; r++) {
    const c = capacity[r]!;
    if (c <= 0) continue;
    const jMax = Math.min(c, fixedLoad[r]! + degree[r]!, Math.ceil((hi.num * c) / hi.den) - 1);
    for (let j = Math.ceil((lbNum * c) / lbDen); j <= jMax; j++)
      candidates.push({ value: j / c, num: j, den: c });
  }
  candidates.sort((x, y) => x.value - y.value);
  const distinct = candidates.filter((f, i) => i === 0 || f.value !== candidates[i - 1]!.value);

  const arcs = zeroReducedCostArcs(net, potential);
  const restore = (saved: Int32Array): false => {
    net.residual.set(saved);
    return false;
  };

  /** Can every reviewer be brought to at most λ·capacity? Keeps the new flow if so. */
  const fitsUnder = (f: TFraction): boolean => {
    const saved = net.residual.slice();
    const sources: number[] = [];
    const supply: number[] = [];
    let excess = 0;
    for (let r = 0; r < reviewerCount; r++) {
      const c = capacity[r]!;
      if (c <= 0) continue;
      const e = reviewerArc[r]!;
      const cap = Math.min(net.capacity[e]!, Math.floor((f.num * c) / f.den) - fixedLoad[r]!);
      const flow = flowOn(net, e);
      if (cap < 0) return restore(saved);
      if (flow <= cap) {
        net.residual[e] = cap - flow;
        continue;
      }
      const node = reviewerNode(an, r);
      // A reviewer whose sink arc has a reduced cost ≠ 0 is full in every optimal assignment.
      if (net.cost[e]! + potential[node]! - potential[an.sink]! !== 0) return restore(saved);
      net.residual[e] = 0;
      net.residual[net.mate[e]!] = cap;
      sources.push(node);
      supply.push(flow - cap);
      excess += flow - cap;
    }
    const moved = excess === 0 ? 0 : maxFlow(net, arcs, sources, supply, an.sink);
    if (moved < excess) return restore(saved);
    for (const e of reviewerArc) net.residual[e] = net.capacity[e]! - flowOn(net, e);
    return true;
  };
  let lo = 0;
  let top = distinct.length; // distinct[top] would be the current largest: known to fit
  while (lo < top) {
    const mid = (lo + top) >> 1;
    if (fitsUnder(distinct[mid]!)) top = mid;
    else lo = mid + 1;
  }
}
