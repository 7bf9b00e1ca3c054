// A flow network in compressed sparse rows, in typed arrays: the assignment networks have
// millions of arcs (5,000 applications × 300 reviewers), too many for an object per arc.

/**
 * The arcs leaving node v are `start[v]` … `start[v + 1] − 1`. Every arc has a reverse arc
 * (`mate`) of capacity 0 and the opposite cost; `residual` is what is left to send on an arc, so
 * the flow on a forward arc is its mate's residual.
 */
export type TFlowNetwork = {
  nodeCount: number;
  start: Int32Array;
  head: Int32Array;
  mate: Int32Array;
  /** Original capacity; 0 for reverse arcs. */
  capacity: Int32Array;
  residual: Int32Array;
  cost: Float64Array;
};

/** Arcs waiting to be built, in the order they were added. */
export type TArcList = {
  count: number;
  from: Int32Array;
  to: Int32Array;
  capacity: Int32Array;
  cost: Float64Array;
};

export function createArcList(maxArcs: number): TArcList {
  return {
    count: 0,
    from: new Int32Array(maxArcs),
    to: new Int32Array(maxArcs),
    capacity: new Int32Array(maxArcs),
    cost: new Float64Array(maxArcs),
  };
}

/**
 * Adds an arc and returns its number in the list (`arcOf` maps it to the built network).
 * @example const sa = addArc(list, source, app, 3, 0)
 */
export function addArc(
  list: TArcList,
  from: number,
  to: number,
  cap: number,
  cost: number,
): number {
  const i = list.count++;
  list.from[i] = from;
  list.to[i] = to;
  list.capacity[i] = cap;
  list.cost[i] = cost;
  return i;
}

/**
 * Builds the network. `arcOf[i]` is the forward arc of the i-th arc added. The arcs of a node
 * keep the order they were added in, so a solver that scans them in order is deterministic.
 * @example const { network, arcOf } = buildFlowNetwork(4, list)
 */
export function buildFlowNetwork(
  nodeCount: number,
  list: TArcList,
): { network: TFlowNetwork; arcOf: Int32Array } {
  const m = list.count * 2;
  const start = new Int32Array(nodeCount + 1);
  for (let i = 0; i < list.count; i++) {
    start[list.from[i]! + 1]!++;
    start[list.to[i]! + 1]!++;
  }
  for (let v = 0; v < nodeCount; v++) start[v + 1]! += start[v]!;
  const next = start.slice(0, nodeCount);
  const head = new Int32Array(m);
  const mate = new Int32Array(m);
  const capacity = new Int32Array(m);
  const cost = new Float64Array(m);
  const arcOf = new Int32Array(list.count);
  for (let i = 0; i < list.count; i++) {
    const u = list.from[i]!;
    const v = list.to[i]!;
    const f = next[u]!++;
    const r = next[v]!++;
    head[f] = v;
    head[r] = u;
    mate[f] = r;
    mate[r] = f;
    capacity[f] = list.capacity[i]!;
    cost[f] = list.cost[i]!;
    cost[r] = -list.cost[i]!;
    arcOf[i] = f;
  }
  return {
    network: { nodeCount, start, head, mate, capacity, residual: capacity.slice(), cost },
    arcOf,
  };
}

/** The flow on a forward arc. */
export function flowOn(net: TFlowNetwork, arc: number): number {
  return net.residual[net.mate[arc]!]!;
}

/** Empties the network: every arc back to its capacity, no flow. */
export function resetFlow(net: TFlowNetwork): void {
  net.residual.set(net.capacity);
}

/** The arcs a solver may use, by tail node: `arcs[start[v]]` … `arcs[start[v + 1] − 1]`. */
export type TArcSubset = { start: Int32Array; arcs: Int32Array };

/** Every arc of the network. */
export function allArcs(net: TFlowNetwork): TArcSubset {
  const arcs = new Int32Array(net.head.length);
  for (let e = 0; e < arcs.length; e++) arcs[e] = e;
  return { start: net.start, arcs };
}

/**
 * The arcs whose reduced cost `cost + potential[tail] − potential[head]` is 0, both directions:
 * with optimal potentials, flow moved along them keeps the cost optimal.
 */
export function zeroReducedCostArcs(net: TFlowNetwork, potential: Float64Array): TArcSubset {
  const start = new Int32Array(net.nodeCount + 1);
  const picked: number[] = [];
  for (let u = 0; u < net.nodeCount; u++) {
    const pu = potential[u]!;
    for (let e = net.start[u]!; e < net.start[u + 1]!; e++)
      if (net.cost[e]! + pu - potential[net.head[e]!]! === 0) picked.push(e);
    start[u + 1] = picked.length;
  }
  return { start, arcs: Int32Array.from(picked) };
}
