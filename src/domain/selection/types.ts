import type { TBgsCategory } from '@/domain/programs';

/** One application in a ranked pool (the `select` contract); scores are already aggregated. */
export type TSelectionCandidate = {
  readonly id: string;
  /** A track of the program (CAS-ANSO: master or phd; TWAS is assigned by selection). */
  readonly track: string;
  /** BGS: the category the host proposes, when quotas are kept by category. */
  readonly category: TBgsCategory | null;
  readonly score: number;
  readonly nationality: string | null;
  readonly gender: 'female' | 'male' | 'other' | null;
  readonly climateResearch: boolean;
  readonly twasConsideration: boolean;
  readonly host: string | null;
  /** R-GEN-IDENTITY: passport number + issuing country + date of birth. */
  readonly identity: string | null;
  /** ISO instant of submission (R-SELECT-TIES). */
  readonly submittedAt: string;
  readonly otherAwards: readonly { readonly program: string; readonly oneTime: boolean }[];
};

/** Why a candidate landed where it did: the rule and a sentence in English and Chinese. */
export type TSelectionReason = {
  readonly rule: string;
  readonly reason: string;
  readonly reasonZh: string;
};

export type TSelected = { readonly id: string; readonly track: string } & TSelectionReason;

export type TWaitlisted = {
  readonly id: string;
  readonly track: string;
  /** 1-based place on the waiting list of `quota`. */
  readonly position: number;
  /** The full quota this candidate waits for (a track, or a BGS category). */
  readonly quota: string;
} & TSelectionReason;

export type TRejected = { readonly id: string; readonly track: string } & TSelectionReason;

/** Every candidate appears exactly once across the three lists. */
export type TSelection = {
  readonly selected: readonly TSelected[];
  readonly waitlist: readonly TWaitlisted[];
  readonly rejected: readonly TRejected[];
};
