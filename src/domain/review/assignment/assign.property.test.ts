import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { assignReviewers } from './assign';
import { aProblem, aReviewer, anApplication } from './assignment-fixture';
import type { TAssignmentProblem } from './types';

// Larger panels where referees, supervisors and institutions overlap the reviewers.
const panel: fc.Arbitrary<TAssignmentProblem> = fc
  .record({ nA: fc.integer({ min: 1, max: 12 }), nR: fc.integer({ min: 1, max: 8 }) })
  .chain(({ nA, nR }) => {
    const appIds = Array.from({ length: nA }, (_, i) => `a${i}`);
    const emails = Array.from({ length: nR }, (_, i) => `r${i}@u${i % 3}.edu.cn`);
    const pair = fc.record({
      application: fc.constantFrom(...appIds),
      reviewer: fc.constantFrom(...emails.map((_, i) => `r${i}`)),
    });
    return fc.record({
      perApplication: fc.integer({ min: 1, max: 3 }),
      reviewers: fc.tuple(
        ...emails.map((email, i) =>
          fc
            .record({
              capacity: fc.integer({ min: 0, max: 5 }),
              disciplines: fc.subarray(['x', 'y', 'z']),
              institution: fc.constantFrom('UCAS', '中国科学院大学', 'USTC', 'Other', null),
            })
            .map((r) => aReviewer(`r${i}`, { ...r, email })),
        ),
      ),
      applications: fc.tuple(
        ...appIds.map((id) =>
          fc
            .record({
              discipline: fc.constantFrom('x', 'y', 'z'),
              institution: fc.constantFrom('ustc', 'Else', null),
              email: fc.constantFrom(`${id}@gmail.com`, `${id}@u1.edu.cn`),
              referees: fc.subarray(emails, { maxLength: Math.min(2, emails.length) }),
              supervisorEmail: fc.option(fc.constantFrom(...emails), { nil: null }),
            })
            .map((a) => anApplication(id, a)),
        ),
      ),
      declared: fc.array(pair, { maxLength: 4 }),
      existing: fc.uniqueArray(
        fc.tuple(pair, fc.boolean()).map(([p, started]) => ({ ...p, started })),
        { maxLength: 6, selector: (e) => `${e.application}|${e.reviewer}` },
      ),
    });
  })
  .map((p) => aProblem(p));

const shuffled = <T>(list: readonly T[]) =>
  fc.shuffledSubarray([...list], { minLength: list.length });

describe('R-REV-ASSIGN: deterministic and within the rules on any panel', () => {
  it('R-REV-ASSIGN: the same panel in any order → the same answer', () => {
    const withShuffle = panel.chain((p) =>
      fc.record({
        p: fc.constant(p),
        q: fc.record({
          perApplication: fc.constant(p.perApplication),
          reviewers: shuffled(p.reviewers).chain((rs) =>
            fc.tuple(
              ...rs.map((r) =>
                shuffled(r.disciplines).map((disciplines) => ({ ...r, disciplines })),
              ),
            ),
          ),
          applications: shuffled(p.applications).chain((as) =>
            fc.tuple(
              ...as.map((a) => shuffled(a.referees).map((referees) => ({ ...a, referees }))),
            ),
          ),
          declared: shuffled(p.declared),
          existing: shuffled(p.existing),
        }),
      }),
    );
    fc.assert(
      fc.property(withShuffle, ({ p, q }) => {
        expect(assignReviewers(q)).toEqual(assignReviewers(p));
      }),
      { numRuns: 200 },
    );
  });

  it('R-REV-ASSIGN, R-GEN-COI: no conflict, capacity, k distinct, started kept, under-covered exact', () => {
    fc.assert(
      fc.property(panel, (p) => {
        const result = assignReviewers(p);
        const key = (x: { application: string; reviewer: string }) =>
          `${x.application}|${x.reviewer}`;
        const started = new Set(p.existing.filter((e) => e.started).map(key));
        const conflicted = new Set(result.conflicts.map(key));
        const keys = result.assignments.map(key);
        expect(new Set(keys).size).toBe(keys.length);
        for (const k of keys) if (conflicted.has(k)) expect(started.has(k)).toBe(true);
        for (const s of started) expect(keys).toContain(s);
        for (const r of p.reviewers) {
          const load = result.assignments.filter((a) => a.reviewer === r.id).length;
          const startedHere = p.existing.filter((e) => e.started && e.reviewer === r.id).length;
          expect(load).toBeLessThanOrEqual(Math.max(r.capacity, startedHere));
        }
        for (const a of p.applications) {
          const n = result.assignments.filter((x) => x.application === a.id).length;
          const startedHere = p.existing.filter((e) => e.started && e.application === a.id).length;
          expect(n).toBeLessThanOrEqual(Math.max(p.perApplication, startedHere));
          const missing = result.underCovered.find((u) => u.application === a.id)?.missing ?? 0;
          expect(missing).toBe(Math.max(0, p.perApplication - n));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('R-REV-ASSIGN: existing assignments that all still fit → every one kept', () => {
    fc.assert(
      fc.property(panel, (p) => {
        const first = assignReviewers({ ...p, existing: [] });
        const existing = first.assignments.map((a, i) => ({ ...a, started: i % 2 === 0 }));
        const again = assignReviewers({ ...p, existing });
        expect(again.assignments).toEqual(expect.arrayContaining(first.assignments));
        expect(again.assignments).toHaveLength(first.assignments.length);
      }),
      { numRuns: 200 },
    );
  });
});
