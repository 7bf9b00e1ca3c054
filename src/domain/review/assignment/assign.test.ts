import { describe, expect, it } from 'vitest';

import { assignReviewers } from './assign';
import {
  aProblem,
  aReviewer,
  anApplication,
  loads,
  reviewersByApplication,
} from './assignment-fixture';
import type { TAssignApplication } from './types';

const one = (extra: Partial<TAssignApplication> = {}) => [anApplication('a1', extra)];

describe('R-REV-ASSIGN: k distinct reviewers, within capacity', () => {
  it('R-REV-ASSIGN: k = 3 with three reviewers → three distinct ones', () => {
    const reviewers = ['r1', 'r2', 'r3'].map((id) => aReviewer(id));
    const result = assignReviewers(aProblem({ reviewers, applications: one() }));
    expect(reviewersByApplication(result)).toEqual({ a1: ['r1', 'r2', 'r3'] });
  });

  it('R-REV-ASSIGN: k = 3 with two reviewers → never one twice: under-covered, 1 missing', () => {
    const reviewers = ['r1', 'r2'].map((id) => aReviewer(id, { capacity: 5 }));
    const result = assignReviewers(aProblem({ reviewers, applications: one() }));
    expect(reviewersByApplication(result)).toEqual({ a1: ['r1', 'r2'] });
    expect(result.underCovered).toEqual([{ application: 'a1', missing: 1 }]);
  });

  it('R-REV-ASSIGN: exactly at capacity: three applications, one reviewer of capacity 2 → two assigned, one missing', () => {
    const applications = ['a1', 'a2', 'a3'].map((id) => anApplication(id));
    const result = assignReviewers(
      aProblem({ perApplication: 1, reviewers: [aReviewer('r1', { capacity: 2 })], applications }),
    );
    expect(loads(result)).toEqual({ r1: 2 });
    expect(result.underCovered).toEqual([{ application: 'a3', missing: 1 }]);
  });

  it('R-REV-ASSIGN: capacity 0 → never assigned', () => {
    const result = assignReviewers(
      aProblem({
        perApplication: 1,
        reviewers: [aReviewer('r1', { capacity: 0 })],
        applications: one(),
      }),
    );
    expect(result).toEqual({
      assignments: [],
      underCovered: [{ application: 'a1', missing: 1 }],
      conflicts: [],
    });
  });

  it('R-REV-ASSIGN: every reviewer conflicted → under-covered with all k missing', () => {
    const reviewers = ['r1', 'r2'].map((id) => aReviewer(id, { institution: 'USTC' }));
    const result = assignReviewers(
      aProblem({ reviewers, applications: one({ institution: '中国科学技术大学' }) }),
    );
    expect(result.assignments).toEqual([]);
    expect(result.underCovered).toEqual([{ application: 'a1', missing: 3 }]);
  });
});

describe('R-REV-ASSIGN: the order of preference', () => {
  it('R-REV-ASSIGN: full coverage before discipline matches: 4 reviews for two applications of 3 → 3/3 + 1/3, not 2/3 + 2/3', () => {
    // Each application matches two reviewers: the most matches alone would give each its two.
    const reviewers = [
      aReviewer('r1', { capacity: 1, disciplines: ['physics'] }),
      aReviewer('r2', { capacity: 1, disciplines: ['physics'] }),
      aReviewer('r3', { capacity: 1, disciplines: ['chemistry'] }),
      aReviewer('r4', { capacity: 1, disciplines: ['chemistry'] }),
    ];
    const applications = [anApplication('a1'), anApplication('a2', { discipline: 'chemistry' })];
    const result = assignReviewers(aProblem({ reviewers, applications }));
    expect(result.assignments).toHaveLength(4);
    expect(result.underCovered).toEqual([expect.objectContaining({ missing: 2 })]);
  });

  it('R-REV-ASSIGN: discipline matches: a matching reviewer before another', () => {
    const reviewers = [aReviewer('r1', { disciplines: ['chemistry'] }), aReviewer('r2')];
    const result = assignReviewers(aProblem({ perApplication: 1, reviewers, applications: one() }));
    expect(result.assignments).toEqual([{ application: 'a1', reviewer: 'r2' }]);
  });

  it('R-REV-ASSIGN: discipline matches: the shared expert goes where nobody else matches', () => {
    // a1 comes first, but taking r1 there would leave a2 without its only match.
    const reviewers = [
      aReviewer('r1', { capacity: 1, disciplines: ['physics', 'chemistry'] }),
      aReviewer('r2', { capacity: 1, disciplines: ['chemistry'] }),
    ];
    const applications = [anApplication('a1', { discipline: 'chemistry' }), anApplication('a2')];
    const result = assignReviewers(aProblem({ perApplication: 1, reviewers, applications }));
    expect(reviewersByApplication(result)).toEqual({ a1: ['r2'], a2: ['r1'] });
  });

  it('R-REV-ASSIGN: balanced load: 6 reviews, capacities 10 and 2 → 5 and 1 (both at half)', () => {
    const reviewers = [aReviewer('r1', { capacity: 10 }), aReviewer('r2', { capacity: 2 })];
    const applications = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'].map((id) => anApplication(id));
    const result = assignReviewers(aProblem({ perApplication: 1, reviewers, applications }));
    expect(loads(result)).toEqual({ r1: 5, r2: 1 });
  });

  it('R-REV-ASSIGN: balanced load never costs a discipline match', () => {
    const reviewers = [
      aReviewer('r1', { capacity: 3 }),
      aReviewer('r2', { capacity: 3, disciplines: ['chemistry'] }),
    ];
    const applications = ['a1', 'a2', 'a3'].map((id) => anApplication(id));
    const result = assignReviewers(aProblem({ perApplication: 1, reviewers, applications }));
    expect(loads(result)).toEqual({ r1: 3 });
  });
});

