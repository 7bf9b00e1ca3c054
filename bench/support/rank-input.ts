// A seeded ranking panel for bench/rank.bench.ts: the same input on every run. PIFI's rubric,
// 300 reviewers with their own leniency (so normalising moves scores), every application
// reviewed by 3 distinct reviewers; some interviews, some chair's adjustments, submissions
// spread over a month so ties fall to R-SELECT-TIES.
import type { TRankInputContract } from '@/contracts/rank.schema';
import { PIFI_RUBRIC } from '@/domain/review/rubrics';

import { generator } from './assign-input';

export type TRankBenchOptions = {
  seed: number;
  applications: number;
  reviewers: number;
  perApplication: number;
};

export function generateRankInput(o: TRankBenchOptions): TRankInputContract {
  const random = generator(o.seed);
  const pick = (n: number) => Math.floor(random() * n);
  const rubric = PIFI_RUBRIC.map(({ id, min, max, weight }) => ({ id, min, max, weight }));
  const leniency = Array.from({ length: o.reviewers }, () => pick(3) - 1);
  const start = Date.parse('2026-03-01T00:00:00Z');
  const applications = Array.from({ length: o.applications }, (_, i) => ({
    id: `app-${String(i).padStart(5, '0')}`,
    submittedAt: new Date(start + pick(30 * 24) * 3_600_000).toISOString(),
    adjustment: random() < 0.02 ? pick(11) - 5 : 0,
    interview: random() < 0.1 ? pick(101) : null,
    closedWithFewer: false,
  }));
  const reviews = applications.flatMap((a) => {
    const quality = 3 + pick(6);
    const by = new Set<number>();
    while (by.size < o.perApplication) by.add(pick(o.reviewers));
    return [...by].map((r) => ({
      application: a.id,
      reviewer: `rev-${String(r).padStart(3, '0')}`,
      scores: Object.fromEntries(
        rubric.map((c) => [
          c.id,
          Math.min(c.max, Math.max(c.min, quality + leniency[r]! + pick(3) - 1)),
        ]),
      ),
    }));
  });
  return { rubric, requiredReviews: o.perApplication, normalise: true, applications, reviews };
}
