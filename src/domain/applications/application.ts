import type { TProgramId } from '../programs';
import type { TAnswers } from './form-definition';

/**
 * An application's life: draft → submitted (→ withdrawn to edit → submitted again, R-GEN-EDIT)
 * → incomplete | under_review → decided. At screening an officer may return it for a named
 * correction (→ returned → submitted again before the new deadline, R-GEN-EDIT); a CSC
 * bilateral one declined by its dispatching authority ends there (→ declined, R-CSC-APPLY).
 */
export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'withdrawn',
  'incomplete',
  'under_review',
  'decided',
  'returned',
  'declined',
] as const;
export type TApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/**
 * Statuses of an application that has been sent (not a draft, not withdrawn to edit). A
 * returned one is still sent: it keeps its receipt and its host while the applicant corrects
 * it. A declined one (R-CSC-APPLY) is not: it no longer stands.
 */
export const SENT_STATUSES = [
  'submitted',
  'incomplete',
  'under_review',
  'decided',
  'returned',
] as const satisfies readonly TApplicationStatus[];

/** One application to one call, as the rules read it (the stored row has this shape). */
export type TApplication = {
  id: string;
  applicantUserId: string;
  callId: string;
  programId: TProgramId;
  track: string;
  /** The host chosen for the call (R-ANSO-ONEHOST), else the call's. */
  hostId: string | null;
  status: TApplicationStatus;
  /** The form's sections as the applicant typed them, field by field. */
  answers: TAnswers;
  /** R-GEN-IDENTITY, copied at submission for one-host and double-funding checks. */
  identityKey: string | null;
  receiptNumber: string | null;
  verificationCode: string | null;
  submittedAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};