describe('R-REV-ASSIGN: re-running keeps what is still allowed', () => {
  const reviewers = ['r1', 'r2', 'r3', 'r4'].map((id) => aReviewer(id, { capacity: 2 }));
  const applications = ['a1', 'a2'].map((id) => anApplication(id));

  it('R-REV-ASSIGN: re-run with a new, idle reviewer → every earlier assignment kept', () => {
    const first = assignReviewers(aProblem({ reviewers, applications }));
    const existing = first.assignments.map((a) => ({ ...a, started: false }));
    const again = assignReviewers(
      aProblem({
        reviewers: [...reviewers, aReviewer('r0', { capacity: 9 })],
        applications,
        existing,
      }),
    );
    expect(again.assignments).toEqual(first.assignments);
  });

  it('R-REV-ASSIGN: a kept assignment now conflicted (not started) → dropped and replaced', () => {
    const existing = [{ application: 'a1', reviewer: 'r1', started: false }];
    const declared = [{ application: 'a1', reviewer: 'r1' }];
    const result = assignReviewers(aProblem({ reviewers, applications, existing, declared }));
    expect(reviewersByApplication(result).a1).toEqual(['r2', 'r3', 'r4']);
  });

  it('R-REV-ASSIGN: a started review now conflicted → never moves, and is listed in conflicts', () => {
    const existing = [{ application: 'a1', reviewer: 'r1', started: true }];
    const declared = [{ application: 'a1', reviewer: 'r1' }];
    const result = assignReviewers(aProblem({ reviewers, applications, existing, declared }));
    expect(reviewersByApplication(result).a1).toContain('r1');
    expect(result.conflicts).toEqual([{ application: 'a1', reviewer: 'r1', reason: 'declared' }]);
  });

  it('R-REV-ASSIGN: started reviews beyond a lowered capacity → all stay; the reviewer gets nothing new', () => {
    const existing = ['a1', 'a2'].map((application) => ({
      application,
      reviewer: 'r1',
      started: true,
    }));
    const lowered = [aReviewer('r1', { capacity: 1 }), ...reviewers.slice(1)];
    const result = assignReviewers(aProblem({ reviewers: lowered, applications, existing }));
    expect(loads(result).r1).toBe(2);
  });

  it('R-REV-ASSIGN: kept reviews beyond a lowered capacity → the discipline match is kept first', () => {
    const existing = ['a1', 'a2'].map((application) => ({
      application,
      reviewer: 'r1',
      started: false,
    }));
    const lowered = [aReviewer('r1', { capacity: 1 }), ...reviewers.slice(1)];
    const mixed = [anApplication('a1', { discipline: 'chemistry' }), anApplication('a2')];
    const result = assignReviewers(aProblem({ reviewers: lowered, applications: mixed, existing }));
    expect(reviewersByApplication(result).a2).toContain('r1');
    expect(reviewersByApplication(result).a1).not.toContain('r1');
  });
});
