// Review scoring and ranking (R-REV-SCORE, R-REV-NORM, R-REV-FLAG, R-REV-RANK): what goes in
// and what comes out. Scores are on the 0–100 scale and never rounded here; a view shows them
// to 2 decimals.
import type { TRational } from './rational';
import type { TSurd } from './surd';

/** One criterion of a rubric: an integer scale min..max (min < max) and a weight > 0. */
export type TRubricCriterion = {
  readonly id: string;
  readonly min: number;
  readonly max: number;
  readonly weight: number;
};

export type TRubric = readonly TRubricCriterion[];

export type TRankApplication = {
  readonly id: string;
  /** ISO instant; the first tie-break (R-SELECT-TIES). */
  readonly submittedAt: string;
  /** The chair's signed adjustment (R-REV-FLAG), added last; 0 when none. */
  readonly adjustment: number;
  /** Interview score 0–100 where one was held (R-REV-RANK), else null. */
  readonly interview: number | null;
  /** An officer closed it with fewer reviews than required (audited elsewhere). */
  readonly closedWithFewer: boolean;
};

/** One submitted review: an integer score for every criterion of the rubric. */
export type TReview = {
  readonly application: string;
  readonly reviewer: string;
  readonly scores: Readonly<Record<string, number>>;
};

export type TRankInput = {
  readonly rubric: TRubric;
  /** Reviews an application needs before it is ranked. */
  readonly requiredReviews: number;
  /** Rank on the normalised score (R-REV-NORM) rather than the raw one. */
  readonly normalise: boolean;
  readonly applications: readonly TRankApplication[];
  readonly reviews: readonly TReview[];
};

export type TRankedApplication = {
  application: string;
  /** 1..N, no two alike. */
  rank: number;
  /** Mean of the application's review scores. */
  raw: number;
  median: number;
  /** Largest minus smallest review score. */
  spread: number;
  /** Mean of the reviews' normalised scores; null when the panel does not normalise. */
  normalised: number | null;
  final: number;
  /** Spread ≥ 25: for discussion (R-REV-FLAG). */
  flagged: boolean;
  /** How many reviews it has. */
  reviews: number;
};

export type TIncomplete = { application: string; reviews: number; required: number };

export type TRankResult = {
  /** By rank. */
  ranking: TRankedApplication[];
  /** Not ranked: fewer reviews than required and not closed; sorted by application id. */
  incomplete: TIncomplete[];
};

/** A rule problem in the input, with its path below the field named (`['scores', 'clarity']`). */
export type TScoringIssue = { path: (string | number)[]; message: string };

/** A ranked row with its figures exact (the page formats these; the CLI converts them). */
export type TRankedApplicationExact = Omit<
  TRankedApplication,
  'raw' | 'median' | 'spread' | 'normalised' | 'final'
> & {
  raw: TRational;
  median: TRational;
  spread: TRational;
  normalised: TSurd | null;
  final: TSurd;
};

export type TRankResultExact = { ranking: TRankedApplicationExact[]; incomplete: TIncomplete[] };
