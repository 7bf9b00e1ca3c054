import type { TAnswers } from '@/domain/applications/form-definition';
import type { TLocalized, TProgramId } from '@/domain/programs';
import type { TLocale } from '@/i18n/locales';

/** The applicant's identity as held once for every application (R-GEN-IDENTITY). */
export type TPrintableProfile = {
  familyName: string;
  givenNames: string;
  nameZh: string | null;
  /** ISO 3166-1 alpha-2. */
  nationality: string;
  passportNumber: string;
  passportCountry: string;
  /** 'YYYY-MM-DD'. */
  birthOn: string;
  gender: string | null;
};

/**
 * Everything the printed application form shows, gathered from the application, the
 * applicant's profile, the referees and the uploaded documents. Plain data: the renderer does
 * no I/O and can be tested without a database.
 */
export type TPrintableApplication = {
  applicationId: string;
  programId: TProgramId;
  track: string;
  status: string;
  /** Submitted and not withdrawn: otherwise the form prints as a marked DRAFT. */
  isSubmitted: boolean;
  call: { id: string; intakeYear: number };
  host: { id: string; name: TLocalized } | null;
  receiptNumber: string | null;
  verificationCode: string | null;
  submittedAt: Date | null;
  applicant: {
    email: string;
    /** The applicant's language: the form prints in it. */
    locale: TLocale;
    profile: TPrintableProfile | null;
  };
  answers: TAnswers;
  referees: readonly { name: string; title: string; institution: string }[];
  documents: readonly {
    slot: string;
    role: string;
    fileName: string;
    pageCount: number | null;
  }[];
  /** Where staff check the verification code (the staff lookup page). */
  verifyUrl: string;
  /** When this copy was made (printed on it). */
  generatedAt: Date;
};

/** Statuses in which the application is not (or no longer) submitted. */
const UNSUBMITTED = new Set(['draft', 'withdrawn']);

/**
 * Whether an application counts as submitted for printing: it has a submission time and a
 * verification code, and its status is past the draft.
 * @example isSubmittedForPrint({ status: 'submitted', submittedAt: new Date(), verificationCode: 'X' }) // true
 */
export function isSubmittedForPrint(app: {
  status: string;
  submittedAt: Date | null;
  verificationCode: string | null;
}): boolean {
  return !UNSUBMITTED.has(app.status) && app.submittedAt !== null && !!app.verificationCode;
}
