import type { TProgramId } from '../programs';
import type { TAnswers } from './form-definition';

/**
 * An application's life: draft → submitted (→ withdrawn to edit → submitted again, R-GEN-EDIT)
 * → incomplete | under_review → decided.
 */
export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'withdrawn',
  'incomplete',
  'under_review',
  'decided',
] as const;
export type TApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Statuses of an application that has been sent (not a draft, not withdrawn to edit). */
export const SENT_STATUSES = [
  'submitted',
  'incomplete',
  'under_review',
  'decided',
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
