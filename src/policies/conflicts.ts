import {
  institutionEmailToken,
  institutionNameToken,
  normaliseEmail,
  type TInstitutionToken,
} from '@/domain/institutions';

/** Why a reviewer may not review an application (R-GEN-COI), each shown and tested apart. */
export type TConflictReason =
  'referee' | 'institution' | 'email-domain' | 'supervisor' | 'declared';

/** The reviewer as the conflict rules read them. */
export type TConflictReviewer = {
  userId: string;
  email: string;
  /** The reviewer's current institutions, as named in their profile. */
  institutions: readonly string[];
};

/** What of an application the conflict rules read. */
export type TConflictApplication = {
  id: string;
  /** The applicant's addresses: the account's and any institutional one they gave. */
  applicantEmails: readonly string[];
  /** The applicant's current institutions (where they study or work now). */
  applicantInstitutions: readonly string[];
  /** Everyone ever named as a referee, replaced and declined ones too. */
  refereeEmails: readonly string[];
  /** The applicant's supervisor and the proposed host supervisor, where known. */
  supervisorEmails: readonly string[];
};

/** A conflict a reviewer declared themselves, on one application. */
export type TConflictDeclaration = { reviewerUserId: string; applicationId: string };

export type TConflict = { hasConflict: boolean; reasons: TConflictReason[] };

const sameAddress = (a: string, b: string) => normaliseEmail(a) === normaliseEmail(b);

const tokens = (values: readonly (TInstitutionToken | null)[]) =>
  new Set(values.filter((v): v is TInstitutionToken => v !== null));

/**
 * Whether a reviewer has a conflict with an application, and why (R-GEN-COI): they are one of
 * its referees; they share a current institution with the applicant, by name with known
 * aliases (R-REV-COI-INST) or by e-mail domain with subdomains folded — a public mail
 * domain never counts by itself; they supervise or are proposed to supervise the applicant;
 * or they declared one. A conflicted reviewer is never assigned and sees nothing of it.
 * @example hasConflict(reviewer, application, []).reasons // ['institution', 'email-domain']
 */
export function hasConflict(
  reviewer: TConflictReviewer,
  application: TConflictApplication,
  declarations: readonly TConflictDeclaration[],
): TConflict {
  // Note: the same tokens as the assignment's conflict table (domain/review/assignment), so
  // the reviewer never assigned is also the reviewer who sees nothing.
  const reviewerNames = tokens(reviewer.institutions.map(institutionNameToken));
  const reviewerMail = institutionEmailToken(reviewer.email);
  const applicantNames = tokens(application.applicantInstitutions.map(institutionNameToken));
  const applicantMail = tokens(application.applicantEmails.map(institutionEmailToken));
  const reasons: TConflictReason[] = [];
  if (application.refereeEmails.some((e) => sameAddress(e, reviewer.email)))
    reasons.push('referee');
  if (
    [...reviewerNames].some((t) => applicantNames.has(t) || applicantMail.has(t)) ||
    (reviewerMail !== null && applicantNames.has(reviewerMail))
  )
    reasons.push('institution');
  if (
    (reviewerMail !== null && applicantMail.has(reviewerMail)) ||
    application.applicantEmails.some((e) => sameAddress(e, reviewer.email))
  )
    reasons.push('email-domain');
  if (application.supervisorEmails.some((e) => sameAddress(e, reviewer.email)))
    reasons.push('supervisor');
  if (
    declarations.some(
      (d) => d.reviewerUserId === reviewer.userId && d.applicationId === application.id,
    )
  )
    reasons.push('declared');
  return { hasConflict: reasons.length > 0, reasons };
}
