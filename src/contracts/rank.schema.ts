import { z } from 'zod';

import { rubricIssues, scoreIssues } from '@/domain/review/scoring';

import { ZContractText } from './text.schema';

// The input of `npx jiangxue rank` (the review issue's contract). Field names are fixed; fields
// may be added, never renamed (`closedWithFewer` is one such addition). Objects are strict: a
// misspelt "adjustement" silently dropped would change a rank. Every problem that would make a
// score wrong is an error naming its field, exit 2: a rubric scale with min ≥ max or a weight
// ≤ 0, a score missing, unknown, fractional or off the scale (`reviews.3.scores.clarity`), a
// review of an unknown application, the same reviewer twice on one application. The rules
// themselves are the domain's (rubricIssues, scoreIssues); this file places them on paths.

const ZId = ZContractText.trim().min(1);

export const ZRankCriterion = z.strictObject({
  id: ZId,
  /** The scale's integer ends, min < max. */
  min: z.number(),
  max: z.number(),
  /** Relative weight, above 0. */
  weight: z.number(),
});

export const ZRankApplication = z.strictObject({
  id: ZId,
  submittedAt: z.iso.datetime({
    offset: true,
    error: 'Expected an ISO date-time, e.g. 2026-01-20T08:00:00Z',
  }),
  /** The chair's signed adjustment, added to the final score (R-REV-FLAG). */
  adjustment: z.number().default(0),
  /** The interview's 0–100 score where one was held (R-REV-RANK). */
  interview: z.number().min(0).max(100).nullable().default(null),
  /** An officer closed it with fewer reviews than required (audited elsewhere): ranked with ≥ 1. */
  closedWithFewer: z.boolean().default(false),
});

export const ZRankReview = z.strictObject({
  application: ZId,
  reviewer: ZId,
  /** One integer score per rubric criterion, keyed by criterion id. */
  scores: z.record(z.string(), z.number()),
});

export const ZRankInput = z
  .strictObject({
    rubric: z.array(ZRankCriterion).min(1),
    /** Reviews an application needs before it is ranked (R-REV-ASSIGN's k, default 3). */
    requiredReviews: z.number().int().min(1).max(50).default(3),
    /** Rank on the normalised score (R-REV-NORM); off by default, raw is always shown. */
    normalise: z.boolean().default(false),
    applications: z.array(ZRankApplication),
    reviews: z.array(ZRankReview),
  })
  .superRefine((input, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    const rubric = rubricIssues(input.rubric);
    for (const x of rubric) issue(['rubric', ...x.path], x.message);
    const applications = new Set<string>();
    input.applications.forEach((a, i) => {
      if (applications.has(a.id)) issue(['applications', i, 'id'], `Duplicate id "${a.id}"`);
      applications.add(a.id);
    });
    const pairs = new Set<string>();
    input.reviews.forEach((r, i) => {
      if (!applications.has(r.application))
        issue(['reviews', i, 'application'], `Unknown application "${r.application}"`);
      const key = JSON.stringify([r.application, r.reviewer]);
      if (pairs.has(key))
        issue(
          ['reviews', i, 'reviewer'],
          `"${r.reviewer}" already reviewed "${r.application}": one review per reviewer`,
        );
      pairs.add(key);
      // Scores are checked against a usable rubric only; a broken one is reported above.
      if (rubric.length === 0)
        for (const x of scoreIssues(input.rubric, r.scores))
          issue(['reviews', i, 'scores', ...x.path], x.message);
    });
  });

export type TRankInputContract = z.infer<typeof ZRankInput>;
