// Reviewer assignment (R-REV-ASSIGN): what goes in and what comes out. Ids are opaque strings;
// the output is sorted by them, so the same problem in any order gives the same answer.

export type TAssignReviewer = {
  id: string;
  /** The most reviews this reviewer takes in the panel, started ones included. */
  capacity: number;
  disciplines: readonly string[];
  /** Current institution, as typed; null when not given. */
  institution: string | null;
  email: string;
};

export type TAssignApplication = {
  id: string;
  discipline: string;
  /** The applicant's current institution, as typed; null when not given. */
  institution: string | null;
  /** The applicant's address. */
  email: string;
  /** Referees' addresses (R-GEN-REFEREE). */
  referees: readonly string[];
  /** The proposed supervisor's address, if any. */
  supervisorEmail: string | null;
};

export type TAssignmentPair = { application: string; reviewer: string };

/** An assignment made by an earlier run; `started` once the reviewer has opened the review. */
export type TExistingAssignment = TAssignmentPair & { started: boolean };

export type TAssignmentProblem = {
  /** k: distinct reviewers each application gets (R-REV-ASSIGN, default 3). */
  perApplication: number;
  reviewers: readonly TAssignReviewer[];
  applications: readonly TAssignApplication[];
  /** Conflicts the reviewers declared themselves. */
  declared: readonly TAssignmentPair[];
  existing: readonly TExistingAssignment[];
};

export type TConflictReason =
  'referee' | 'institution' | 'email-domain' | 'supervisor' | 'declared';

export type TConflict = TAssignmentPair & { reason: TConflictReason };

export type TUnderCovered = { application: string; missing: number };

export type TAssignmentResult = {
  /** Sorted by application, then reviewer. */
  assignments: TAssignmentPair[];
  /** Applications with fewer than k reviewers, and how many they lack; sorted by application. */
  underCovered: TUnderCovered[];
  /** One row per (application, reviewer, reason); sorted by application, reviewer, reason. */
  conflicts: TConflict[];
};
