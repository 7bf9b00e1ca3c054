import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { addArc, allArcs, buildFlowNetwork, createArcList, flowOn } from './flow-network';
import { maxFlow } from './max-flow';
import { minCostFlow } from './min-cost-flow';

// Small transportation networks source → apps → reviewers → sink, solved by brute force over
// every subset of app–reviewer arcs.
type TSmall = {
  apps: number[]; // capacity source → app
  reviewers: number[]; // capacity reviewer → sink
  arcs: { a: number; r: number; cost: number }[];
};

const small: fc.Arbitrary<TSmall> = fc
  .record({ nA: fc.integer({ min: 1, max: 4 }), nR: fc.integer({ min: 1, max: 3 }) })
  .chain(({ nA, nR }) =>
    fc.record({
      apps: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: nA, maxLength: nA }),
      reviewers: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: nR, maxLength: nR }),
      arcs: fc.uniqueArray(
        fc.record({
          a: fc.integer({ min: 0, max: nA - 1 }),
          r: fc.integer({ min: 0, max: nR - 1 }),
          cost: fc.integer({ min: 0, max: 6 }),
        }),
        { selector: (x) => `${x.a}-${x.r}`, maxLength: nA * nR },
      ),
    }),
  );

function build(p: TSmall) {
  const nA = p.apps.length;
  const sink = 1 + nA + p.reviewers.length;
  const list = createArcList(nA + p.reviewers.length + p.arcs.length);
  p.apps.forEach((cap, a) => addArc(list, 0, 1 + a, cap, 0));
  p.reviewers.forEach((cap, r) => addArc(list, 1 + nA + r, sink, cap, 0));
  const pairs = p.arcs.map((x) => addArc(list, 1 + x.a, 1 + nA + x.r, 1, x.cost));
  const { network, arcOf } = buildFlowNetwork(sink + 1, list);
  return { network, sink, pairArcs: pairs.map((i) => arcOf[i]!) };
}

function bruteForce(p: TSmall): { flow: number; cost: number } {
  let best = { flow: 0, cost: 0 };
  for (let mask = 0; mask < 1 << p.arcs.length; mask++) {
    const chosen = p.arcs.filter((_, i) => mask & (1 << i));
    const isFeasible =
      p.apps.every((cap, a) => chosen.filter((x) => x.a === a).length <= cap) &&
      p.reviewers.every((cap, r) => chosen.filter((x) => x.r === r).length <= cap);
    if (!isFeasible) continue;
    const cost = chosen.reduce((s, x) => s + x.cost, 0);
    if (chosen.length > best.flow || (chosen.length === best.flow && cost < best.cost))
      best = { flow: chosen.length, cost };
  }
  return best;
}

describe('max flow and min-cost flow against brute force', () => {
  it('Dinic finds the maximum flow', () => {
    fc.assert(
      fc.property(small, (p) => {
        const { network, sink } = build(p);
        expect(maxFlow(network, allArcs(network), [0], [Infinity], sink)).toBe(bruteForce(p).flow);
      }),
      { numRuns: 300 },
    );
  });

  it('primal-dual finds the cheapest maximum flow, with potentials that prove it', () => {
    fc.assert(
      fc.property(small, (p) => {
        const { network, sink, pairArcs } = build(p);
        const { flow, potential } = minCostFlow(network, 0, sink, Infinity);
        const cost = pairArcs.reduce((s, e) => s + flowOn(network, e) * network.cost[e]!, 0);
        expect({ flow, cost }).toEqual(bruteForce(p));
        for (let u = 0; u < network.nodeCount; u++)
          for (let e = network.start[u]!; e < network.start[u + 1]!; e++)
            if (network.residual[e]! > 0)
              expect(
                network.cost[e]! + potential[u]! - potential[network.head[e]!]!,
              ).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  it('a demand below the maximum sends exactly the demand, cheapest first', () => {
    const p: TSmall = {
      apps: [2],
      reviewers: [1, 1, 1],
      arcs: [
        { a: 0, r: 0, cost: 5 },
        { a: 0, r: 1, cost: 1 },
        { a: 0, r: 2, cost: 2 },
      ],
    };
    const { network, sink, pairArcs } = build(p);
    expect(minCostFlow(network, 0, sink, 1).flow).toBe(1);
    expect(pairArcs.map((e) => flowOn(network, e))).toEqual([0, 1, 0]);
  });
});
