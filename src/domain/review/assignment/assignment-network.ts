import { addArc, buildFlowNetwork, createArcList, type TFlowNetwork } from './flow-network';

// The assignment network: source → application (capacity: reviewers still needed) → reviewer
// (capacity 1 per allowed pair, so reviewers are distinct) → sink (capacity: reviews the
// reviewer can still take); and a bypass application → sink whose flow is "left unassigned",
// closed (capacity 0) until costs are set. Node 0 is the source, 1…A the applications,
// A+1…A+R the reviewers, A+R+1 the sink.

/** The allowed pairs, by application: reviewers `pairReviewer[pairStart[a]]` … of application a. */
export type TCandidatePairs = { pairStart: Int32Array; pairReviewer: Int32Array };

export type TAssignmentNetwork = {
  net: TFlowNetwork;
  source: number;
  sink: number;
  appCount: number;
  reviewerCount: number;
  sourceArc: Int32Array;
  bypassArc: Int32Array;
  reviewerArc: Int32Array;
  /** The forward arc of each allowed pair, in `TCandidatePairs` order. */
  pairArc: Int32Array;
  pairStart: Int32Array;
  pairReviewer: Int32Array;
};

export const appNode = (a: number) => 1 + a;
export const reviewerNode = (n: TAssignmentNetwork, r: number) => 1 + n.appCount + r;

/**
 * Builds the network. `pairCost[p]` is the cost of the p-th pair (0 for a discipline match).
 * @example buildAssignmentNetwork(need, remaining, pairs, pairCost)
 */
export function buildAssignmentNetwork(
  need: Int32Array,
  remaining: Int32Array,
  pairs: TCandidatePairs,
  pairCost: Float64Array,
): TAssignmentNetwork {
  const appCount = need.length;
  const reviewerCount = remaining.length;
  const sink = appCount + reviewerCount + 1;
  const pairCount = pairs.pairReviewer.length;
  const list = createArcList(2 * appCount + reviewerCount + pairCount);
  const sourceArc = new Int32Array(appCount);
  const bypassArc = new Int32Array(appCount);
  const reviewerArc = new Int32Array(reviewerCount);
  const pairArc = new Int32Array(pairCount);
  for (let a = 0; a < appCount; a++) {
    sourceArc[a] = addArc(list, 0, appNode(a), need[a]!, 0);
    for (let p = pairs.pairStart[a]!; p < pairs.pairStart[a + 1]!; p++)
      pairArc[p] = addArc(list, appNode(a), 1 + appCount + pairs.pairReviewer[p]!, 1, pairCost[p]!);
    bypassArc[a] = addArc(list, appNode(a), sink, 0, 0);
  }
  for (let r = 0; r < reviewerCount; r++)
    reviewerArc[r] = addArc(list, 1 + appCount + r, sink, remaining[r]!, 0);
  const { network, arcOf } = buildFlowNetwork(sink + 1, list);
  const mapped = (ids: Int32Array) => ids.map((i) => arcOf[i]!);
  return {
    net: network,
    source: 0,
    sink,
    appCount,
    reviewerCount,
    sourceArc: mapped(sourceArc),
    bypassArc: mapped(bypassArc),
    reviewerArc: mapped(reviewerArc),
    pairArc: mapped(pairArc),
    pairStart: pairs.pairStart,
    pairReviewer: pairs.pairReviewer,
  };
}

/** Sets an arc's capacity and cost (its reverse arc gets the opposite cost). */
export function setArc(net: TFlowNetwork, arc: number, capacity: number, cost: number): void {
  net.capacity[arc] = capacity;
  net.cost[arc] = cost;
  net.cost[net.mate[arc]!] = -cost;
}
